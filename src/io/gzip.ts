import { createGunzip } from 'node:zlib';
import { pipeline, Readable } from 'node:stream';

/** gzip's magic number: 1f 8b. */
export function isGzip(head: Uint8Array): boolean {
  return head.length >= 2 && head[0] === 0x1f && head[1] === 0x8b;
}

/**
 * Looks at the first chunk: gzip data (whatever the file is called) is decompressed as a stream, so a
 * compressed archive is never held whole; anything else passes through untouched. Concatenated gzip
 * members (`cat a.gz b.gz`) decompress as one stream.
 */
export async function gunzipIfCompressed(stream: AsyncIterable<Uint8Array>): Promise<AsyncIterable<Uint8Array>> {
  const iterator = stream[Symbol.asyncIterator]();
  let first = await iterator.next();
  // a first chunk of one byte cannot show the magic number; read one more
  if (!first.done && first.value.length < 2) {
    const second = await iterator.next();
    if (!second.done) first = { done: false, value: Buffer.concat([first.value, second.value]) };
  }
  if (first.done) return (async function* () {})();
  const head = first.value;
  const rest = (async function* () {
    yield head;
    for (;;) {
      const next = await iterator.next();
      if (next.done) return;
      yield next.value;
    }
  })();
  if (!isGzip(head)) return rest;
  const gunzip = createGunzip({ chunkSize: 1 << 16 });
  // pipeline (not pipe): a read error upstream destroys the gunzip stream, so the reader sees it
  pipeline(Readable.from(rest, { objectMode: false }), gunzip, () => {});
  return gunzip;
}

/** Passes the chunks through, reporting the size of each (progress counts bytes as they are read). */
export async function* countBytes(stream: AsyncIterable<Uint8Array>, onBytes: (n: number) => void): AsyncGenerator<Uint8Array> {
  for await (const chunk of stream) {
    onBytes(chunk.length);
    yield chunk;
  }
}
