import type { z } from 'zod';
import type { PlaceKind as PlaceKindSchema } from '../schema.js';

export type PlaceKind = z.infer<typeof PlaceKindSchema>;

/** One gazetteer record: a country, an administrative region, a populated place or a curated area. */
export interface GazEntry {
  /** stable id: "country:SY", "admin:SY-DI", "gn:170654" (GeoNames), "extra:eastern-ghouta". */
  id: string;
  name: string;
  country: string | null;
  lat: number;
  lon: number;
  geonameId: number | null;
  kind: PlaceKind;
  population: number;
  /** GeoNames feature code for populated places (PPLC capital, PPLA seat of a first-level region…), else ''. */
  feature: string;
  /** the first-level region holding it, as "CC-CODE" (ISO 3166-2 for regions, GeoNames admin1 for places). */
  admin: string | null;
  /** an upper-case abbreviation ("UK", "DRC") that must be matched as written. */
  caseSensitive?: string;
}
