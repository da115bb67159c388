import { createRequire } from 'node:module';
import { DEMONYMS } from './lang/en/demonyms.js';
import { INSTITUTION_METONYMS } from './lang/en/institutions.js';
import { PLACE_NAMES } from './lang/en/places.js';
import { SHORT_FORM_NAMES } from './lang/en/short-forms.js';

/**
 * Names inside a hyphenated word, which the tokenizer keeps whole and the tagger reads as one
 * "other" name: "UK-led", "Kremlin-backed", "Paris-based" name the UK, the Kremlin and Paris;
 * "Russia-Ukraine" or "US-China" name two countries. Only names the lexicons know are taken out, so
 * a person's double name ("Jean-Claude"), a country written with a hyphen ("Guinea-Bissau": Bissau is
 * no country) or an unknown prefix ("Anti-war") stay as the tagger read them.
 */
export interface CompoundPart {
  /** Offset of the part inside the hyphenated word. */
  offset: number;
  text: string;
  type: 'PLACE' | 'ORG' | 'NORP';
}

let countries: Set<string> | null = null;

/** English common names of the world's countries (the `world-countries` package), with short forms. */
function countryNames(): Set<string> {
  if (countries !== null) return countries;
  countries = new Set(SHORT_FORM_NAMES.keys());
  const require = createRequire(import.meta.url);
  for (const c of require('world-countries') as { name: { common: string } }[]) countries.add(c.name.common);
  return countries;
}

/** The type a known name gives a part, or null. */
function partType(part: string): CompoundPart['type'] | null {
  if (PLACE_NAMES.has(part) || SHORT_FORM_NAMES.has(part) || countryNames().has(part)) return 'PLACE';
  if (INSTITUTION_METONYMS.has(part.toLowerCase())) return 'ORG';
  if (DEMONYMS.has(part.toLowerCase())) return 'NORP';
  return null;
}

const CAPITALISED = /^\p{Lu}/u;

/**
 * The known names inside one hyphenated word, or null when it holds none to take out: the
 * capitalised head of a word ending in lowercase parts ("UK-led" → UK), or every part of a word made
 * of country or institution names only ("Russia-Ukraine" → Russia, Ukraine).
 */
export function hyphenCompoundParts(word: string): CompoundPart[] | null {
  if (!word.includes('-') || !CAPITALISED.test(word)) return null;
  const parts = word.split('-');
  if (parts.some((p) => p === '')) return null;
  const head = parts.findIndex((p) => !CAPITALISED.test(p));
  if (head > 0) {
    // "UK-led", "Saudi-led", "Kremlin-backed": the capitalised head is the name.
    const text = parts.slice(0, head).join('-');
    const type = partType(text);
    return type === null ? null : [{ offset: 0, text, type }];
  }
  if (head === 0 || parts.length < 2 || PLACE_NAMES.has(word) || countryNames().has(word)) return null;
  const out: CompoundPart[] = [];
  let offset = 0;
  for (const p of parts) {
    const type = partType(p);
    if (type === null || type === 'NORP' || (type === 'PLACE' && !countryNames().has(p))) return null;
    out.push({ offset, text: p, type });
    offset += p.length + 1;
  }
  return out;
}
