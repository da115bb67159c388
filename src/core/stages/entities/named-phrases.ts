/**
 * Named things the tagger misses (see `lang/en/named-phrases.ts`): listed alliances, groupings and
 * groups of countries, and elections named after a country or people ("the US presidential
 * election", "Moldova's parliamentary elections"), named the way encyclopaedias name them: year,
 * country, kind ("2024 United States presidential election") when the article gives the year next to
 * the mention.
 */
import { CALENDAR_WORDS } from './lang/en/calendar.js';
import { DEMONYMS } from './lang/en/demonyms.js';
import { COUNTRY_REGION_WORDS, ELECTION_KINDS, MINISTRY_PORTFOLIOS, NAMED_PHRASES } from './lang/en/named-phrases.js';
import { PLACE_NAMES } from './lang/en/places.js';
import { SHORT_FORM_NAMES } from './lang/en/short-forms.js';
import { normalizeWord } from './ner-features.js';
import { tokenize, type Token } from './tokenize.js';

/** A phrase found in the tokens: `[tokStart, tokEnd)`, its type, and the name to show when it differs from the text. */
export interface NamedPhrase {
  tokStart: number;
  tokEnd: number;
  type: string;
  name?: string;
}

/** A mention already found, as far as this module needs it. */
export interface KnownMention {
  tokStart: number;
  tokEnd: number;
  type: string;
}

interface Entry {
  phrase: string;
  words: string[];
  exact: boolean;
  type: string;
  name: string;
}

const BY_FIRST = new Map<string, Entry[]>();
for (const p of NAMED_PHRASES) {
  const words = tokenize(p.phrase).map((t) => t.text);
  const exact = /\p{Lu}/u.test(p.phrase);
  const first = words[0]!.toLowerCase();
  const list = BY_FIRST.get(first) ?? [];
  list.push({ phrase: p.phrase, words, exact, type: p.type, name: p.name ?? p.phrase });
  list.sort((a, b) => b.words.length - a.words.length);
  BY_FIRST.set(first, list);
}

const YEAR = /^(?:19|20)\d\d$/;

function low(t: Token | undefined): string {
  return t === undefined ? '' : normalizeWord(t.text).toLowerCase();
}

/** Listed phrases (longest first at each token; a lowercase entry in any case, one with capitals capitalised as written). */
export function findListedPhrases(tokens: readonly Token[]): NamedPhrase[] {
  const out: NamedPhrase[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const entries = BY_FIRST.get(low(tokens[i]));
    if (entries === undefined) continue;
    for (const e of entries) {
      if (i + e.words.length > tokens.length) continue;
      let ok = true;
      for (let k = 0; k < e.words.length && ok; k++) {
        const t = normalizeWord(tokens[i + k]!.text);
        const w = e.words[k]!;
        // Words capitalised in the list must be capitalised in the text; the rest match in any case.
        ok = t.toLowerCase() === w.toLowerCase() && (!e.exact || w === w.toLowerCase() || t[0] === w[0]);
      }
      if (!ok) continue;
      // Named as listed, so that "Coalition of the Willing" and "coalition of the willing" are one.
      out.push({ tokStart: i, tokEnd: i + e.words.length, type: e.type, name: e.name });
      i += e.words.length - 1;
      break;
    }
  }
  return out;
}

/** The country an election is named after: a place or nationality mention, a listed place, a short form or a demonym. */
function countryEnding(tokens: readonly Token[], end: number, known: readonly KnownMention[]): { start: number; name: string } | null {
  const m = known.find((k) => k.tokEnd === end && (k.type === 'PLACE' || k.type === 'NORP'));
  const start = m?.tokStart ?? end - 1;
  if (start < 0) return null;
  const written = tokens.slice(start, end).map((t) => t.text).join(' ');
  const demonym = DEMONYMS.get(written.toLowerCase());
  if (m?.type === 'NORP' || (m === undefined && demonym !== undefined && /^\p{Lu}/u.test(written))) {
    return demonym === undefined ? null : { start, name: demonym };
  }
  if (m !== undefined || PLACE_NAMES.has(written) || SHORT_FORM_NAMES.has(written)) return { start, name: SHORT_FORM_NAMES.get(written) ?? written };
  return null;
}

/**
 * Elections named after a country or people: "[the] [2024] US|American|Russia's KIND election(s)",
 * with KIND one or more of `ELECTION_KINDS`, named "[YEAR] COUNTRY KIND election" (the country's
 * full name, singular: "US presidential elections" and "American presidential election" are one).
 * The year is the one written before the country or in "in [Month] YEAR" / "of YEAR" right after
 * the mention.
 */
