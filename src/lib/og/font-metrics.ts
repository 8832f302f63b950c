/**
 * Advance widths from a TrueType font (tables `head`, `hhea`, `hmtx`, `cmap` format 4),
 * enough to measure a line of text before librsvg renders it with the same font.
 */
export interface FontMetrics {
  unitsPerEm: number;
  /** Advance width of a code point in font units; the `.notdef` width when unmapped. */
  advance(codePoint: number): number;
  /** Whether the font has a glyph for the code point (else a painter falls back to another font). */
  hasGlyph(codePoint: number): boolean;
  /** Lowest and highest point of any glyph in the font, in font units above the baseline (`head` table). */
  yMin: number;
  yMax: number;
}

function tableOffsets(view: DataView): Map<string, number> {
  const count = view.getUint16(4);
  const tables = new Map<string, number>();
  for (let i = 0; i < count; i++) {
    const record = 12 + i * 16;
    const tag = String.fromCharCode(
      view.getUint8(record),
      view.getUint8(record + 1),
      view.getUint8(record + 2),
      view.getUint8(record + 3),
    );
    tables.set(tag, view.getUint32(record + 8));
  }
  return tables;
}

function requireTable(tables: Map<string, number>, tag: string): number {
  const offset = tables.get(tag);
  if (offset === undefined) throw new Error(`font has no ${tag} table`);
  return offset;
}

/** Maps code points to glyph ids using the Unicode BMP subtable (format 4). */
function readCmap(view: DataView, cmap: number): (codePoint: number) => number {
  const count = view.getUint16(cmap + 2);
  let sub = -1;
  for (let i = 0; i < count; i++) {
    const record = cmap + 4 + i * 8;
    const platform = view.getUint16(record);
    const encoding = view.getUint16(record + 2);
    const offset = cmap + view.getUint32(record + 4);
    if (view.getUint16(offset) === 4 && ((platform === 3 && encoding === 1) || platform === 0)) {
      sub = offset;
      break;
    }
  }
  if (sub < 0) throw new Error('font has no format 4 cmap subtable');
  const segCount = view.getUint16(sub + 6) / 2;
  const ends = sub + 14;
  const starts = ends + segCount * 2 + 2;
  const deltas = starts + segCount * 2;
  const rangeOffsets = deltas + segCount * 2;
  return (codePoint) => {
    if (codePoint > 0xffff) return 0;
    for (let i = 0; i < segCount; i++) {
      if (codePoint > view.getUint16(ends + i * 2)) continue;
      const start = view.getUint16(starts + i * 2);
      if (codePoint < start) return 0;
      const delta = view.getInt16(deltas + i * 2);
      const rangeOffset = view.getUint16(rangeOffsets + i * 2);
      if (rangeOffset === 0) return (codePoint + delta) & 0xffff;
      const glyphAddress = rangeOffsets + i * 2 + rangeOffset + (codePoint - start) * 2;
      const glyph = view.getUint16(glyphAddress);
      return glyph === 0 ? 0 : (glyph + delta) & 0xffff;
    }
    return 0;
  };
}

export function readFontMetrics(data: Uint8Array): FontMetrics {
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const tables = tableOffsets(view);
  const head = requireTable(tables, 'head');
  const unitsPerEm = view.getUint16(head + 18);
  const longMetrics = view.getUint16(requireTable(tables, 'hhea') + 34);
  const hmtx = requireTable(tables, 'hmtx');
  const glyphOf = readCmap(view, requireTable(tables, 'cmap'));
  const widthOfGlyph = (glyph: number) => view.getUint16(hmtx + Math.min(glyph, longMetrics - 1) * 4);
  return {
    unitsPerEm,
    advance: (codePoint) => widthOfGlyph(glyphOf(codePoint)),
    hasGlyph: (codePoint) => glyphOf(codePoint) !== 0,
    yMin: view.getInt16(head + 38),
    yMax: view.getInt16(head + 42),
  };
}

/** Width of a string in pixels at a font size (no kerning: a slight over-estimate). */
export function measureText(font: FontMetrics, text: string, fontSize: number): number {
  let units = 0;
  for (const char of text) units += font.advance(char.codePointAt(0)!);
  return (units * fontSize) / font.unitsPerEm;
}
