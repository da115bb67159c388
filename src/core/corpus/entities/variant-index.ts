/**
 * Lookup of the variant tables in `lang/en/name-variants.ts` by matching key: two spellings are
 * variants when their keys land in the same row. Rows sharing a spelling are joined. Built once at
 * load time from constant data; never mutated afterwards.
 */
import { GIVEN_NAME_VARIANTS, METONYMS, ORG_VARIANTS, PLACE_VARIANTS } from './lang/en/name-variants.js';
import { foldText, phraseKeys } from './name-key.js';

/** A frozen key → row index with the spellings of each row, for evidence strings. */
export interface VariantIndex {
  /** Row number of a key, or undefined. */
  row(key: string): number | undefined;
  /** The spellings of a row as written in the table. */
  spellings(row: number): readonly string[];
}


function buildIndex(rows: readonly (readonly string[])[]): VariantIndex {
  // Union-find over rows so that a spelling listed in two rows joins them.
  const parent = rows.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  const first = new Map<string, number>();
  rows.forEach((row, i) => {
    for (const spelling of row) {
      for (const key of phraseKeys(spelling)) {
        const seen = first.get(key);
        if (seen === undefined) first.set(key, i);
        else parent[find(i)] = find(seen);
      }
    }
  });
  const byKey = new Map<string, number>();
  const spellings = new Map<number, string[]>();
  rows.forEach((row, i) => {
    const root = find(i);
    const list = spellings.get(root) ?? [];
    for (const spelling of row) if (!list.includes(spelling)) list.push(spelling);
    spellings.set(root, list);
    for (const spelling of row) for (const key of phraseKeys(spelling)) byKey.set(key, root);
  });
  return {
    row: (key) => byKey.get(key),
    spellings: (row) => spellings.get(row) ?? [],
  };
}

/** Given names across East Slavic languages and English press spellings. */
export const GIVEN_NAMES: VariantIndex = buildIndex(GIVEN_NAME_VARIANTS);

/** Places and organisations with several names (Kyiv/Kiev, US/United States, NATO/OTAN). */
export const PLACE_AND_ORG_NAMES: VariantIndex = buildIndex([...PLACE_VARIANTS, ...ORG_VARIANTS]);

/** Metonyms by key: the building or seat that speaks for an institution. */
export const METONYM_NAMES: VariantIndex = buildIndex(METONYMS.map((m) => [m.name, ...m.aliases]));

/** Metonym spellings, folded (see `foldText`), → the offices they stand for. */
const METONYM_OFFICES: ReadonlyMap<string, readonly string[]> = new Map(
  METONYMS.flatMap((m) => [m.name, ...m.aliases].map((spelling) => [foldText(spelling.replace(/^the\s+/iu, '')), m.offices] as const)),
);

/** The offices a metonym stands for ("Kremlin" → "Russian President", …), or none. */
export function metonymOffices(name: string): readonly string[] {
  return METONYM_OFFICES.get(foldText(name.replace(/^the\s+/iu, ''))) ?? [];
}