export function findElections(tokens: readonly Token[], known: readonly KnownMention[]): NamedPhrase[] {
  const out: NamedPhrase[] = [];
  for (let i = 1; i < tokens.length; i++) {
    const head = low(tokens[i]);
    if (head !== 'election' && head !== 'elections') continue;
    let j = i;
    while (j > 0 && ELECTION_KINDS.has(low(tokens[j - 1]))) j--;
    if (j === i) continue;
    const kinds = tokens.slice(j, i).map((t) => t.text.toLowerCase());
    // "Russia's presidential election": the possessive belongs to the country.
    const countryEnd = low(tokens[j - 1]) === "'s" ? j - 1 : j;
    const country = countryEnding(tokens, countryEnd, known);
    if (country === null) continue;
    let start = country.start;
    let year: string | null = null;
    if (YEAR.test(tokens[start - 1]?.text ?? '')) {
      year = tokens[start - 1]!.text;
      start--;
    } else {
      let k = i + 1;
      if (['in', 'of'].includes(low(tokens[k]))) {
        k++;
        if (CALENDAR_WORDS.has(low(tokens[k]))) k++;
        if (YEAR.test(tokens[k]?.text ?? '')) year = tokens[k]!.text;
      }
    }
    const name = `${year === null ? '' : `${year} `}${country.name} ${kinds.join(' ')} election`;
    out.push({ tokStart: start, tokEnd: i + 1, type: 'EVENT', name });
  }
  // A mention without its year is the article's one election of that country and kind with a year.
  for (const e of out) {
    if (/^\d/.test(e.name!)) continue;
    const dated = new Set(out.filter((x) => x.name!.endsWith(` ${e.name!}`) && /^\d{4} /.test(x.name!)).map((x) => x.name!));
    if (dated.size === 1) e.name = [...dated][0];
  }
  return out;
}

/** A country's adjective ("Russia" → "Russian"): the first nationality word listed for it. */
const ADJECTIVE_OF = new Map<string, string>();
for (const [word, country] of DEMONYMS) {
  if (!ADJECTIVE_OF.has(country)) ADJECTIVE_OF.set(country, word[0]!.toUpperCase() + word.slice(1));
}

/**
 * Regions named by the country's possessive and compass words: "Russia's far east" is the Russian
 * Far East (`COUNTRY_REGION_WORDS`). The phrase spans the country, which stays a mention of its own.
 */
export function findCountryRegions(tokens: readonly Token[], known: readonly KnownMention[]): NamedPhrase[] {
  const out: NamedPhrase[] = [];
  for (let i = 1; i + 2 < tokens.length; i++) {
    if (low(tokens[i]) !== "'s") continue;
    const words = `${low(tokens[i + 1])} ${low(tokens[i + 2])}`;
    if (!COUNTRY_REGION_WORDS.has(words)) continue;
    const country = countryEnding(tokens, i, known);
    const adjective = country === null ? undefined : ADJECTIVE_OF.get(country.name);
    if (country === null || adjective === undefined) continue;
    const region = words.split(' ').map((w) => w[0]!.toUpperCase() + w.slice(1)).join(' ');
    out.push({ tokStart: country.start, tokEnd: i + 3, type: 'PLACE', name: `${adjective} ${region}` });
  }
  return out;
}

/**
 * A ministry named with its country: "the Ukrainian Foreign Ministry" (a nationality mention right
 * before "<Portfolio> Ministry") or "Russia's Defence Ministry" (a place mention and a possessive),
 * named in the official form "Ministry of Foreign Affairs of Ukraine", so that every outlet's
 * wording of it is one organisation. `ministry` is the index in `known` of an ORG mention
 * "[Nationality] <Portfolio> Ministry". The phrase spans the country's word too ("Russia's Defence Ministry"; the
 * caller keeps a place inside it as a mention of its own).
 */
export function ministryWithCountry(tokens: readonly Token[], known: readonly KnownMention[], ministry: number): NamedPhrase | null {
  const m = known[ministry]!;
  const length = m.tokEnd - m.tokStart;
  if (m.type !== 'ORG' || (length !== 2 && length !== 3) || low(tokens[m.tokEnd - 1]) !== 'ministry') return null;
  const at = m.tokEnd - 2;
  const portfolio = MINISTRY_PORTFOLIOS.get(low(tokens[at])) ?? (/^\p{Lu}\p{Ll}+$/u.test(tokens[at]!.text) ? tokens[at]!.text : null);
  if (portfolio === null) return null;
  // "Norwegian Defence Ministry" tagged as one name: the nationality is its first word.
  if (length === 3) {
    const country = DEMONYMS.get(low(tokens[m.tokStart]));
    return country === undefined ? null : { tokStart: m.tokStart, tokEnd: m.tokEnd, type: 'ORG', name: `Ministry of ${portfolio} of ${country}` };
  }
  const possessive = low(tokens[m.tokStart - 1]) === "'s";
  const country = countryEnding(tokens, possessive ? m.tokStart - 1 : m.tokStart, known);
  if (country === null) return null;
  return { tokStart: country.start, tokEnd: m.tokEnd, type: 'ORG', name: `Ministry of ${portfolio} of ${country.name}` };
}
