import { constants, crc32, deflateSync } from 'node:zlib';
import type { Rgb } from './colors.ts';

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const COLOUR_TYPE_INDEXED = 3;
/**
 * Run-length deflate: a card is long runs of one index, and rows equal to the one above are
 * zeros (Up filter, palette.ts), so matching runs alone gives about the size of zlib level 3
 * in about half its time (BENCHMARKS.md, "Open Graph cards").
 */
const CARD_DEFLATE = { level: 6, strategy: constants.Z_RLE } as const;

function chunk(type: string, data: Uint8Array): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(data, crc32(head.subarray(4))), 0);
  return Buffer.concat([head, data, crc]);
}

/** An 8-bit palette PNG from scanlines that already carry their filter byte (None or Up). */
export function encodeIndexedPng(scanlines: Uint8Array, width: number, height: number, palette: readonly Rgb[]): Buffer {
  if (scanlines.length !== (width + 1) * height) throw new Error('scanlines do not match the image size');
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8;
  header[9] = COLOUR_TYPE_INDEXED;
  return Buffer.concat([
    SIGNATURE,
    chunk('IHDR', header),
    chunk('PLTE', Uint8Array.from(palette.flat())),
    chunk('IDAT', deflateSync(scanlines, CARD_DEFLATE)),
    chunk('IEND', new Uint8Array(0)),
  ]);
}
