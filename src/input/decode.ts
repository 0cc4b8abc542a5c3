import { fail, type Failure } from './failure.js';

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/** Bytes → text, refusing binary data and invalid UTF-8 rather than guessing. */
export function decodeText(bytes: Uint8Array): string | Failure {
  if (looksBinary(bytes)) {
    return fail('BINARY_INPUT', 'input looks like binary data (NUL or control bytes), not text; give sitrep plain text, JSON or NDJSON');
  }
  try {
    return utf8.decode(bytes);
  } catch {
    const at = firstInvalidUtf8(bytes);
    return fail('INVALID_UTF8', `input is not valid UTF-8 (first bad byte at offset ${at}); convert it first, e.g. iconv -f latin1 -t utf-8`);
  }
}

// A NUL byte, or more than 10 % C0 control characters other than tab/CR/LF/FF, in the first 8 KiB.
function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i] ?? 0;
    if (b === 0) return true;
    if (b < 32 && b !== 9 && b !== 10 && b !== 13 && b !== 12) control++;
  }
  return n > 0 && control / n > 0.1;
}

function firstInvalidUtf8(bytes: Uint8Array): number {
  let lo = 0;
  let hi = bytes.length;
  // binary search for the shortest prefix that fails to decode (a prefix may cut a character: allow 3 bytes)
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    try {
      utf8.decode(bytes.subarray(0, mid + 1), { stream: true });
      lo = mid + 1;
    } catch {
      hi = mid;
    }
  }
  return lo;
}
