import type { ArticleEntity, Mention } from '../../article.js';
import { roleAfter, roleBefore, headEndingAt, type RoleContext } from './find-roles.js';
import { CALENDAR_WORDS } from './lang/en/calendar.js';
import { DEMONYMS, DEMONYM_ENDINGS } from './lang/en/demonyms.js';
import { INSTITUTION_METONYMS } from './lang/en/institutions.js';
import { PLACE_NAMES } from './lang/en/places.js';
import { SHORT_FORM_NAMES } from './lang/en/short-forms.js';
import { HONORIFICS, ROLE_HEADS, ROLE_MODIFIERS } from './lang/en/roles.js';
import { caseFormOf, cyrillicName, knownPhrase, knownPlace, surnameFormOf } from './cyrillic-forms.js';
import { hyphenCompoundParts } from './hyphen-compounds.js';
import { withoutDateline } from '../clean/dateline-date.js';
import { findCountryRegions, findElections, findListedPhrases, ministryWithCountry } from './named-phrases.js';
import { findOfficeMentions } from './office-mentions.js';
import { normalizeWord } from './ner-features.js';
import { matchNames } from '../../corpus/entities/match-names.js';
import { isAllCaps } from '../../corpus/entities/name-key.js';
import type { AnalyzedText, RawEntityMention } from './tag-entities.js';

/** A mention being resolved: its span, tokens, type and the group (entity) it ends up in. */
interface Working {
  start: number;
  end: number;
  tokStart: number;
  tokEnd: number;
  type: string;
  words: string[];
  /** Added by the rescan or a definite description rather than by the tagger. */
  derived: boolean;
  /** The entity's name when it is not the mention's text (an election named with its year and country). */
  name?: string;
}

const TYPE_OF: Record<RawEntityMention['type'], string> = { PER: 'PERSON', ORG: 'ORG', LOC: 'PLACE', MISC: 'OTHER' };
const SINGLE_HEADS = new Set(ROLE_HEADS.filter((h) => !h.includes(' ')));
const ACRONYM_SKIP = new Set(['of', 'the', 'and', 'for', 'on', 'in', 'de', 'des', 'du', 'la', 'le', 'for', '&', 'to']);

function key(words: readonly string[]): string {
  return words.map(normalizeWord).join(' ');
}

function isCapitalised(w: string): boolean {
  const code = w.charCodeAt(0);
  if (code < 128) return code >= 65 && code <= 90; // ASCII without allocating
  const c = w[0];
  return c !== undefined && c !== c.toLowerCase();
}

