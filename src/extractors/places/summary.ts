// What the evidence rules ask of a name's whole candidate list ("is any candidate a country?"), computed once
// per entries array: a gazetteer slot's array is the same object in every article, so the answers are memoised
// by its identity instead of scanning a long list ("Springfield", "Washington": hundreds of towns) per mention.
import type { GazEntry } from '../../gazetteer/index.js';

export interface EntrySummary {
  /** a country or a first-level region */
  countryOrAdmin: boolean;
  /** a town or a district */
  cityOrDistrict: boolean;
  /** an entry with a case-sensitive alias ("UK") */
  caseSensitive: boolean;
  /** a country or a town of 100,000+ */
  countryOrBig: boolean;
  /** a country, a first-level region or a town of 100,000+ */
  countryAdminOrBig: boolean;
  /** a country or a curated area (England, Europe) */
  nationLike: boolean;
}

const memo = new WeakMap<readonly GazEntry[], EntrySummary>();

export function summary(entries: readonly GazEntry[]): EntrySummary {
  let s = memo.get(entries);
  if (s) return s;
  s = { countryOrAdmin: false, cityOrDistrict: false, caseSensitive: false, countryOrBig: false, countryAdminOrBig: false, nationLike: false };
  for (const e of entries) {
    const country = e.kind === 'country';
    const big = e.population >= 100_000;
    if (country || e.kind === 'admin_region') s.countryOrAdmin = true;
    if (e.kind === 'city' || e.kind === 'district') s.cityOrDistrict = true;
    if (e.caseSensitive) s.caseSensitive = true;
    if (country || big) s.countryOrBig = true;
    if (country || e.kind === 'admin_region' || big) s.countryAdminOrBig = true;
    if (country || e.feature === 'AREA') s.nationLike = true;
  }
  memo.set(entries, s);
  return s;
}
