import { MONTHS } from './lang/en/months.js';
import { NOT_NAMES, STOPWORDS } from './lang/en/stopwords.js';
import type { ClusterArticle } from './cluster-article.js';

/**
 * The raw features of one article, before IDF weighting: feature key → zone-weighted count. Keys are
 * namespaced so that one sparse vector holds every signal and an explanation can say which kind matched:
 * `t:` word, `b:` word pair, `e:` entity (or capitalised phrase), `p:` place, `d:` date mentioned.
 */
export interface ArticleFeatures {
  counts: Map<string, number>;
  /** Publication day (days since 1970-01-01, UTC), or null. */
  day: number | null;
  /**
   * When the article is about, as a day range: the publication day when known; otherwise inferred from the
   * latest year the text states (the whole year). Null when nothing says.
   */
  time: { from: number; to: number; source: 'published' | 'text-year' } | null;
  /** Whether entities came from the input (`input`) or from capitalised phrases (`phrases`). */
  entitySource: 'input' | 'phrases';
  /**
   * The `e:` keys that name a person (the entity stage typed them PERSON: the full name and its last
   * word). Empty for capitalised phrases, which carry no type.
   */
  persons: Set<string>;
}

/** Zone weights: a word in the title counts `title` times, in the lead `lead` times, in the body once. */
export interface ZoneWeights {
  title: number;
  lead: number;
  /** Characters of body text that count as the lead. */
  leadChars: number;
}

/** Defaults: the title counts three times and the lead twice, as in the zone weighting of news retrieval; not tuned. */
export const DEFAULT_ZONES: ZoneWeights = { title: 3, lead: 2, leadChars: 400 };

const WORD = /\p{L}[\p{L}\p{N}'’]*|\p{N}+(?:[.,]\p{N}+)*/gu;
const URLISH = /\b(?:https?:\/\/|www\.)\S+|[\w.+-]+@[\w-]+\.[\w.-]+/gu;
const PHRASE =
  /\p{Lu}[\p{L}'’.-]*(?:\s+(?:(?:of|de|del|da|la|le|van|von|bin|al|el|du)\s+)?\p{Lu}[\p{L}'’.-]*)*/gu;
