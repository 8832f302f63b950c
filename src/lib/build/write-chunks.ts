import { open } from 'node:fs/promises';

/** Characters gathered before a write: large enough for few writes, small beside the heap. */
const CHUNK_CHARS = 1 << 20;

/**
 * Writes `pieces` one after another into `file` as they come, a chunk at a time: the host
 * configurations and records of a large archive are hundreds of MB, and built whole as strings
 * (with the lines they were joined from) they came on top of a heap Astro has nearly filled.
 */
export async function writeChunks(file: string, pieces: Iterable<string>, chunkChars = CHUNK_CHARS): Promise<void> {
  const handle = await open(file, 'w');
  try {
    let chunk = '';
    for (const piece of pieces) {
      chunk += piece;
      if (chunk.length >= chunkChars) {
        await handle.write(chunk);
        chunk = '';
      }
    }
    if (chunk !== '') await handle.write(chunk);
  } finally {
    await handle.close();
  }
}

/** `lines` separated by newlines, as `[...lines].join('\n')` would be, without the array. */
export function* joinedLines(lines: Iterable<string>): Generator<string> {
  let first = true;
  for (const line of lines) {
    yield first ? line : `\n${line}`;
    first = false;
  }
}

/**
 * `JSON.stringify(value)` of a flat record in pieces: each top-level field whose value is a plain
 * object is written entry by entry (the record's per-file maps), the rest whole.
 */
export function* jsonPieces(value: Record<string, unknown>): Generator<string> {
  yield '{';
  let firstField = true;
  for (const [key, field] of Object.entries(value)) {
    if (field === undefined || typeof field === 'function') continue;
    yield `${firstField ? '' : ','}${JSON.stringify(key)}:`;
    firstField = false;
    if (field === null || typeof field !== 'object' || Array.isArray(field) || typeof (field as { toJSON?: unknown }).toJSON === 'function') {
      yield JSON.stringify(field) ?? 'null';
      continue;
    }
    yield '{';
    let firstEntry = true;
    for (const [name, entry] of Object.entries(field)) {
      const text = JSON.stringify(entry);
      if (text === undefined) continue;
      yield `${firstEntry ? '' : ','}${JSON.stringify(name)}:${text}`;
      firstEntry = false;
    }
    yield '}';
  }
  yield '}';
}
