import { crc32, deflateSync } from 'node:zlib';
import type { Rgb } from './colors.ts';

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const COLOUR_TYPE_INDEXED = 3;
/**
 * zlib level 3: a card's long runs of one index compress almost as well as at level 6
 * (32 kB instead of 27 kB) in a third of the time (BENCHMARKS.md, "Open Graph cards").
 */
const CARD_DEFLATE_LEVEL = 3;

function chunk(type: string, data: Uint8Array): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(data, crc32(head.subarray(4))), 0);
  return Buffer.concat([head, data, crc]);
}

/** An 8-bit palette PNG from scanlines that already carry their filter byte. */
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
    chunk('IDAT', deflateSync(scanlines, { level: CARD_DEFLATE_LEVEL })),
    chunk('IEND', new Uint8Array(0)),
  ]);
}
