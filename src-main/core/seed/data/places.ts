// An invented Kreis in NRW with invented towns and street names: every address the seed writes
// is fictional. Postal codes come from one invented block per town.

export const KREIS = 'Kreis Ebbenau';

export interface Town {
  name: string;
  /** First of the town's postal codes; the town uses this and the next few. */
  postalCode: number;
  /** Relative size: how many households live there. */
  weight: number;
}

export const TOWNS: readonly Town[] = [
  { name: 'Lindenhagen', postalCode: 58710, weight: 26 },
  { name: 'Brückenfeld', postalCode: 58730, weight: 16 },
  { name: 'Auenrode', postalCode: 58740, weight: 12 },
  { name: 'Wiesenbeck', postalCode: 58750, weight: 10 },
  { name: 'Hollerbach', postalCode: 58760, weight: 8 },
  { name: 'Steinhövel', postalCode: 58770, weight: 8 },
  { name: 'Birkenweiler', postalCode: 58780, weight: 6 },
  { name: 'Mühlental', postalCode: 58790, weight: 6 },
  { name: 'Rabenscheid', postalCode: 58795, weight: 4 },
  { name: 'Eichenkamp', postalCode: 58799, weight: 4 },
];

const STREET_STEMS = [
  'Amsel', 'Birken', 'Linden', 'Kastanien', 'Mühlen', 'Schul', 'Kirch', 'Bahnhof', 'Garten', 'Wiesen',
  'Lerchen', 'Ahorn', 'Buchen', 'Eichen', 'Fichten', 'Holunder', 'Rosen', 'Tulpen', 'Flieder', 'Weiden',
  'Brunnen', 'Markt', 'Hafen', 'Ufer', 'Sonnen', 'Mond', 'Sternen', 'Fasanen', 'Finken', 'Meisen',
  'Schwalben', 'Hasel', 'Ulmen', 'Erlen', 'Kiefern', 'Mohn', 'Klee', 'Distel', 'Heide', 'Moor',
] as const;
const STREET_KINDS = ['straße', 'weg', 'gasse', 'ring', 'allee', 'pfad', 'stieg', 'hof'] as const;

/** The fictional street names the seed uses (stem + kind). */
export const STREETS: readonly string[] = STREET_STEMS.flatMap((stem) => STREET_KINDS.map((kind) => `${stem}${kind}`));

/** Rooms of the office, for appointments in the office. */
export const ROOMS = ['Beratungsraum 1', 'Beratungsraum 2', 'Beratungsraum 3', 'Besprechungsraum EG', 'Gruppenraum'] as const;
