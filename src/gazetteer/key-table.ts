// The prebuilt index's keys by hash (see prebuilt.ts): an open-addressing table in one Int32Array, written at build
// time. A look-up reads one bucket or a few neighbouring ones (one cache line, mostly) and compares the key's bytes
// once, where a binary search touched ~17 keys scattered over the key text and a Map memo of the keys looked up
// grew with every new n-gram; most n-grams looked up are no name at all ("Police said", "John Smith") and end at
// their first empty bucket. Each bucket is a pair: the key's hash and its position in the key table + 1 (0: empty).
// Keys are byte keys (see byteKey: the latin1 reading of their UTF-8 bytes), hashed one char (byte) at a time.

/** FNV-1a over the chars of `key`, with a final mix so that similar keys ("new york", "new yorks") spread apart. */
export function keyHash(key: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  return h | 0;
}

/** Buckets for `keys` (byte keys, by position): a power of two, at least a third of them empty. */
export function buildKeyTable(keys: readonly string[]): Int32Array {
  let buckets = 1;
  while (buckets < keys.length * 1.5) buckets *= 2;
  const table = new Int32Array(2 * buckets);
  const mask = buckets - 1;
  keys.forEach((key, position) => {
    const h = keyHash(key);
    let b = h & mask;
    while (table[2 * b + 1] !== 0) b = (b + 1) & mask;
    table[2 * b] = h;
    table[2 * b + 1] = position + 1;
  });
  return table;
}

/** Look-ups in a table made by buildKeyTable, over the key text it was made from. */
export class KeyTable {
  private readonly mask: number;

  /** `keyText` holds the byte keys one after another, key i from keyOffsets[i] to keyOffsets[i + 1]. */
  constructor(private readonly table: Int32Array, private readonly keyText: string, private readonly keyOffsets: Int32Array) {
    this.mask = table.length / 2 - 1;
  }

  /** the position of byte key `key` in the key table, or -1. */
  find(key: string): number {
    const h = keyHash(key);
    const { table, keyText, keyOffsets, mask } = this;
    for (let b = h & mask; ; b = (b + 1) & mask) {
      const position = (table[2 * b + 1] as number) - 1;
      if (position < 0) return -1;
      if (table[2 * b] !== h) continue;
      const from = keyOffsets[position] as number;
      if ((keyOffsets[position + 1] as number) - from === key.length && keyText.startsWith(key, from)) return position;
    }
  }
}