/** Index of the token that starts at or contains `offset` (tokens sorted by start). */
function tokenAt(tokens: AnalyzedText['tokens'], offset: number): number {
  let lo = 0;
  let hi = tokens.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (tokens[mid].start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** NORP when a MISC mention is a nationality or group word ("Russian", "Ukrainians", "Veronian"). */
function isDemonym(words: readonly string[]): boolean {
  const l = words.map((w) => normalizeWord(w).toLowerCase()).join(' ');
  if (DEMONYMS.has(l) || (l.endsWith('s') && DEMONYMS.has(l.slice(0, -1)))) return true;
  if (words.length !== 1 || l.length < 5 || !isCapitalised(words[0]) || words[0] === words[0].toUpperCase()) return false;
  const stem = l.endsWith('s') ? l.slice(0, -1) : l;
  return DEMONYM_ENDINGS.some((e) => stem.endsWith(e));
}

/** Initials of a multi-word name: "North Atlantic Treaty Organization" → "NATO" (with and without function words). */
function initials(words: readonly string[]): string[] {
  const content = words.filter((w) => !ACRONYM_SKIP.has(w.toLowerCase()));
  const a = content.map((w) => w[0]).join('').toUpperCase();
  const b = words.filter((w) => /^\p{L}/u.test(w)).map((w) => w[0]).join('').toUpperCase();
  return a === b ? [a] : [a, b];
}

function isAcronym(w: string): boolean {
  const letters = w.replace(/[.&]/g, '');
  return letters.length >= 2 && letters.length <= 8 && /^\p{Lu}+$/u.test(letters);
}

class UnionFind {
  private readonly parent: number[] = [];
  add(): number {
    this.parent.push(this.parent.length);
    return this.parent.length - 1;
  }
  find(x: number): number {
    while (this.parent[x] !== x) {
      this.parent[x] = this.parent[this.parent[x]];
      x = this.parent[x];
    }
    return x;
  }
  union(a: number, b: number): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }
}

/** The mentions of the known names inside the hyphenated token `i` (`hyphenCompoundParts`), or null. */
function compoundMentions(tokens: AnalyzedText['tokens'], i: number, derived: boolean): Working[] | null {
  const parts = hyphenCompoundParts(tokens[i].text);
  if (parts === null) return null;
  return parts.map((part) => {
    const start = tokens[i].start + part.offset;
    return { start, end: start + part.text.length, tokStart: i, tokEnd: i + 1, type: part.type, words: [part.text], derived };
  });
}

/**
 * Turns the tagger's mentions of one article into entities: types mapped to PERSON / ORG / PLACE /
 * OTHER / NORP, name parts linked to the full name, acronyms to their expansions, same names merged,
 * missed repeats of a known name added, roles attached, and definite descriptions ("the spokesman")
 * recorded as mentions when the article gave that role to exactly one person. Ids follow first mention.
 * Leaders named by office alone ("Finland's President") are the office's holder on `options.date`
 * (`YYYY-MM-DD`, the article's date; without it, no one).
 */
export function resolveEntities(text: string, analyzed: AnalyzedText, options: { date?: string | null } = {}): ArticleEntity[] {
  const { tokens, sentences } = analyzed;
  if (tokens.length === 0) return [];
  const sentenceOf = new Int32Array(tokens.length);
  sentences.forEach((r, i) => sentenceOf.fill(i, r.start, r.end));
  const sentenceStart = new Set(sentences.map((r) => r.start));

  // 1. Working mentions: types mapped, honorifics and titles stripped from person names.
  const work: Working[] = [];
  for (const m of analyzed.mentions) {
    let tokStart = tokenAt(tokens, m.start);
    const tokEnd = tokenAt(tokens, m.end - 1) + 1;
    let type = TYPE_OF[m.type];
    if (type === 'PERSON') {
      while (tokEnd - tokStart > 1) {
        const w = tokens[tokStart].text.toLowerCase();
        if (HONORIFICS.has(w) || SINGLE_HEADS.has(w) || ROLE_MODIFIERS.has(w)) tokStart++;
        else break;
      }
    }
    const words = tokens.slice(tokStart, tokEnd).map((t) => t.text);
    // Titles alone ("Senator", "Presidential Press") are descriptions, not names.
    if (words.every((w) => HONORIFICS.has(w.toLowerCase()) || SINGLE_HEADS.has(w.toLowerCase()) || ROLE_MODIFIERS.has(w.toLowerCase()))) continue;
    // A hyphenated word holding known names ("UK-led", "Russia-Ukraine"): the names, not the word.
    const parts = words.length === 1 ? compoundMentions(tokens, tokStart, false) : null;
    if (parts !== null) {
      work.push(...parts);
      continue;
    }
    const lower = words.join(' ').toLowerCase().replace(/^the /, '');
    if (INSTITUTION_METONYMS.has(normalizeWord(lower))) type = 'ORG';
    else if (type !== 'PLACE' && PLACE_NAMES.has(words.join(' '))) type = 'PLACE';
    else if (type === 'OTHER' && isDemonym(words)) type = 'NORP';
    work.push({ start: tokens[tokStart].start, end: tokens[tokEnd - 1].end, tokStart, tokEnd, type, words, derived: false });
  }

  // 1a. A wire dateline opening the text ("MERIDALE, March 20 (Northwire) - "): the names in its
  //     brackets are the agency (an organisation), the capitals before its first comma or bracket
  //     the place the story was filed from.
  const head = text.slice(0, 200);
  const datelineEnd = head.length - withoutDateline(head).length;
  if (datelineEnd > 0) {
    const open = head.indexOf('(');
    const close = open >= 0 ? head.indexOf(')', open) : -1;
    const placeEnd = Math.min(...[head.indexOf(','), open].filter((k) => k > 0 && k < datelineEnd), datelineEnd);
    for (const w of work) {
      if (w.end > datelineEnd || w.name !== undefined) continue;
      if (open >= 0 && close > open && close < datelineEnd && w.start > open && w.end <= close) w.type = 'ORG';
      else if (w.end <= placeEnd && w.type !== 'PERSON') w.type = 'PLACE';
    }
  }

  // 1b. Named things the tagger misses: listed groupings ("the coalition of the willing", "the Gulf
  //     states") replace the mentions they contain; elections named after a country are added
  //     beside the country's own mention ("US" stays a mention of the United States).
  for (const p of findListedPhrases(tokens)) {
    const inside = (w: Working): boolean => w.tokStart >= p.tokStart && w.tokEnd <= p.tokEnd;
    const crosses = (w: Working): boolean => w.tokStart < p.tokEnd && w.tokEnd > p.tokStart && !inside(w);
    if (work.some(crosses)) continue;
    for (let i = work.length - 1; i >= 0; i--) if (inside(work[i])) work.splice(i, 1);
    const words = tokens.slice(p.tokStart, p.tokEnd).map((t) => t.text);
    work.push({ start: tokens[p.tokStart].start, end: tokens[p.tokEnd - 1].end, tokStart: p.tokStart, tokEnd: p.tokEnd, type: p.type, words, derived: false, name: p.name });
  }
  // "the Ukrainian Foreign Ministry": one organisation, named with its country; "the Foreign
  // Ministry" alone later joins it when the article names one such ministry only.
  const ministries = new Map<string, Set<string>>();
  for (let i = 0; i < work.length; i++) {
    const p = ministryWithCountry(tokens, work, i);
    if (p === null) continue;
    const m = work[i];
    const bare = key(m.words.slice(-2)).toLowerCase();
    ministries.set(bare, (ministries.get(bare) ?? new Set()).add(p.name!));
    m.tokStart = p.tokStart;
    m.start = tokens[p.tokStart].start;
    m.words = tokens.slice(p.tokStart, p.tokEnd).map((t) => t.text);
    m.name = p.name;
    // The nationality word now inside the ministry's name is not a mention of its own (a place is).
    for (let j = work.length - 1; j >= 0; j--) {
      if (j !== i && work[j].type === 'NORP' && work[j].tokStart >= p.tokStart && work[j].tokEnd <= p.tokEnd) {
        work.splice(j, 1);
        if (j < i) i--;
      }
    }
  }
  for (const w of work) {
    const names = w.type === 'ORG' && w.name === undefined ? ministries.get(key(w.words).toLowerCase()) : undefined;
    if (names !== undefined && names.size === 1) w.name = [...names][0];
  }
  // Elections and regions named after a country ("Russia's far east") stand beside its mention.
  const countryNamed = [...findElections(tokens, work), ...findCountryRegions(tokens, work)];

  // 2. Repeats the tagger missed: a name already found elsewhere in the article, seen again as the
  //    same capitalised words, is a mention too (surnames of people included).
  const covered = new Uint8Array(tokens.length);
  for (const w of work) covered.fill(1, w.tokStart, w.tokEnd);
  // Known names indexed by their first word, so that only plausible starts are tried.
  const known = new Map<string, string>();
  const lengthsByFirst = new Map<string, number[]>();
  const remember = (words: readonly string[], type: string): void => {
    const k = key(words);
    if (known.has(k)) return;
    known.set(k, type);
    const first = normalizeWord(words[0]);
    const lens = lengthsByFirst.get(first) ?? [];
    if (!lens.includes(words.length)) lens.push(words.length);
    lens.sort((a, b) => b - a);
    lengthsByFirst.set(first, lens);
  };
  for (const w of work) {
    if (w.type === 'NORP') continue;
    remember(w.words, w.type);
    if (w.type === 'PERSON' && w.words.length > 1) remember([w.words[w.words.length - 1]], 'PERSON');
  }
  // Hyphenated words the tagger passed over whose parts are known names ("Iran-backed militias").
  for (let i = 0; i < tokens.length; i++) {
    if (covered[i]) continue;
    const parts = compoundMentions(tokens, i, true);
    if (parts === null) continue;
    work.push(...parts);
    covered[i] = 1;
  }
  const lowercaseSeen = new Set<string>();
  for (const t of tokens) if (!isCapitalised(t.text)) lowercaseSeen.add(t.text);
  for (let i = 0; i < tokens.length; i++) {
    if (covered[i] || !isCapitalised(tokens[i].text)) continue;
    const lens = lengthsByFirst.get(normalizeWord(tokens[i].text));
    if (lens === undefined) continue;
    for (const len of lens) {
      if (i + len > tokens.length) continue;
      const words = tokens.slice(i, i + len).map((t) => t.text);
      const type = known.get(key(words));
      if (type === undefined) continue;
      const end = i + len;
      let ok = true;
      for (let k = i; k < end; k++) if (covered[k] || sentenceOf[k] !== sentenceOf[i]) ok = false;
      // A capitalised neighbour means these words are part of some other name.
      if (end < tokens.length && sentenceOf[end] === sentenceOf[i] && isCapitalised(tokens[end].text) && /^\p{L}/u.test(tokens[end].text)) ok = false;
      if (i > 0 && !sentenceStart.has(i) && isCapitalised(tokens[i - 1].text) && /^\p{L}/u.test(tokens[i - 1].text) && !covered[i - 1]) ok = false;
      // A single word opening a sentence may be an ordinary word ("Will", "Rose"); month and day
      // names are dates wherever they stand ("Theresa May" does not make "in May" a person).
      if (len === 1 && sentenceStart.has(i) && lowercaseSeen.has(tokens[i].text.toLowerCase())) ok = false;
      if (len === 1 && CALENDAR_WORDS.has(tokens[i].text.toLowerCase())) ok = false;
      if (!ok) continue;
      work.push({ start: tokens[i].start, end: tokens[end - 1].end, tokStart: i, tokEnd: end, type, words, derived: true });
      covered.fill(1, i, end);
      i = end - 1;
      break;
    }
  }
  for (const p of countryNamed) {
    const words = tokens.slice(p.tokStart, p.tokEnd).map((t) => t.text);
    work.push({ start: tokens[p.tokStart].start, end: tokens[p.tokEnd - 1].end, tokStart: p.tokStart, tokEnd: p.tokEnd, type: p.type, words, derived: false, name: p.name });
  }
  work.sort((a, b) => a.start - b.start);

  // 3. Grouping.
  const uf = new UnionFind();
  for (let i = 0; i < work.length; i++) uf.add();
  const byKey = new Map<string, number>();
  work.forEach((w, i) => {
    // Nationality words group by their singular lowercase form ("Russian", "Russians").
    const k = w.type === 'NORP' ? 'N:' + key(w.words).toLowerCase().replace(/s$/, '') : w.name !== undefined ? 'E:' + w.name : key(w.words);
    const j = byKey.get(k);
    if (j === undefined) byKey.set(k, i);
    else uf.union(i, j);
  });
  // A name set in capitals (a dateline's "SOLVYN", a headline's "NATO") is the name the article
  // also writes in mixed case ("Solvyn", "Nato").
  const byLower = new Map<string, number>();
  const capitals = (w: Working): boolean => isAllCaps(w.words.join(' '));
  work.forEach((w, i) => {
    if (w.type !== 'NORP' && w.name === undefined && !capitals(w) && !byLower.has(key(w.words).toLowerCase())) byLower.set(key(w.words).toLowerCase(), i);
  });
  work.forEach((w, i) => {
    if (w.type === 'NORP' || w.name !== undefined || !capitals(w)) return;
    const j = byLower.get(key(w.words).toLowerCase());
    if (j !== undefined) uf.union(i, j);
  });
  // Case forms of one Cyrillic name: "Газпрома" joins "Газпром", "Харкові" joins "Харкова" (both Харків).
  // Forms of one listed place or organisation join ("Харкова", "Харкові"; "Верховна Рада", "Верховній Раді").
  const byKnown = new Map<string, number>();
  work.forEach((w, i) => {
    if (w.type === 'NORP' || w.name !== undefined) return;
    if (w.words.length === 1) {
      const j = caseFormOf(w.words[0], w.type, (form) => byKey.get(key([form])), (j2) => work[j2].type);
      if (j !== undefined && j !== i) uf.union(i, j);
    }
    const known = w.type === 'PLACE' && w.words.length === 1 ? knownPlace(w.words[0]) : w.type === 'PLACE' || w.type === 'ORG' ? (knownPhrase(w.words)?.name ?? null) : null;
    if (known === null) return;
    const k = byKnown.get(`${w.type}:${known}`);
    if (k === undefined) byKnown.set(`${w.type}:${known}`, i);
    else uf.union(i, k);
  });
  // Name parts → full names: a mention whose words are a tail of a person's full name ("Peskov",
  // "Lula da Silva") joins the nearest preceding full name that fits (the following one if none).
  // Full names indexed by each of their tails (in order of position), so the lookup is linear.
  const byTail = new Map<string, number[]>();
  const byInner = new Map<string, number[]>();
  // A multi-word name the tagger typed otherwise still counts as a person's full name when its last
  // word is tagged as a person on its own elsewhere ("Volodymyr Zelensky" read as ORG, "Zelensky" PER).
  const personWords = new Set(work.filter((w) => w.type === 'PERSON' && w.words.length === 1 && !w.derived).map((w) => key(w.words)));
  work.forEach((f, fi) => {
    if (f.words.length < 2 || f.type === 'NORP') return;
    if (f.type !== 'PERSON' && !personWords.has(key(f.words.slice(-1)))) return;
    for (let j = 1; j < f.words.length - 1; j++) {
      if (!isCapitalised(f.words[j]) || f.words[j].length < 3) continue; // particles: "da", "van", "bin"
      const list = byInner.get(key([f.words[j]])) ?? [];
      list.push(fi);
      byInner.set(key([f.words[j]]), list);
    }
    for (let len = 1; len < f.words.length; len++) {
      const k = key(f.words.slice(f.words.length - len));
      const list = byTail.get(k) ?? [];
      list.push(fi);
      byTail.set(k, list);
    }
  });
  work.forEach((w, i) => {
    // A surname the tagger typed as a place or organisation still names the person when the article
    // gives that person's full name.
    if (w.type === 'NORP') return;
    if (w.type !== 'PERSON' && w.words.length > 1) return;
    let candidates = byTail.get(key(w.words));
    // A surname in another case ("Пескова", "Садовому") joins a full name whose surname is its
    // nominative, for that full name's gender (so "Лаврова" joins Сергей Лавров, not a woman's name).
    if (candidates === undefined && w.words.length === 1) {
      const forms = surnameFormOf(w.words[0], (surname) => (byTail.get(key([surname])) ?? []).map((fi) => work[fi].words));
      if (forms !== null) candidates = byTail.get(key([forms]))!.filter((fi) => surnameFormOf(w.words[0], () => [work[fi].words]) === forms);
      if (candidates !== undefined && candidates.length === 0) candidates = undefined;
    }
    if (candidates === undefined) {
      // A single inner word of exactly one full name ("Lula" of "Luiz Inácio Lula da Silva").
      const inner = w.words.length === 1 ? byInner.get(key(w.words)) : undefined;
      if (inner === undefined || new Set(inner.map((fi) => key(work[fi].words))).size !== 1) return;
      candidates = inner;
    }
    // Nearest full name at or before the mention (binary search over positions), else the first after.
    let lo = 0;
    let hi = candidates.length - 1;
    let best = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (work[candidates[mid]].start <= w.start) {
        best = candidates[mid];
        lo = mid + 1;
      } else hi = mid - 1;
    }
    uf.union(i, best >= 0 ? best : candidates[0]);
  });
  // Acronyms → expansions: "Northern Trade Council (NTC)", or a unique name whose initials match.
  const endingAt = new Map<number, number>();
  const byInitials = new Map<string, Map<string, number>>();
  work.forEach((x, xi) => {
    if (x.words.length < 2) return;
    if (!endingAt.has(x.tokEnd)) endingAt.set(x.tokEnd, xi);
    if (x.type === 'PERSON') return;
    for (const ini of initials(x.words)) {
      const names = byInitials.get(ini) ?? new Map<string, number>();
      if (!names.has(key(x.words))) names.set(key(x.words), xi);
      byInitials.set(ini, names);
    }
  });
  work.forEach((w, i) => {
    if (w.words.length !== 1 || !isAcronym(w.words[0])) return;
    const letters = w.words[0].replace(/[.&]/g, '');
    const open = tokens[w.tokStart - 1];
    const prevIndex = endingAt.get(w.tokStart - 1);
    if (open?.text === '(' && prevIndex !== undefined && initials(work[prevIndex].words).includes(letters)) {
      uf.union(i, prevIndex);
      return;
    }
    const names = byInitials.get(letters);
    if (names === undefined) return;
    const roots = new Set<number>();
    for (const xi of names.values()) roots.add(uf.find(xi));
    if (roots.size === 1) uf.union(i, [...roots][0]);
  });

  // One person under two spellings of the given name ("Volodymyr Zelensky", later "Vladimir
  // Zelensky"): full names with the same last word join when the name matcher's variant tables say
  // the given names are one (a different given name is a different person: "Ivanka Trump").
  const fullBySurname = new Map<string, number[]>();
  work.forEach((w, i) => {
    if (w.type !== 'PERSON' || w.words.length < 2 || w.name !== undefined) return;
    const k = key(w.words.slice(-1)).toLowerCase();
    const list = fullBySurname.get(k);
    if (list === undefined) fullBySurname.set(k, [i]);
    else list.push(i);
  });
  for (const list of fullBySurname.values()) {
    for (let a = 1; a < list.length; a++) {
      for (let b = 0; b < a; b++) {
        const x = work[list[a]];
        const y = work[list[b]];
        if (uf.find(list[a]) === uf.find(list[b]) || key(x.words) === key(y.words)) continue;
        if (matchNames(x.words.join(' '), y.words.join(' '), { type: 'PERSON' }).match) uf.union(list[a], list[b]);
      }
    }
  }

  // 4. Entities from groups.
  const groups = new Map<number, number[]>();
  work.forEach((_, i) => {
    const r = uf.find(i);
    const g = groups.get(r) ?? [];
    g.push(i);
    groups.set(r, g);
  });
  interface Draft {
    members: number[];
    type: string;
    name: string;
    roles: string[];
    roleHeads: Set<string>;
    extra: Mention[];
  }
  const drafts: Draft[] = [];
  const draftOf = new Int32Array(work.length);
  const inCapitals = (w: Working): boolean => isAllCaps(text.slice(w.start, w.end));
  for (const members of groups.values()) {
    const votes = new Map<string, number>();
    let longest = work[members[0]];
    for (const i of members) {
      const w = work[i];
      // Tagger decisions count more than repeats; full person names settle the type.
      const weight = (w.derived ? 0.5 : 1) + (w.type === 'PERSON' && w.words.length > 1 ? 2 : 0);
      votes.set(w.type, (votes.get(w.type) ?? 0) + weight);
      if (w.words.length > longest.words.length || (w.words.length === longest.words.length && w.end - w.start > longest.end - longest.start)) longest = w;
      // As long a writing in mixed case names it over one in capitals (a dateline's "SOLVYN").
      else if (w.words.length === longest.words.length && w.end - w.start === longest.end - longest.start && inCapitals(longest) && !inCapitals(w)) longest = w;
    }
    const type = [...votes.entries()].sort((a, b) => b[1] - a[1] || (a[0] === longest.type ? -1 : b[0] === longest.type ? 1 : 0))[0][0];
    const written = cyrillicName(members.map((i) => ({ words: work[i].words, text: text.slice(work[i].start, work[i].end).replace(/\s+/g, ' ') })), longest.words, type) ?? text.slice(longest.start, longest.end).replace(/\s+/g, ' ');
    const given = members.map((i) => work[i].name).find((n) => n !== undefined);
    // "the US" alone still names the United States (a PERSON is never renamed).
    const name = given ?? (type === 'PERSON' ? written : SHORT_FORM_NAMES.get(written) ?? written);
    for (const i of members) draftOf[i] = drafts.length;
    drafts.push({ members, type, name, roles: [], roleHeads: new Set(), extra: [] });
  }

  // 5. Roles next to person mentions.
  const mentionAt = new Int32Array(tokens.length).fill(-1);
  work.forEach((w, i) => mentionAt.fill(i, w.tokStart, w.tokEnd));
  const ctx: RoleContext = {
    text, tokens, sentenceOf, mentionAt,
    mentions: work.map((w, i) => ({ tokStart: w.tokStart, tokEnd: w.tokEnd, isPerson: drafts[draftOf[i]].type === 'PERSON' })),
  };
  const roleSpans: { start: number; end: number }[] = [];
  work.forEach((w, i) => {
    const d = drafts[draftOf[i]];
    if (d.type !== 'PERSON') return;
    for (const r of [roleBefore(ctx, w.tokStart), roleAfter(ctx, w.tokEnd)]) {
      if (r === null) continue;
      roleSpans.push(r);
      if (!d.roles.some((x) => x.toLowerCase() === r.text.toLowerCase())) d.roles.push(r.text);
      d.roleHeads.add(r.head);
    }
  });

  // 6. Definite descriptions: "the spokesman" after the article gave that role to one person only.
  const inRoleTok = new Uint8Array(tokens.length);
  for (const r of roleSpans) inRoleTok.fill(1, tokenAt(tokens, r.start), tokenAt(tokens, r.end - 1) + 1);
  const firstStart = new Map<Draft, number>();
  for (const d of drafts) {
    let first = Infinity;
    for (const m of d.members) first = Math.min(first, work[m].start);
    firstStart.set(d, first);
  }
  const holders = new Map<string, Draft[]>();
  for (const d of drafts) {
    for (const h of d.roleHeads) {
      const list = holders.get(h) ?? [];
      list.push(d);
      holders.set(h, list);
    }
  }
  for (let i = 0; i < tokens.length; i++) {
    const the = tokens[i].text;
    if (the.length !== 3 || (the !== 'the' && the !== 'The' && the !== 'THE') || mentionAt[i] >= 0) continue;
    // "the [modifiers|names] HEAD", with the head not followed by a name (that would be a title).
    let k = i + 1;
    while (k < tokens.length && sentenceOf[k] === sentenceOf[i] && k - i <= 6) {
      let h = headEndingAt(tokens, k);
      if (h !== null && h.start > i) {
        // Prefer the longest head starting here: "the secretary of state", not "the secretary".
        for (let k2 = k + 1; k2 <= k + 3 && k2 < tokens.length && sentenceOf[k2] === sentenceOf[i]; k2++) {
          const longer = headEndingAt(tokens, k2);
          if (longer !== null && longer.start === h.start) {
            h = longer;
            k = k2;
          }
        }
        const owners = holders.get(h.head);
        const next = mentionAt[k + 1] ?? -1;
        const start = tokens[i].start;
        let end = tokens[k].end;
        // "the press secretary of the Russian President": take the "of" phrase along.
        if (low(tokens[k + 1]) === 'of' && low(tokens[k + 2]) === 'the') {
          let j = k + 3;
          while (j < tokens.length && sentenceOf[j] === sentenceOf[i] && j - k < 8) {
            const hj = headEndingAt(tokens, j);
            if (hj !== null) {
              end = tokens[j].end;
              break;
            }
            if (mentionAt[j] < 0 && !ROLE_MODIFIERS.has(low(tokens[j]))) break;
            j++;
          }
        }
        let inRole = true;
        for (let x = h.start; x <= k && inRole; x++) if (!inRoleTok[x]) inRole = false;
        // Names inside the description ("the American leader") must agree with the holder's roles.
        const descNames = tokens.slice(i + 1, k).filter((t) => isCapitalised(t.text)).map((t) => t.text.toLowerCase());
        const agrees = (d: Draft): boolean => descNames.every((n) => d.roles.some((r) => r.toLowerCase().includes(n)));
        if (owners !== undefined && owners.length === 1 && agrees(owners[0]) && !inRole && (next < 0 || drafts[draftOf[next]].type !== 'PERSON')) {
          const d = owners[0];
          const first = firstStart.get(d) ?? 0;
          // Only after the person was introduced.
          if (start > first) d.extra.push({ start, end, text: text.slice(start, end) });
        }
        break;
      }
      const w = low(tokens[k]);
      if (mentionAt[k] < 0 && !ROLE_MODIFIERS.has(w) && !SINGLE_HEADS.has(w)) break;
      k++;
    }
  }

  // 6b. Leaders named by office alone ("Finland's President said"): the office's holder on the
  //     article's date, the article's own mention of that person if it names them elsewhere.
  const typed = work.map((w, i) => ({ tokStart: w.tokStart, tokEnd: w.tokEnd, type: drafts[draftOf[i]].type }));
  for (const o of findOfficeMentions(tokens, typed, options.date ?? null)) {
    if (typed.some((w) => w.type === 'PERSON' && w.tokStart < o.tokEnd && w.tokEnd > o.tokStart)) continue;
    const mention = { start: o.start, end: o.end, text: text.slice(o.start, o.end) };
    let d = drafts.find((x) => x.type === 'PERSON' && matchNames(x.name, o.holder, { type: 'PERSON' }).match);
    if (d === undefined) {
      d = { members: [], type: 'PERSON', name: o.holder, roles: [], roleHeads: new Set(), extra: [] };
      drafts.push(d);
    }
    d.extra.push(mention);
    if (!d.roles.some((r) => r.toLowerCase() === mention.text.toLowerCase())) d.roles.push(mention.text);
  }

  // 7. Output in order of first mention.
  const entities = drafts.map((d) => {
    const seen = new Set<string>();
    const mentions: Mention[] = [];
    for (const m of [...d.members.map((i) => ({ start: work[i].start, end: work[i].end, text: text.slice(work[i].start, work[i].end) })), ...d.extra]) {
      const k = `${m.start}:${m.end}`;
      if (seen.has(k)) continue;
      seen.add(k);
      mentions.push(m);
    }
    mentions.sort((a, b) => a.start - b.start || a.end - b.end);
    return { name: d.name, type: d.type, mentions, roles: d.roles };
  });
  entities.sort((a, b) => a.mentions[0].start - b.mentions[0].start);
  return entities.map((e, i) => ({ id: `e${i + 1}`, name: e.name, type: e.type, mentions: e.mentions, roles: e.roles }));
}

function low(t: { text: string } | undefined): string {
  return t === undefined ? '' : t.text.toLowerCase();
}
