/** One line of an NDJSON stream, as bytes (so invalid UTF-8 is caught per line, not per file). */
export interface RawLine {
  bytes: Buffer;
  /** 1-based line number. */
  line: number;
  /** the line was longer than the limit; its bytes were dropped. */
  overflow: boolean;
}

/**
 * Splits a byte stream into lines without ever holding more than one line (up to `maxLineBytes`) in
 * memory; a longer line is reported as overflowing rather than buffered.
 */
export async function* splitLines(chunks: AsyncIterable<Uint8Array>, maxLineBytes: number): AsyncGenerator<RawLine> {
  let parts: Buffer[] = [];
  let size = 0;
  let overflow = false;
  let line = 1;
  for await (const chunk of chunks) {
    const buf = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk);
    let from = 0;
    for (;;) {
      const nl = buf.indexOf(10, from);
      const end = nl < 0 ? buf.length : nl;
      if (!overflow) {
        if (size + (end - from) > maxLineBytes) {
          overflow = true;
          parts = [];
        } else if (end > from) {
          parts.push(buf.subarray(from, end));
          size += end - from;
        }
      }
      if (nl < 0) break;
      yield finish(parts, line, overflow);
      parts = [];
      size = 0;
      overflow = false;
      line++;
      from = nl + 1;
    }
  }
  if (size > 0 || overflow) yield finish(parts, line, overflow);
}

function finish(parts: Buffer[], line: number, overflow: boolean): RawLine {
  let bytes = parts.length === 1 ? (parts[0] as Buffer) : Buffer.concat(parts);
  if (bytes.length > 0 && bytes[bytes.length - 1] === 13) bytes = bytes.subarray(0, bytes.length - 1); // CRLF
  // copy out of the chunk so a retained line never pins a whole read buffer
  return { bytes: Buffer.from(bytes), line, overflow };
}