const MONTH_NAMES = Object.keys(MONTHS).join('|');
const MONTH_DAY = new RegExp(`\\b(${MONTH_NAMES})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?\\s+(\\d{4})\\b)?`, 'giu');
const DAY_MONTH = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(${MONTH_NAMES})\\b\\.?(?:,?\\s+(\\d{4})\\b)?`, 'giu');
const MONTH_YEAR = new RegExp(`\\b(${MONTH_NAMES})\\.?,?\\s+(\\d{4})\\b`, 'giu');
const YEAR = /\b(19[5-9]\d|20[0-4]\d)\b/g;
const ISO_DAY = /^(\d{4})-(\d{2})(?:-(\d{2}))?/;

/** Days since 1970-01-01 (UTC) of an ISO date or date-time, or null when it does not parse. */
export function isoToDay(iso: string | null | undefined): number | null {
  if (typeof iso !== 'string') return null;
  const m = ISO_DAY.exec(iso.trim());
  if (!m) return null;
  const ms = Date.UTC(Number(m[1]), Number(m[2]) - 1, m[3] ? Number(m[3]) : 1);
  return Number.isFinite(ms) ? Math.floor(ms / 86400000) : null;
}

/** Lower-cases a word and strips possessives and regular plurals, so "shootings"/"shooting" and "Smith's"/"Smith" meet. */
export function normaliseWord(word: string): string {
  let w = word.toLowerCase();
  if (w.includes('’')) w = w.replace(/’/g, "'");
  if (w.endsWith("'s")) w = w.slice(0, -2);
  else if (w.endsWith("'")) w = w.slice(0, -1);
  const n = w.length;
  if (n > 4 && w.endsWith('ies')) return w.slice(0, -3) + 'y';
  if (n > 3 && w.charCodeAt(n - 1) === 115 /* s */) {
    const before = w.charCodeAt(n - 2);
    // Not "ss", "us", "is", "ys": glass, virus, crisis, days stay as they are.
    if (before !== 115 && before !== 117 && before !== 105 && before !== 121) return w.slice(0, -1);
  }
  return w;
}

function add(counts: Map<string, number>, key: string, weight: number): void {
  counts.set(key, (counts.get(key) ?? 0) + weight);
}

function addWords(counts: Map<string, number>, text: string, weight: number): void {
  let previous: string | null = null;
  for (const match of text.replace(URLISH, ' ').matchAll(WORD)) {
    const raw = match[0];
    let lower = raw.toLowerCase();
    if (lower.includes('’')) lower = lower.replace(/’/g, "'");
    if (lower.length < 2 || STOPWORDS.has(lower)) {
      previous = null;
      continue;
    }
    const word = normaliseWord(raw);
    add(counts, 't:' + word, weight);
    if (previous !== null) add(counts, 'b:' + previous + ' ' + word, weight);
    previous = word;
  }
}

/** Normalised key of a name: lower case, no possessive, single spaces. */
export function nameKey(name: string): string {
  return name
    .toLowerCase()
    .replace(/’/g, "'")
    .replace(/'s\b/g, '')
    .replace(/[.]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Capitalised phrases as stand-in entities: runs of capitalised words ("Bernard Gillis", "Cerise Avenue"),
 * with sentence openers, days, months and titles stripped from the edges. A multi-word name also yields its
 * last word, which is how later mentions refer to a person ("Gillis").
 */
export function capitalisedPhrases(text: string): string[] {
  const out: string[] = [];
  for (const match of text.replace(URLISH, ' ').matchAll(PHRASE)) {
    let words = match[0].split(/\s+/);
    while (words.length > 0 && NOT_NAMES.has(nameKey(words[0]))) words = words.slice(1);
    while (words.length > 0 && NOT_NAMES.has(nameKey(words[words.length - 1]))) words = words.slice(0, -1);
    if (words.length === 0 || words.length > 5) continue;
    const key = nameKey(words.join(' '));
    if (key.length < 2 || STOPWORDS.has(key)) continue;
    out.push(key);
    if (words.length > 1) {
      const last = nameKey(words[words.length - 1]);
      if (last.length > 2 && !STOPWORDS.has(last) && !NOT_NAMES.has(last)) out.push(last);
    }
  }
  return out;
}

function pad(n: number): string {
  return n < 10 ? '0' + n : String(n);
}

/**
 * Dates written in the text, as `d:` keys at day and month resolution (`d:2013-07-26`, `d:2013-07`) and
 * `d:` years. A day without a year takes the publication year, or the year before when that would put it
 * more than a month after publication (news reports the past).
 */
export function textDates(text: string, published: number | null): string[] {
  const out: string[] = [];
  const pubDate = published === null ? null : new Date(published * 86400000);
  const resolveYear = (month: number, day: number): number | null => {
    if (!pubDate) return null;
    const year = pubDate.getUTCFullYear();
    const candidate = Date.UTC(year, month - 1, day) / 86400000;
    return candidate - (published as number) > 31 ? year - 1 : year;
  };
  const push = (month: number, day: number | null, yearText: string | undefined) => {
    const year = yearText ? Number(yearText) : day !== null ? resolveYear(month, day) : null;
    if (year === null) {
      out.push(`d:*-${pad(month)}${day !== null ? '-' + pad(day) : ''}`);
      return;
    }
    out.push(`d:${year}-${pad(month)}`);
    if (day !== null && day >= 1 && day <= 31) out.push(`d:${year}-${pad(month)}-${pad(day)}`);
  };
  for (const m of text.matchAll(MONTH_DAY)) push(MONTHS[m[1].toLowerCase()], Number(m[2]), m[3]);
  for (const m of text.matchAll(DAY_MONTH)) push(MONTHS[m[2].toLowerCase()], Number(m[1]), m[3]);
  for (const m of text.matchAll(MONTH_YEAR)) push(MONTHS[m[1].toLowerCase()], null, m[2]);
  for (const m of text.matchAll(YEAR)) out.push('d:' + m[1]);
  return out;
}

/** Options of feature extraction. */
export interface FeatureOptions {
  zones: ZoneWeights;
  /** Paragraphs to leave out (site boilerplate found by the caller), as indexes into `paragraphs(text)`. */
  skipParagraphs?: ReadonlySet<number>;
}

/** The paragraphs of a text: blank-line or line-break separated, trimmed, empty ones dropped. */
export function paragraphs(text: string): string[] {
  return text
    .split(/\n+/)
    .map((p) => p.trim())
    .filter((p) => p.length > 0);
}

/** Extracts the raw features of one article. Pure: same article and options, same features. */
export function extractFeatures(article: ClusterArticle, options: FeatureOptions = { zones: DEFAULT_ZONES }): ArticleFeatures {
  const counts = new Map<string, number>();
  const zones = options.zones;
  const day = isoToDay(article.published);
  const title = typeof article.title === 'string' ? article.title : '';
  const paras = paragraphs(typeof article.text === 'string' ? article.text : '');
  const kept = options.skipParagraphs ? paras.filter((_, i) => !options.skipParagraphs!.has(i)) : paras;
  let lead = '';
  let bodyStart = 0;
  while (bodyStart < kept.length && lead.length < zones.leadChars) lead += (lead ? '\n' : '') + kept[bodyStart++];
  const body = kept.slice(bodyStart).join('\n');
  if (title) addWords(counts, title, zones.title);
  addWords(counts, lead, zones.lead);
  addWords(counts, body, 1);

  const entitySource = article.entities && article.entities.length > 0 ? 'input' : 'phrases';
  const persons = new Set<string>();
  const entityWeight = (zone: number) => zone;
  if (entitySource === 'input') {
    for (const entity of article.entities!) {
      if (typeof entity?.name !== 'string') continue;
      const key = nameKey(entity.name);
      if (!key) continue;
      const prefix = entity.type === 'PLACE' || entity.type === 'GPE' || entity.type === 'LOC' ? 'p:' : 'e:';
      // Weighted by how often the article names it, as words and capitalised phrases are: an entity
      // named once in passing weighs less than the one the article is about.
      const weight = Math.max(1, entity.mentions ?? 1);
      add(counts, prefix + key, weight);
      const parts = key.split(' ');
      if (entity.type === 'PERSON') {
        persons.add('e:' + key);
        if (parts.length > 1) {
          add(counts, 'e:' + parts[parts.length - 1], weight);
          persons.add('e:' + parts[parts.length - 1]);
        }
      }
    }
  } else {
    if (title) for (const key of capitalisedPhrases(title)) add(counts, 'e:' + key, entityWeight(zones.title));
    for (const key of capitalisedPhrases(lead)) add(counts, 'e:' + key, entityWeight(zones.lead));
    for (const key of capitalisedPhrases(body)) add(counts, 'e:' + key, 1);
  }
  for (const place of article.places ?? []) {
    if (typeof place === 'string' && place.trim()) add(counts, 'p:' + nameKey(place), 1);
  }
  const dateKeys = article.dates && article.dates.length > 0 ? isoDateKeys(article.dates) : textDates(title + '\n' + kept.join('\n'), day);
  for (const key of dateKeys) add(counts, key, 1);
  return { counts, day, time: estimateTime(day, dateKeys), entitySource, persons };
}

/**
 * The time an article is about: its publication day; else, inferred from the text, the latest year it
 * states (the whole year). An undated report states the dates of what it reports, and its own time is
 * in or after the latest of them; a stated day or month is often that of an earlier happening (on the
 * ECB+ train topics a day- or month-wide time scored below the year: B³ 0.891 against 0.900).
 * Null when the text states no year.
 */
export function estimateTime(day: number | null, dateKeys: string[]): ArticleFeatures['time'] {
  if (day !== null) return { from: day, to: day, source: 'published' };
  let latest: number | null = null;
  for (const key of dateKeys) {
    const m = STATED_YEAR.exec(key);
    if (m && (latest === null || Number(m[1]) > latest)) latest = Number(m[1]);
  }
  if (latest === null) return null;
  return { from: Math.floor(Date.UTC(latest, 0, 1) / 86400000), to: Math.floor(Date.UTC(latest, 11, 31) / 86400000), source: 'text-year' };
}

/** A `d:` key with a year: `d:2011`, `d:2011-05`, `d:2011-05-03` (not `d:*-05-03`). */
const STATED_YEAR = /^d:(\d{4})(?:-\d{2}(?:-\d{2})?)?$/;

function isoDateKeys(values: string[]): string[] {
  const out: string[] = [];
  for (const value of values) {
    if (typeof value !== 'string') continue;
    const m = ISO_DAY.exec(value);
    if (m) {
      out.push(`d:${m[1]}-${m[2]}`);
      if (m[3]) out.push(`d:${m[1]}-${m[2]}-${m[3]}`);
      out.push(`d:${m[1]}`);
    } else if (/^\d{4}$/.test(value)) out.push('d:' + value);
  }
  return out;
}
