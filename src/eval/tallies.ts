// Raw counts, summed over documents and files; metric values are derived from them only at the end
// (micro-averaging, as the reference scorer does).

export interface PrfCounts {
  /** gold items matched (recall's numerator). */
  tp: number;
  /** predictions matched (precision's numerator); equals tp for one-to-one matching. */
  tpPred: number;
  pred: number;
  gold: number;
}

export interface RateCounts {
  ok: number;
  n: number;
}

export interface MeanCounts {
  sum: number;
  n: number;
}

export class Tallies {
  readonly prf = new Map<string, PrfCounts>();
  readonly rate = new Map<string, RateCounts>();
  readonly mean = new Map<string, MeanCounts>();
  readonly count = new Map<string, number>();

  addPrf(key: string, tp: number, pred: number, gold: number, tpPred = tp): void {
    const a = this.prf.get(key) ?? { tp: 0, tpPred: 0, pred: 0, gold: 0 };
    a.tp += tp;
    a.tpPred += tpPred;
    a.pred += pred;
    a.gold += gold;
    this.prf.set(key, a);
  }

  addRate(key: string, ok: number, n: number): void {
    const a = this.rate.get(key) ?? { ok: 0, n: 0 };
    a.ok += ok;
    a.n += n;
    this.rate.set(key, a);
  }

  addMean(key: string, sum: number, n: number): void {
    const a = this.mean.get(key) ?? { sum: 0, n: 0 };
    a.sum += sum;
    a.n += n;
    this.mean.set(key, a);
  }

  addCount(key: string, n: number): void {
    this.count.set(key, (this.count.get(key) ?? 0) + n);
  }

  /** Adds another file's counts into this one. */
  merge(other: Tallies): this {
    for (const [k, a] of other.prf) this.addPrf(k, a.tp, a.pred, a.gold, a.tpPred);
    for (const [k, a] of other.rate) this.addRate(k, a.ok, a.n);
    for (const [k, a] of other.mean) this.addMean(k, a.sum, a.n);
    for (const [k, n] of other.count) this.addCount(k, n);
    return this;
  }
}

export interface Prf {
  p: number;
  r: number;
  f1: number;
}

/**
 * Precision, recall and F1 with the reference scorer's conventions for empty sets: nothing predicted
 * and nothing to find is perfect (1, 1); predictions with no gold have precision 0 and recall 1.
 */
export function prf(c: PrfCounts): Prf {
  const p = c.pred ? c.tpPred / c.pred : c.gold ? 0 : 1;
  const r = c.gold ? c.tp / c.gold : 1;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
}
