/**
 * Leaders named by their office alone: "Finland's President said …", "the French prime minister",
 * "the President of Brazil". Such a phrase names the person who held that office on the article's
 * date (`lang/en/office-holders.ts`, public knowledge of who held which office when); where the
 * table does not know, or the phrase says the holder is not the current one ("former", "incoming"),
 * it names no one.
 */
import { headEndingAt } from './find-roles.js';
import { DEMONYMS } from './lang/en/demonyms.js';
import { canonicalOffice, officeHolder } from './lang/en/office-holders.js';
import { SHORT_FORM_NAMES } from './lang/en/short-forms.js';
import type { Token } from './tokenize.js';

/** An office phrase with the holder it names. */
export interface OfficeMention {
  /** Token range `[tokStart, tokEnd)` and character offsets of the whole phrase ("Finland's President"). */
  tokStart: number;
  tokEnd: number;
  start: number;
  end: number;
  /** The office as the table names it ("prime minister" for "premier"). */
  office: string;
  country: string;
  holder: string;
}

/** A mention found before this step, as far as this module needs it. */
export interface FoundMention {
  tokStart: number;
  tokEnd: number;
  type: string;
}

/** Words that say the office's holder is not the one of the article's date, or not its holder at all. */
const NOT_THE_HOLDER: ReadonlySet<string> = new Set([
  'former', 'ex', 'ex-', 'late', 'then', 'incoming', 'outgoing', 'future', 'previous', 'past', 'next', 'new',
  'acting', 'interim', 'deputy', 'first', 'would-be', 'a', 'an', 'every', 'each', 'any', 'no', 'another', 'whose',
]);

const POSSESSIVE = new Set(["'s", '’s']);

function low(t: Token | undefined): string {
  return t === undefined ? '' : t.text.toLowerCase();
}

/** The country a place or nationality mention names ("US" → United States, "Finnish" → Finland), or null. */
function countryOf(tokens: readonly Token[], m: FoundMention): string | null {
  const written = tokens.slice(m.tokStart, m.tokEnd).map((t) => t.text).join(' ');
  if (m.type === 'NORP') return DEMONYMS.get(written.toLowerCase()) ?? null;
  if (m.type === 'PLACE') return SHORT_FORM_NAMES.get(written) ?? written;
  return null;
}

/**
 * Office phrases that name no person in the text and whose holder on `date` (`YYYY-MM-DD`) the table
 * knows: "<Country>'s <office>", "[the] <Nationality|Country> <office>", "the <office> of <Country>".
 * A phrase followed by a name, or a comma and a name, is that person's title and is left to the
 * role finder.
 */
export function findOfficeMentions(tokens: readonly Token[], mentions: readonly FoundMention[], date: string | null): OfficeMention[] {
  if (date === null) return [];
  const endingAt = new Map<number, number>();
  const startingAt = new Map<number, number>();
  mentions.forEach((m, i) => {
    endingAt.set(m.tokEnd, i);
    startingAt.set(m.tokStart, i);
  });
  const named = (k: number): boolean => {
    const at = startingAt.get(k);
    if (at !== undefined && mentions[at]!.type === 'PERSON') return true;
    // A capitalised word right after the office is a name the tagger may have missed.
    return /^\p{Lu}\p{Ll}/u.test(tokens[k]?.text ?? '') && !POSSESSIVE.has(low(tokens[k + 1])) && low(tokens[k]) !== 'on';
  };
  const out: OfficeMention[] = [];
  for (let k = 0; k < tokens.length; k++) {
    // A role head that is an office of the table ("premier" is its prime minister).
    let head = headEndingAt(tokens, k);
    let office = head === null ? null : canonicalOffice(head.head);
    if (head === null || office === null) continue;
    // The longest head ending here or just after ("secretary" → "secretary of state").
    for (let k2 = k + 1; k2 <= k + 2 && k2 < tokens.length; k2++) {
      const longer = headEndingAt(tokens, k2);
      const longerOffice = longer === null ? null : canonicalOffice(longer.head);
      if (longer !== null && longerOffice !== null && longer.start <= head.start) {
        head = longer;
        office = longerOffice;
        k = k2;
      }
    }
    if (named(k + 1) || (low(tokens[k + 1]) === ',' && named(k + 2))) continue;
    let country: string | null = null;
    let first = head.start;
    let last = k;
    const before = head.start;
    if (POSSESSIVE.has(low(tokens[before - 1])) && endingAt.has(before - 1)) {
      const m = mentions[endingAt.get(before - 1)!];
      country = m.type === 'PLACE' ? countryOf(tokens, m) : null;
      first = m.tokStart;
    } else if (endingAt.has(before)) {
      const m = mentions[endingAt.get(before)!];
      country = countryOf(tokens, m);
      first = m.tokStart;
    } else if (low(tokens[k + 1]) === 'of' && low(tokens[before - 1]) === 'the') {
      const at = startingAt.get(low(tokens[k + 2]) === 'the' ? k + 3 : k + 2);
      const m = at === undefined ? undefined : mentions[at];
      if (m !== undefined && m.type === 'PLACE') {
        country = countryOf(tokens, m);
        last = m.tokEnd - 1;
      }
    }
    if (country === null) continue;
    // "the Brazilian president of the federation": the office of something else.
    if (last === k && low(tokens[k + 1]) === 'of') continue;
    const preceding = low(tokens[first - 1]);
    if (NOT_THE_HOLDER.has(preceding) || (preceding === 'the' && NOT_THE_HOLDER.has(low(tokens[first - 2])))) continue;
    const holder = officeHolder(country, office, date);
    if (holder === null) continue;
    out.push({ tokStart: first, tokEnd: last + 1, start: tokens[first]!.start, end: tokens[last]!.end, office, country, holder });
  }
  return out;
}
