/**
 * First-level regions whose names collide with countries or cities (Georgia, Washington, Victoria,
 * New York…), which neither the city nor the country data holds. Public facts: name, GeoNames admin1
 * code (the code cities of the region carry in `admin`), approximate centroid (lat, lon).
 */
import type { GazetteerEntry } from './types.js';

type Row = readonly [name: string, admin: string, lat: number, lon: number];

/** The fifty US states (admin1 = postal code). */
const US_STATES: readonly Row[] = [
  ['Alabama', 'AL', 32.8, -86.8], ['Alaska', 'AK', 64.2, -152.5], ['Arizona', 'AZ', 34.3, -111.7],
  ['Arkansas', 'AR', 34.9, -92.4], ['California', 'CA', 37.2, -119.5], ['Colorado', 'CO', 39.0, -105.5],
  ['Connecticut', 'CT', 41.6, -72.7], ['Delaware', 'DE', 39.0, -75.5], ['Florida', 'FL', 28.6, -82.4],
  ['Georgia', 'GA', 32.7, -83.4], ['Hawaii', 'HI', 20.8, -156.3], ['Idaho', 'ID', 44.4, -114.6],
  ['Illinois', 'IL', 40.0, -89.2], ['Indiana', 'IN', 39.9, -86.3], ['Iowa', 'IA', 42.1, -93.5],
  ['Kansas', 'KS', 38.5, -98.4], ['Kentucky', 'KY', 37.5, -85.3], ['Louisiana', 'LA', 31.1, -92.0],
  ['Maine', 'ME', 45.4, -69.2], ['Maryland', 'MD', 39.0, -76.8], ['Massachusetts', 'MA', 42.3, -71.8],
  ['Michigan', 'MI', 44.3, -85.4], ['Minnesota', 'MN', 46.3, -94.3], ['Mississippi', 'MS', 32.7, -89.7],
  ['Missouri', 'MO', 38.4, -92.5], ['Montana', 'MT', 47.0, -109.6], ['Nebraska', 'NE', 41.5, -99.8],
  ['Nevada', 'NV', 39.3, -116.6], ['New Hampshire', 'NH', 43.7, -71.6], ['New Jersey', 'NJ', 40.2, -74.7],
  ['New Mexico', 'NM', 34.4, -106.1], ['New York', 'NY', 42.9, -75.5], ['North Carolina', 'NC', 35.6, -79.4],
  ['North Dakota', 'ND', 47.5, -100.5], ['Ohio', 'OH', 40.3, -82.8], ['Oklahoma', 'OK', 35.6, -97.5],
  ['Oregon', 'OR', 43.9, -120.6], ['Pennsylvania', 'PA', 40.9, -77.8], ['Rhode Island', 'RI', 41.7, -71.5],
  ['South Carolina', 'SC', 33.9, -80.9], ['South Dakota', 'SD', 44.4, -100.2], ['Tennessee', 'TN', 35.9, -86.4],
  ['Texas', 'TX', 31.5, -99.3], ['Utah', 'UT', 39.3, -111.7], ['Vermont', 'VT', 44.1, -72.7],
  ['Virginia', 'VA', 37.5, -78.9], ['Washington', 'WA', 47.4, -120.5], ['West Virginia', 'WV', 38.6, -80.6],
  ['Wisconsin', 'WI', 44.6, -89.9], ['Wyoming', 'WY', 43.0, -107.6],
];

/** Australian states and territories (GeoNames admin1 codes). */
const AU_STATES: readonly Row[] = [
  ['Australian Capital Territory', '01', -35.5, 149.0], ['New South Wales', '02', -32.2, 147.0],
  ['Northern Territory', '03', -19.4, 133.4], ['Queensland', '04', -22.6, 144.1],
  ['South Australia', '05', -30.1, 135.8], ['Tasmania', '06', -42.0, 146.6],
  ['Victoria', '07', -36.9, 144.3], ['Western Australia', '08', -25.3, 122.3],
];

/** Canadian provinces and territories (GeoNames admin1 codes). */
const CA_PROVINCES: readonly Row[] = [
  ['Alberta', '01', 54.5, -115.0], ['British Columbia', '02', 54.0, -125.0], ['Manitoba', '03', 54.9, -97.8],
  ['New Brunswick', '04', 46.5, -66.2], ['Newfoundland and Labrador', '05', 53.1, -57.7], ['Nova Scotia', '07', 45.1, -63.0],
  ['Ontario', '08', 50.0, -85.3], ['Prince Edward Island', '09', 46.4, -63.2], ['Quebec', '10', 52.9, -71.9],
  ['Saskatchewan', '11', 54.4, -106.0], ['Yukon', '12', 63.6, -135.8], ['Northwest Territories', '13', 64.3, -119.2],
  ['Nunavut', '14', 70.3, -83.1],
];

/** The four nations of the United Kingdom (GeoNames admin1 codes). */
const GB_NATIONS: readonly Row[] = [
  ['England', 'ENG', 52.6, -1.5], ['Scotland', 'SCT', 56.8, -4.2], ['Wales', 'WLS', 52.3, -3.7], ['Northern Ireland', 'NIR', 54.6, -6.7],
];

/** The abbreviations of US states in datelines and AP style ("Fla.", "Wash."), by postal code. */
export const US_STATE_ABBREVIATIONS: Readonly<Record<string, readonly string[]>> = {
  AL: ['Ala.'], AZ: ['Ariz.'], AR: ['Ark.'], CA: ['Calif.', 'Cal.'], CO: ['Colo.'], CT: ['Conn.'], DE: ['Del.'],
  FL: ['Fla.'], GA: ['Ga.'], IL: ['Ill.'], IN: ['Ind.'], KS: ['Kan.', 'Kans.'], KY: ['Ky.'], LA: ['La.'], MD: ['Md.'],
  MA: ['Mass.'], MI: ['Mich.'], MN: ['Minn.'], MS: ['Miss.'], MO: ['Mo.'], MT: ['Mont.'], NE: ['Neb.', 'Nebr.'],
  NV: ['Nev.'], NH: ['N.H.'], NJ: ['N.J.'], NM: ['N.M.'], NY: ['N.Y.'], NC: ['N.C.'], ND: ['N.D.'], OK: ['Okla.'],
  OR: ['Ore.', 'Oreg.'], PA: ['Pa.', 'Penn.'], RI: ['R.I.'], SC: ['S.C.'], SD: ['S.D.'], TN: ['Tenn.'], TX: ['Tex.'],
  VT: ['Vt.'], VA: ['Va.'], WA: ['Wash.'], WV: ['W.Va.'], WI: ['Wis.', 'Wisc.'], WY: ['Wyo.'],
};

function entries(countryCode: string, rows: readonly Row[]): GazetteerEntry[] {
  return rows.map(([name, admin, lat, lon]) => ({ kind: 'region', name, countryCode, admin, lat, lon }));
}

/** Every region of the table. */
export const REGIONS: readonly GazetteerEntry[] = [
  ...entries('US', US_STATES),
  ...entries('AU', AU_STATES),
  ...entries('CA', CA_PROVINCES),
  ...entries('GB', GB_NATIONS),
];
