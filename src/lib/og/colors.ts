export type Rgb = readonly [number, number, number];

/** `#rrggbb` to its three channels; anything else is a programming error. */
export function parseHexColor(hex: string): Rgb {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!match) throw new Error(`not a #rrggbb colour: ${hex}`);
  return [parseInt(match[1]!, 16), parseInt(match[2]!, 16), parseInt(match[3]!, 16)];
}

export function toHexColor(rgb: Rgb): string {
  return `#${rgb.map((channel) => channel.toString(16).padStart(2, '0')).join('')}`;
}

/** `top` painted over `bottom` with the given opacity, rounded to whole channel values. */
export function blend(bottom: Rgb, top: Rgb, opacity: number): Rgb {
  return [0, 1, 2].map((i) => Math.round(bottom[i]! + (top[i]! - bottom[i]!) * opacity)) as unknown as Rgb;
}

export function mixColors(bottom: string, top: string, opacity: number): string {
  return toHexColor(blend(parseHexColor(bottom), parseHexColor(top), opacity));
}
