import { describe, expect, it } from 'vitest';
import { blend, mixColors, parseHexColor, toHexColor } from '../../../src/lib/og/colors';
import { buildCardPalette, quantizeToScanlines } from '../../../src/lib/og/palette';

describe('colours', () => {
  it('parse, print and blend #rrggbb', () => {
    expect(parseHexColor('#1F5fa8')).toEqual([0x1f, 0x5f, 0xa8]);
    expect(toHexColor([1, 2, 255])).toBe('#0102ff');
    expect(blend([0, 0, 0], [255, 100, 10], 0.5)).toEqual([128, 50, 5]);
    expect(mixColors('#ffffff', '#000000', 1)).toBe('#000000');
    expect(() => parseHexColor('red')).toThrow(/not a #rrggbb colour: red/);
  });
});

describe('buildCardPalette', () => {
  it('holds the background, the solids and every shade of each ink, without duplicates, within 256', () => {
    const palette = buildCardPalette('#ffffff', ['#ff0000', '#ff0000'], ['#000000', '#000000', '#ff0000']);
    expect(palette[0]).toEqual([255, 255, 255]);
    expect(palette).toContainEqual([255, 0, 0]);
    expect(palette).toContainEqual([0, 0, 0]);
    expect(new Set(palette.map(String)).size).toBe(palette.length);
    expect(palette.length).toBeLessThanOrEqual(256);
    // Two inks, 64 shades each; red's full shade is the solid already there.
    expect(palette.length).toBe(1 + 1 + 64 + 63);
  });
});

function image(width: number, rows: number[][][]): Uint8Array {
  return Uint8Array.from(rows.flatMap((row) => row.flatMap(([r, g, b]) => [r!, g!, b!, 255])).slice(0, width * rows.length * 4));
}

describe('quantizeToScanlines', () => {
  const palette = buildCardPalette('#ffffff', ['#ff0000'], ['#000000']);
  const indexOf = (rgb: number[]) => palette.findIndex((entry) => entry.join() === rgb.join());

  it('maps known colours exactly, leads each row with filter byte None, and writes a row equal to the one above as Up and zeros', () => {
    const white = [255, 255, 255];
    const red = [255, 0, 0];
    const black = [0, 0, 0];
    const rows = [
      [white, red, black],
      [white, red, black],
      [black, white, red],
    ];
    const lines = quantizeToScanlines(image(3, rows), 3, 3, palette);
    expect([...lines]).toEqual([0, ...rows[0]!.map(indexOf), 2, 0, 0, 0, 0, ...rows[2]!.map(indexOf)]);
  });

  it('maps long runs of one colour whole, up to their last pixel', () => {
    const white = [255, 255, 255];
    const red = [255, 0, 0];
    const black = [0, 0, 0];
    const run = (colour: number[], length: number) => Array.from({ length }, () => colour);
    const rows = [
      [...run(white, 20), black, ...run(red, 19)],
      [...run(red, 9), ...run(black, 30), white],
    ];
    // A call on other pixels first: the buffer is reused, so a short write would leave its indices.
    quantizeToScanlines(image(40, [run(black, 40), run(black, 40)]), 40, 2, palette);
    const lines = quantizeToScanlines(image(40, rows), 40, 2, palette);
    expect([...lines]).toEqual([0, ...rows[0]!.map(indexOf), 0, ...rows[1]!.map(indexOf)]);
  });

  it('puts an anti-aliased pixel on its nearest shade', () => {
    const grey = [129, 129, 129];
    const [, index] = quantizeToScanlines(image(1, [[grey]]), 1, 1, palette);
    const chosen = palette[index!]!;
    expect(Math.max(...chosen.map((value, i) => Math.abs(value - grey[i]!)))).toBeLessThanOrEqual(2);
  });

  it('does not reuse lookups made for another palette', () => {
    const pixel = image(1, [[[255, 0, 0]]]);
    const other = buildCardPalette('#ffffff', ['#00ff00'], ['#ff0000']);
    const [, first] = quantizeToScanlines(pixel, 1, 1, palette);
    const [, second] = quantizeToScanlines(pixel, 1, 1, other);
    expect(palette[first!]).toEqual([255, 0, 0]);
    expect(other[second!]).toEqual([255, 0, 0]);
    expect(first).not.toBe(second);
  });
});
