import { createHash } from 'node:crypto';

/** This machine's part of an archive: shard `index` (1-based) of `count`. */
export interface Shard {
  index: number;
  count: number;
}

/** "2/8" → { index: 2, count: 8 }; null when it is not K/N with 1 ≤ K ≤ N. */
export function parseShard(value: string): Shard | null {
  const m = /^(\d{1,6})\/(\d{1,6})$/.exec(value.trim());
  if (!m) return null;
  const index = Number(m[1]);
  const count = Number(m[2]);
  return index >= 1 && count >= 1 && index <= count ? { index, count } : null;
}

/**
 * Whether a record belongs to a shard: the first 32 bits of SHA-1(id as UTF-8), modulo the shard count,
 * equal the shard's index − 1. It depends on the id alone, so machines given the same archive split it
 * with no coordination, and the split is easy to reproduce elsewhere
 * (Python: `int(hashlib.sha1(id.encode()).hexdigest()[:8], 16) % N == K - 1`).
 */
export function inShard(id: string, shard: Shard): boolean {
  if (shard.count === 1) return true;
  return createHash('sha1').update(id, 'utf8').digest().readUInt32BE(0) % shard.count === shard.index - 1;
}
