import type { ArticleEntity, Mention, Quote, Span } from '../../article.js';
import { NAME_TITLES, NOT_NAMES, ROLE_WORDS, DETERMINERS } from './lang/en/cue-words.js';
import { ORG_WORDS } from './lang/en/org-words.js';
import { DEMONYMS } from '../entities/lang/en/demonyms.js';
import { tokenizeQuoteText, type QuoteToken } from './tokenize-quote-text.js';

/** What the resolver needs to know about one quote. */
export interface SpeakerRef {
  /** The speaker noun phrase as written, or null for a quote with no cue. */
  source: Span | null;
  paragraph: number;
  inherit: 'previous' | 'next' | null;
  /** The quote continues one left open in the previous paragraph. */
  continued: boolean;
  /** Start of the quote content. */
  start: number;
  /** End of the quote content, when known: where a following sentence may name who made the statement. */
  end?: number;
  /** The source is a transcript turn's label ("CASTELLAN: …"): written in capitals, it names the person in title case. */
  label?: boolean;
}

/** The resolved speaker of a quote, as stored on `Quote`. */
export type Speaker = NonNullable<Quote['speaker']>;

/** A capitalised name sequence found in the text, with the role words written next to it. */
interface NameRun {
  start: number;
  end: number;
  /** The name without titles ("President Ada Volk" → "Ada Volk"). */
  name: string;
  /** Lowercased role and title words written before it or in an appositive after it. */
  roles: Set<string>;
  isPerson: boolean;
  isSubject: boolean;
  paragraph: number;
  /** Inside quotation marks: the speaker's words, not the narrative, so never an antecedent. */
  inQuote: boolean;
}

interface Resolved {
  speaker: Speaker;
  isPerson: boolean;
  position: number;
}

const PRONOUNS_PERSON = new Set(['he', 'she', 'i']);
/** Role nouns of one person (not of a body or a group). */
const PERSON_ROLES = new Set([
  'spokesman', 'spokeswoman', 'spokesperson', 'representative', 'secretary', 'minister', 'president',
  'chancellor', 'premier', 'senator', 'congressman', 'congresswoman', 'governor', 'mayor', 'chief',
  'director', 'official', 'ambassador', 'envoy', 'diplomat', 'adviser', 'advisor', 'aide', 'leader',
  'chairman', 'chairwoman', 'candidate', 'nominee', 'prosecutor', 'judge', 'lawyer', 'attorney',
  'commander', 'general', 'officer', 'sheriff', 'executive', 'founder', 'analyst', 'expert', 'critic',
  'economist', 'professor', 'author', 'head', 'boss', 'manager', 'coach', 'billionaire', 'businessman',
  'businesswoman', 'politician', 'lawmaker', 'democrat', 'republican', 'senior', 'veteran', 'actor',
  'actress', 'singer', 'star', 'owner', 'mogul', 'tycoon', 'frontrunner', 'front-runner', 'incumbent',
]);
const PRONOUNS_GROUP = new Set(['they', 'we', 'it']);
/** Possessive pronouns and the subject pronoun each stands for ("In her view, …": the source "her" is read as "she"). */
export const POSSESSIVE_AS_SUBJECT: ReadonlyMap<string, string> = new Map([['his', 'he'], ['her', 'she'], ['their', 'they'], ['my', 'i'], ['our', 'we']]);
/** Role heads of the one who speaks for a body: "a ministry official" is its spokesperson. */
const VOICE_ROLES = new Set(['spokesman', 'spokeswoman', 'spokesperson', 'representative', 'official']);
/** Role heads a description with "leader" may mean: the head of a state or government. */
/** Modifiers of a description that say how senior, not whose: left out when matching roles. */
const VAGUE_MODIFIERS = new Set(['senior', 'top', 'high-ranking', 'unnamed', 'anonymous', 'former', 'current', 'new']);
/**
 * A source that names no one: "Reports indicate …", "Unconfirmed media reports said …", "Rumours
 * have it …". The words stay the finding's source; the statement has no speaker.
 */
const UNATTRIBUTED_SOURCE = /^(?:(?:some|several|many|numerous|other|recent|earlier|initial|early|unconfirmed|unverified|conflicting|media|press|news|local)\s+)*(?:reports|rumou?rs|speculation)$/i;
/** Heads of a source phrase that is a poll or survey (the extractor's "in a poll" rule; `resolveOne`: a poll speaks for whoever ran it). */
export const POLL_HEADS: ReadonlySet<string> = new Set(['poll', 'polls', 'polling', 'survey', 'surveys']);

/**
 * The sentence after a statement saying who made it: "… . The announcement was delivered by Ada
 * Volk, …", "The remarks came from the minister." The match ends where that speaker's phrase begins.
 */
const MADE_BY_NEXT = /^[^.!?\n]{0,240}?[.!?][”"’)]*\s+(?:(?:this|that|these|those|the)\s+(?:statements?|remarks?|comments?|words|announcements?|assessments?|messages?)|this|that)\s+(?:(?:was|were|had\s+been)\s+(?:made|delivered|issued|voiced|given|expressed|announced|stated|said)\s+by|came\s+from)\s+(?=\S)/iu;

/** Where the phrase naming that speaker ends: a comma or stop, or a preposition or clause opening a modifier. */
const MADE_BY_END = /[,.;:!?\n]|\s(?:during|at|on|in|after|before|while|when|as|to|from|with|who|amid)\b/iu;

/** The word before a dot that is an initial or a title's abbreviation, not a sentence's last word. */
const ABBREVIATION_BEFORE = /(?:^|[^\p{L}])(?:\p{Lu}|Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Capt|Sgt|Prof|Rev|St|Jr|Sr)$/u;

const LEADER_ROLES = new Set(['leader', 'president', 'premier', 'chancellor', 'king', 'queen']);

/** Country of a modifier: a demonym ("Norwegian"), a country name or its initials ("US", "U.S."). */
const COUNTRY_KEYS: ReadonlyMap<string, string> = (() => {
  const m = new Map<string, string>();
  for (const [demonym, country] of DEMONYMS) {
    const c = country.toLowerCase();
    m.set(demonym, c);
    m.set(c, c);
    const words = c.split(/\s+/).filter((w) => w !== 'of' && w !== 'and');
    if (words.length > 1) m.set(words.map((w) => w[0]).join(''), c);
  }
  return m;
})();
function countryKey(w: string): string | undefined {
  return COUNTRY_KEYS.get(w.replace(/\./g, '').replace(/['’]s$/, ''));
}
/** A description's modifier matches a role word: the same word, or the same country ("British", "UK", "U.K."). */
function sameModifier(m: string, w: string): boolean {
  if (m === w) return true;
  const a = countryKey(m);
  return a !== undefined && a === countryKey(w);
}
/**
 * A description's head matches a role head: the same word; or, when the description names whose
 * role it is, a spokesperson for "representative"/"official" ("a ministry official" is the
 * ministry's spokeswoman) and a head of state or government for "leader".
 */
function sameHead(head: string, roleHead: string, roleWords: readonly string[], qualified: boolean): boolean {
  if (head === roleHead) return true;
  if (!qualified) return false;
  const voice = (h: string): boolean => VOICE_ROLES.has(h) || ((h === 'secretary' || h === 'officer') && roleWords.includes('press'));
  if (voice(head) && voice(roleHead)) return true;
  return head === 'leader' && (LEADER_ROLES.has(roleHead) || (roleHead === 'minister' && roleWords.includes('prime')));
}
const PARTICLES = new Set(['de', 'van', 'von', 'bin', 'al', 'la', 'le', 'da', 'del', 'der', 'di', 'du', 'ibn']);

function paragraphIndex(paragraphs: readonly Span[], pos: number): number {
  let lo = 0;
  let hi = paragraphs.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (paragraphs[mid].start <= pos) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

function isRoleModifier(w: string): boolean {
  return /^(press|foreign|defen[cs]e|deputy|senior|chief|former|top|campaign|white|state|city|party)$/.test(w);
}

/** Prepositions that open a sentence capitalised ("Despite what they called …"): never a name, so never an antecedent. */
const OPENING_PREPOSITIONS = new Set(['despite', 'amid']);

function isNameWord(t: QuoteToken): boolean {
  return t.kind === 'w' && t.isCap && !NOT_NAMES.has(t.lower) && !OPENING_PREPOSITIONS.has(t.lower);
}

/** Strips leading titles and role words from a run of tokens; returns the index of the first name token. */
function firstNameToken(tokens: QuoteToken[], from: number, to: number): number {
  // The name starts after the last title or role word of the run ("Port Director Ada Volk",
  // "Ukraine's Foreign Minister Ada Volk"), as long as a name word is left.
  let start = from;
  for (let i = from; i < to; i++) {
    const w = tokens[i].lower;
    if (NAME_TITLES.has(w) || ROLE_WORDS.has(w) || w.endsWith("'s")) start = i + 1;
  }
  return start;
}

/** Finds capitalised name runs with the role words around them. */
function findNameRuns(text: string, paragraphs: readonly Span[], quoted: readonly Span[], paragraphTokens?: readonly QuoteToken[][]): NameRun[] {
  let qi = 0;
  const runs: NameRun[] = [];
  for (let p = 0; p < paragraphs.length; p++) {
    const tokens = paragraphTokens?.[p] ?? tokenizeQuoteText(text, paragraphs[p].start, paragraphs[p].end);
    for (let i = 0; i < tokens.length; i++) {
      if (!isNameWord(tokens[i])) continue;
      let j = i;
      while (j + 1 < tokens.length && (isNameWord(tokens[j + 1]) || (PARTICLES.has(tokens[j + 1].lower) && j + 2 < tokens.length && isNameWord(tokens[j + 2])))) j++;
      const f = firstNameToken(tokens, i, j);
      const nameTokens = tokens.slice(f, j + 1).filter((t) => !t.lower.endsWith("'s") || t === tokens[j]);
      const roles = new Set<string>();
      // Role words written right before the name ("Kremlin spokesman Ada Volk").
      for (let k = i - 1; k >= Math.max(0, i - 4); k--) {
        const t = tokens[k];
        if (t.kind !== 'w' || !(ROLE_WORDS.has(t.lower) || NAME_TITLES.has(t.lower) || t.isCap || isRoleModifier(t.lower))) break;
        roles.add(t.lower.replace(/\.$/, ''));
      }
      for (let k = i; k < f; k++) roles.add(tokens[k].lower.replace(/\.$/, ''));
      // Appositive closed by a comma or the sentence end: "Ada Volk, the city's spokeswoman, said".
      if (tokens[j + 1]?.text === ',') {
        const words: string[] = [];
        let closed = false;
        for (let k = j + 2; k < Math.min(tokens.length, j + 10); k++) {
          if (tokens[k].kind === 'p') {
            closed = /^[,.;:()—–]$/.test(tokens[k].text);
            break;
          }
          words.push(tokens[k].lower);
          if (k === tokens.length - 1) closed = true;
        }
        const opens = words.length > 0 && (DETERMINERS.has(words[0]) || words[0].endsWith("'s") || ROLE_WORDS.has(words[0]) || ROLE_WORDS.has(words[words.length - 1]));
        if (closed && opens && words.some((w) => ROLE_WORDS.has(w))) for (const w of words) roles.add(w);
      }
      const name = text.slice(nameTokens[0]?.start ?? tokens[i].start, tokens[j].end).replace(/['’]s$/, '');
      const words = nameTokens.map((t) => t.lower);
      const hasOrgWord = words.some((w) => ORG_WORDS.has(w));
      const titled = f > i || (i > 0 && NAME_TITLES.has(tokens[i - 1].lower));
      const prev = tokens[i - 1];
      const next = tokens[j + 1];
      const isSubject = (prev === undefined || /^[.!?,:;”"»]$/.test(prev.text) || prev.lower === 'and' || prev.lower === 'but') && next !== undefined && next.kind === 'w' && !next.isCap && next.lower !== 'and' && next.lower !== 'of';
      const runStart = tokens[i].start;
      while (qi < quoted.length && quoted[qi].end <= runStart) qi++;
      const inQuote = qi < quoted.length && quoted[qi].start <= runStart;
      runs.push({
        inQuote,
        start: nameTokens[0]?.start ?? tokens[i].start,
        end: tokens[j].end,
        name,
        roles,
        isPerson: !hasOrgWord && (nameTokens.length >= 2 || titled),
        isSubject,
        paragraph: p,
      });
      i = j;
    }
  }
  return runs;
}

function entityAt(entities: readonly ArticleEntity[], span: Span, headFirst = false): ArticleEntity | null {
  let best: ArticleEntity | null = null;
  let bestOverlap = 0;
  for (const e of entities) {
    for (const m of e.mentions) {
      if (m.field) continue; // a byline name, not in the text
      let overlap = Math.min(m.end, span.end) - Math.max(m.start, span.start);
      // A speaker phrase is headed by its last words: "Port Authority spokeswoman Ada Volk" is Volk.
      if (headFirst && overlap > 0 && m.end >= span.end) overlap += span.end - span.start;
      if (overlap > bestOverlap) {
        best = e;
        bestOverlap = overlap;
      }
    }
  }
  return best;
}

function entityByName(entities: readonly ArticleEntity[], name: string): ArticleEntity | null {
  const low = name.toLowerCase();
  for (const e of entities) {
    if (e.name.toLowerCase() === low) return e;
    if (e.mentions.some((m) => m.text.toLowerCase() === low)) return e;
  }
  return null;
}

/**
 * Resolves the speaker of each quote: a named speaker to its full name (a surname to the full name
 * written earlier), a pronoun to the subject-position person or last speaker before it, a
 * description ("the spokesman") to the person introduced with that role, an organisation to itself;
 * cue-less quotes inherit the speaker of the neighbouring quote in the same or the previous paragraph.
 * `entities`, when given, supplies ids and canonical names.
 */
export function resolveSpeakers(
  text: string,
  refs: readonly SpeakerRef[],
  paragraphs: readonly Span[],
  entities: readonly ArticleEntity[],
  quoted: readonly Span[] = [],
  paragraphTokens?: readonly QuoteToken[][],
): (Speaker | null)[] {
  if (refs.length === 0) return [];
  const runs = findNameRuns(text, paragraphs, quoted, paragraphTokens);
  const out: (Speaker | null)[] = new Array(refs.length).fill(null);
  const resolved: (Resolved | null)[] = new Array(refs.length).fill(null);
  const history: Resolved[] = [];

  const fromRun = (run: NameRun | null, mention: Mention): Resolved | null => {
    if (run === null) return null;
    const ent = entityAt(entities, run) ?? entityByName(entities, run.name);
    return {
      speaker: { name: ent?.name ?? run.name, entity: ent?.id ?? null, mention },
      isPerson: ent ? ent.type === 'PERSON' : run.isPerson,
      position: mention.start,
    };
  };

  // Index: for every proper word-suffix of a name ("Volk" of "Ada Volk"), the runs carrying it, in
  // text order, so "the latest earlier full name ending in Volk" is a binary search, not a scan.
  const bySuffix = new Map<string, number[]>();
  for (let k = 0; k < runs.length; k++) {
    const parts = runs[k].name.split(/\s+/);
    for (let p = 1; p < parts.length; p++) {
      const key = parts.slice(p).join(' ');
      const list = bySuffix.get(key);
      if (list) list.push(k);
      else bySuffix.set(key, [k]);
    }
  }
  /**
   * Where the sentence holding `pos` starts: after the last stop (".", "!", "?", closing marks after
   * it) and white space before a capital (an opening mark may come first: not "the U.S. officials"),
   * at or after `min`; else `min`.
   */
  const sentenceStart = (pos: number, min: number): number => {
    for (let k = pos - 1; k > min; k--) {
      if (!/\s/.test(text[k]) || !/[.!?”"’')]/.test(text[k - 1]) || !/^\s+[“"‘'(]?\p{Lu}/u.test(text.slice(k, k + 8))) continue;
      let j = k - 1;
      while (j > min && /[”"’')]/.test(text[j])) j--;
      // An initial or a title's abbreviation ends no sentence: "J. J. Price", "Sen. Volk".
      if (text[j] === '.' && ABBREVIATION_BEFORE.test(text.slice(Math.max(min, j - 6), j))) continue;
      if (/[.!?]/.test(text[j])) return k + 1;
    }
    return min;
  };
  /** Index of the last run starting before `pos` in `list` (indices into runs), or -1. */
  const lastBefore = (list: readonly number[] | null, pos: number): number => {
    let lo = 0;
    let hi = (list ? list.length : runs.length) - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const idx = list ? list[mid] : mid;
      if (runs[idx].start < pos) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found;
  };
  const expandSurname = (name: string, before: number): NameRun | null => {
    // "Volk" → the latest earlier full name ending in "Volk".
    const list = bySuffix.get(name.split(/\s+/).join(' '));
    if (!list) return null;
    const at = lastBefore(list, before);
    if (at < 0) return null;
    // Two people share the surname ("Bernie Sanders", "Jane Sanders"): the one named more often so
    // far is the one a bare surname means; on a tie, the latest.
    const counts = new Map<string, number>();
    for (let k = Math.max(0, at - 200); k <= at; k++) counts.set(runs[list[k]].name, (counts.get(runs[list[k]].name) ?? 0) + 1);
    let best = runs[list[at]];
    for (let k = at; k >= Math.max(0, at - 200); k--) {
      const r = runs[list[k]];
      if ((counts.get(r.name) ?? 0) > (counts.get(best.name) ?? 0)) best = r;
    }
    return best;
  };

  const antecedent = (pos: number, person: boolean): Resolved | null => {
    const para = paragraphIndex(paragraphs, pos);
    const last = lastBefore(null, pos);
    // The latest subject-position name or speaker in this or the previous two paragraphs wins; a
    // name only mentioned as an object ("… met Volk") does not take the pronoun.
    let bestRun: NameRun | null = null;
    for (let k = last; k >= 0 && runs[k].paragraph >= para - 2; k--) {
      const r = runs[k];
      if (!r.inQuote && r.isSubject && (r.isPerson === person || !person)) {
        bestRun = r;
        break;
      }
    }
    let lastSpeaker: Resolved | undefined;
    for (let k = history.length - 1; k >= 0 && k >= history.length - 50; k--) {
      if (history[k].position < pos && history[k].isPerson === person) {
        lastSpeaker = history[k];
        break;
      }
    }
    // "… after Ada Volk's remarks during her visit to Tarn, where she said …": a pronoun opening a
    // ", where/when" clause belongs to the one person its sentence names before it in the possessive.
    if (person && /,\s*(?:where|when)\s+$/i.test(text.slice(Math.max(0, pos - 12), pos))) {
      const from = sentenceStart(pos, paragraphs[para].start);
      const named: NameRun[] = [];
      for (let k = last; k >= 0 && runs[k].start >= from; k--) if (!runs[k].inQuote && runs[k].isPerson) named.push(runs[k]);
      if (named.length === 1 && (/['’]s$/.test(text.slice(named[0].start, named[0].end)) || /^['’]s\b/.test(text.slice(named[0].end, named[0].end + 3)))) {
        const full = expandSurname(named[0].name, named[0].start);
        return fromRun(full ?? named[0], { start: 0, end: 0, text: '' });
      }
    }
    if (bestRun !== null && (lastSpeaker === undefined || bestRun.start > lastSpeaker.position)) {
      const full = expandSurname(bestRun.name, bestRun.start);
      return fromRun(full ?? bestRun, { start: 0, end: 0, text: '' });
    }
    if (lastSpeaker !== undefined) return lastSpeaker;
    for (let k = last; k >= 0 && k >= last - 200; k--) {
      if (!runs[k].inQuote && runs[k].isPerson === person) return fromRun(runs[k], { start: 0, end: 0, text: '' });
    }
    return null;
  };

  /**
   * The one organisation that is the subject of the previous sentence or the one before it (in the
   * same paragraph or the previous one) of the sentence holding `pos`: an organisation entity's
   * mention (or, without entities, a capitalised name with an organisation word) opening the
   * sentence, after at most "the", with a lower-case word after it. Null when none or several.
   */
  const subjectOrganisation = (pos: number): { name: string; entity: string | null } | null => {
    const para = paragraphIndex(paragraphs, pos);
    // The sentence holding `pos` and the two before it, in this paragraph or the previous one, each
    // as [start, end), latest first.
    const sentences: [number, number][] = [];
    let p = para;
    let end = pos;
    while (sentences.length < 3 && p >= Math.max(0, para - 1)) {
      const start = sentenceStart(end, paragraphs[p].start);
      sentences.push([start, sentences.length === 0 ? pos : Math.min(end, paragraphs[p].end)]);
      if (start > paragraphs[p].start) end = start - 1;
      else if (--p >= 0) end = paragraphs[p].end;
    }
    const found = new Map<string, { name: string; entity: string | null }>();
    const opensSentence = (sentenceStart: number, from: number, to: number): boolean =>
      /^\s*(?:the\s+)?$/i.test(text.slice(sentenceStart, from)) && /^\s+\p{Ll}/u.test(text.slice(to, to + 3));
    for (const [from, to] of sentences.slice(1)) {
      if (entities.length > 0) {
        for (const e of entities) {
          if (e.type !== 'ORG') continue;
          for (const m of e.mentions) if (!m.field && m.start >= from && m.start < to && opensSentence(from, m.start, m.end)) found.set(e.id, { name: e.name, entity: e.id });
        }
      } else {
        for (let r = lastBefore(null, to); r >= 0 && runs[r].start >= from; r--) {
          const run = runs[r];
          if (!run.inQuote && run.name.split(/\s+/).some((w) => ORG_WORDS.has(w.toLowerCase())) && opensSentence(from, run.start, run.end)) found.set(run.name, { name: run.name, entity: null });
        }
      }
    }
    return found.size === 1 ? [...found.values()][0] : null;
  };

  const resolveOne = (ref: SpeakerRef): Resolved | null => {
    if (ref.source === null) return null;
    const mentionText = text.slice(ref.source.start, ref.source.end);
    const mention: Mention = { start: ref.source.start, end: ref.source.end, text: mentionText };
    const tokens = tokenizeQuoteText(text, ref.source.start, ref.source.end);
    // A possessive pronoun as the source ("In her view, …") stands for its antecedent as the subject one does.
    const low = POSSESSIVE_AS_SUBJECT.get(mentionText.toLowerCase()) ?? mentionText.toLowerCase();
    if (PRONOUNS_PERSON.has(low) || PRONOUNS_GROUP.has(low)) {
      const a = antecedent(ref.source.start, PRONOUNS_PERSON.has(low));
      if (a === null) return { speaker: { name: mentionText, entity: null, mention }, isPerson: PRONOUNS_PERSON.has(low), position: mention.start };
      return { speaker: { ...a.speaker, mention }, isPerson: a.isPerson, position: mention.start };
    }
    if (UNATTRIBUTED_SOURCE.test(mentionText)) return null;
    // A poll or survey speaks for whoever ran it: "a survey by the Harbour Institute" → the
    // institute, "the latest Gazette/Radio Norland poll" → "Gazette/Radio Norland". A poll that
    // names no one ("the poll", "exit polls", "a March survey") has no speaker.
    const pollAt = tokens.findIndex((t) => POLL_HEADS.has(t.lower));
    if (pollAt >= 0 && tokens.slice(0, pollAt).every((t) => t.kind === 'w' || /^[/&-]$/.test(t.text))) {
      const by = tokens.findIndex((t, i) => i > pollAt && (t.lower === 'by' || t.lower === 'from' || t.lower === 'for'));
      if (by > 0 && (isNameWord(tokens[by + 1] ?? tokens[by]) || (tokens[by + 1]?.lower === 'the' && tokens[by + 2] !== undefined && isNameWord(tokens[by + 2])))) {
        const runner = resolveOne({ ...ref, source: { start: tokens[by + 1].start, end: ref.source.end } });
        if (runner !== null) return { ...runner, speaker: { ...runner.speaker, mention } };
      }
      let i = 0;
      while (i < pollAt && !(isNameWord(tokens[i]) && !/['’]s$/.test(tokens[i].lower))) i++;
      let j = i;
      while (j + 1 < pollAt && (isNameWord(tokens[j + 1]) || /^[/&-]$/.test(tokens[j + 1].text)) && !/['’]s$/.test(tokens[j + 1].lower)) j++;
      if (i >= pollAt || !isNameWord(tokens[j])) return null;
      const span = { start: tokens[i].start, end: tokens[j].end };
      const ent = entityAt(entities, span);
      if (ent !== null && ent.type !== 'ORG' && ent.type !== 'PERSON') return null;
      const inside = ent !== null && ent.mentions.some((m) => m.start >= span.start && m.end <= span.end);
      return { speaker: { name: inside ? ent.name : text.slice(span.start, span.end), entity: inside ? ent.id : null, mention }, isPerson: false, position: mention.start };
    }
    // Bare "officials" right after sentences about one organisation speak for it (the mention stays).
    if (low === 'officials' || low === 'the officials') {
      const org = subjectOrganisation(ref.source.start);
      if (org !== null) return { speaker: { ...org, mention }, isPerson: false, position: mention.start };
    }
    // "the press secretary of the board, Ada Volk": the name in apposition.
    const comma = tokens.map((t) => t.text).lastIndexOf(',');
    if (comma > 0 && comma < tokens.length - 2 && tokens.slice(comma + 1).every((t) => isNameWord(t) || PARTICLES.has(t.lower))) {
      const named = resolveOne({ ...ref, source: { start: tokens[comma + 1].start, end: ref.source.end } });
      if (named !== null) return { ...named, speaker: { ...named.speaker, mention } };
    }
    // "Norland and its partners": the coordination speaks through its first conjunct.
    const and = tokens.findIndex((t) => t.lower === 'and');
    if (and > 0 && (tokens[and + 1]?.lower === 'its' || tokens[and + 1]?.lower === 'their')) {
      const first = resolveOne({ ...ref, source: { start: ref.source.start, end: tokens[and - 1].end } });
      if (first !== null) return { ...first, speaker: { ...first.speaker, mention } };
    }
    // The entities stage knows best when it covers the phrase.
    // "the press secretary of the Northern Federation": a role noun before "of" heads a description.
    const ofAt = tokens.findIndex((t) => t.lower === 'of' || t.lower === 'for');
    const isDescription = ofAt > 0 && tokens.slice(0, ofAt).some((t) => ROLE_WORDS.has(t.lower) || NAME_TITLES.has(t.lower)) && DETERMINERS.has(tokens[0].lower);
    const ent = entityAt(entities, ref.source, true);
    // "a Harbour Authority representative" names the authority's person, not the authority: a phrase
    // headed by a role noun after the organisation's name is a description.
    const last = tokens.filter((t) => t.kind === 'w').pop();
    const roleHeaded = ent?.type === 'ORG' && last !== undefined && !last.isCap && ROLE_WORDS.has(last.lower) && !ent.name.toLowerCase().split(/\s+/).includes(last.lower);
    // Such a description resolves to the person with that role at the organisation when the article
    // names one, else to the organisation.
    const orgOf = ent?.type === 'ORG' && (roleHeaded || isDescription) ? ent : null;
    if (ent !== null && (ent.type === 'PERSON' || ent.type === 'ORG') && orgOf === null) {
      return { speaker: { name: ent.name, entity: ent.id, mention }, isPerson: ent.type === 'PERSON', position: mention.start };
    }
    // The last capitalised run inside the phrase is the name ("Kremlin spokesman Ada Volk").
    let j = isDescription ? -1 : tokens.length - 1;
    while (j >= 0 && !isNameWord(tokens[j])) j--;
    // A name heads the phrase only when nothing but punctuation follows it ("Other candidates" and
    // "Hillary Clinton's campaign" are descriptions).
    if (j >= 0 && tokens.slice(j + 1).every((t) => t.kind === 'p')) {
      let i = j;
      while (i > 0 && (isNameWord(tokens[i - 1]) || PARTICLES.has(tokens[i - 1].lower))) i--;
      // "Senator Ada Volk of Norland": a person's name of two words or more before "of" is the name,
      // not the place after it (an organisation word keeps the whole: "the Bank of Norland").
      const orgWord = (from: number, to: number): boolean => tokens.slice(from, to + 1).some((t) => ORG_WORDS.has(t.lower));
      // Also "Ada Volk of the Norland Ledger" (the article may be written with a capital).
      const of = tokens[i - 1]?.lower === 'the' ? i - 2 : i - 1;
      if (of >= 2 && tokens[of].lower === 'of' && isNameWord(tokens[of - 1]) && !orgWord(i, j)) {
        let i2 = of - 1;
        while (i2 > 0 && (isNameWord(tokens[i2 - 1]) || PARTICLES.has(tokens[i2 - 1].lower))) i2--;
        const f2 = firstNameToken(tokens, i2, of - 1);
        if (of - 1 > f2 && !orgWord(i2, of - 1)) [i, j] = [i2, of - 1];
      }
      const f = firstNameToken(tokens, i, j);
      // "Norland's President": a title alone is a description, not a name.
      const allTitles = f > j || tokens.slice(f, j + 1).every((t) => NAME_TITLES.has(t.lower) || ROLE_WORDS.has(t.lower));
      if (!allTitles) {
        const written = text.slice(tokens[f].start, tokens[j].end).replace(/['’]s$/, '');
        // A transcript label in capitals ("CASTELLAN", "ADA VOLK") is the name in title case.
        const name = ref.label === true && /\p{Lu}{2}/u.test(written) && written === written.toUpperCase() ? titleCased(written) : written;
        const full = name.includes(' ') ? null : expandSurname(written, ref.source.start) ?? (name === written ? null : expandSurname(name, ref.source.start));
        if (full !== null) {
          const r = fromRun(full, mention);
          if (r !== null && name !== written && r.speaker.name === r.speaker.name.toUpperCase()) r.speaker.name = titleCased(r.speaker.name);
          if (r !== null) return r;
        }
        const e = entityByName(entities, name);
        const isOrg = name.split(/\s+/).some((w) => ORG_WORDS.has(w.toLowerCase()));
        return {
          speaker: { name, entity: e?.id ?? null, mention },
          // A named speaker without an organisation word is taken for a person ("Volk said").
          isPerson: e ? e.type === 'PERSON' : !isOrg,
          position: mention.start,
        };
      }
    }
    // A description: find the person introduced with this role ("the spokesman", "the Russian President").
    const roleWords = (isDescription ? tokens.slice(0, ofAt) : tokens).filter((t) => t.kind === 'w' && !DETERMINERS.has(t.lower)).map((t) => t.lower.replace(/\.$/, ''));
    const headRole = roleWords[roleWords.length - 1];
    if (headRole !== undefined && ROLE_WORDS.has(headRole)) {
      // The entity's role must have the same head ("chief of staff of the President" heads on
      // "chief", not "president") and carry the description's other words ("Norland's President"
      // is not the president of another country).
      const modifiers = roleWords.filter((w) => w !== headRole).map((w) => w.replace(/['’]s$/, ''));
      // Whose role it is, written after "of"/"for" ("an official of the port authority"), and the
      // modifiers that say who, not how senior ("a senior port official").
      const owner = isDescription ? tokens.slice(ofAt + 1).filter((t) => t.kind === 'w' && !DETERMINERS.has(t.lower) && t.lower !== 'the').map((t) => t.lower.replace(/['’]s$/, '').replace(/\.$/, '')) : [];
      const qualifiers = [...modifiers, ...owner].filter((w) => !VAGUE_MODIFIERS.has(w));
      const qualified = qualifiers.length > 0;
      const carries = (words: readonly string[], wanted: readonly string[]): boolean => wanted.every((m) => words.some((w) => sameModifier(m, w)));
      const roleMatches = (role: string, strict: boolean): boolean => {
        const words = role.toLowerCase().split(/\s+/).map((w) => w.replace(/['’]s$/, ''));
        const ofAt = words.findIndex((w) => w === 'of' || w === 'for');
        const head = ofAt > 0 ? words[ofAt - 1] : words[words.length - 1];
        if (!strict) return head === headRole && modifiers.every((m) => words.includes(m));
        return sameHead(headRole, head, words, qualified) && carries(words, qualifiers);
      };
      const runMatches = (r: NameRun, strict: boolean): boolean => {
        if (!r.isPerson || r.inQuote) return false;
        if (!strict) return r.roles.has(headRole) && roleWords.filter((w) => w !== headRole && !['of', 'for', 'the'].includes(w)).every((w) => r.roles.has(w));
        const words = [...r.roles].map((w) => w.replace(/['’]s$/, ''));
        return words.some((w) => sameHead(headRole, w, words, qualified)) && carries(words, qualifiers);
      };
      // First a role that carries every qualifier (an equivalent head allowed: "the Norwegian
      // leader" is "Norway's Prime Minister"), then one with the same head and the words before it.
      for (const strict of qualified ? [true, false] : [false]) {
        for (const e of entities) {
          if (e.roles?.some((role) => roleMatches(role, strict))) {
            return { speaker: { name: e.name, entity: e.id, mention }, isPerson: e.type === 'PERSON', position: mention.start };
          }
        }
        let match: NameRun | null = null;
        const from = lastBefore(null, ref.source.start);
        for (let k = from; k >= 0 && k >= from - 300 && match === null; k--) if (runMatches(runs[k], strict)) match = runs[k];
        if (match !== null) {
          const full = expandSurname(match.name, match.start);
          return fromRun(full ?? match, mention);
        }
      }
      // "a Harbour Authority official" when the article names one spokesperson, whose role does not
      // name another body or country ("Chief Press Officer" may be the one; "Norland Rail spokeswoman"
      // is not): that spokesperson.
      if (qualified && VOICE_ROLES.has(headRole)) {
        const others = new Set<string>();
        for (const e of entities) {
          if (e.type === 'PERSON' || (orgOf !== null && e.id === orgOf.id)) continue;
          for (const w of e.name.toLowerCase().split(/\s+/)) if (!qualifiers.includes(w)) others.add(w);
        }
        const voices = entities.filter((e) => e.type === 'PERSON' && e.roles?.some((role) => {
          const words = role.toLowerCase().split(/\s+/).map((w) => w.replace(/['’]s$/, ''));
          return words.some((w) => sameHead(headRole, w, words, true)) && !words.some((w) => others.has(w) || (countryKey(w) !== undefined && !qualifiers.some((q) => sameModifier(q, w))));
        }));
        if (voices.length === 1) return { speaker: { name: voices[0].name, entity: voices[0].id, mention }, isPerson: true, position: mention.start };
      }
      if (orgOf !== null) return { speaker: { name: orgOf.name, entity: orgOf.id, mention }, isPerson: false, position: mention.start };
      // "the spokesman" with no one introduced by that role: a definite description of one person
      // refers back like a pronoun.
      if (tokens[0]?.lower === 'the' && PERSON_ROLES.has(headRole)) {
        const a = antecedent(ref.source.start, true);
        if (a !== null) return { speaker: { ...a.speaker, mention }, isPerson: true, position: mention.start };
      }
    }
    if (orgOf !== null) return { speaker: { name: orgOf.name, entity: orgOf.id, mention }, isPerson: false, position: mention.start };
    const name = mentionText.replace(/^(the|a|an)\s+/i, '');
    return { speaker: { name, entity: null, mention }, isPerson: false, position: mention.start };
  };

  /**
   * An organisation's statement whose next sentence says which person made it ("The board announced
   * …. The announcement was delivered by Ada Volk, its chair"): that person, the mention as written.
   */
  const madeBy = (ref: SpeakerRef, r: Resolved): Resolved => {
    if (r.isPerson || ref.end === undefined) return r;
    const m = MADE_BY_NEXT.exec(text.slice(ref.end, ref.end + 400));
    if (m === null) return r;
    const from = ref.end + m[0].length;
    const stop = MADE_BY_END.exec(text.slice(from, from + 120));
    const to = from + (stop === null ? Math.min(120, text.length - from) : stop.index);
    const by = to > from ? resolveOne({ ...ref, source: { start: from, end: to } }) : null;
    return by !== null && by.isPerson ? { ...by, speaker: { ...by.speaker, mention: r.speaker.mention } } : r;
  };

  /**
   * A relative pronoun as the source ("said Ada Volk, a harbour pilot, who noted …", "Volk, who chairs
   * the board, said …"): the speaker is the phrase the clause follows, the previous finding's speaker
   * when only an appositive lies between, else a person named before an appositive, else a name right
   * before it (a person for "who"). Null when none: the pronoun stays the speaker's name.
   */
  const relativeSpeaker = (i: number): Resolved | null => {
    const src = refs[i].source!;
    const written = text.slice(src.start, src.end);
    const low = written.toLowerCase();
    if (low !== 'who' && low !== 'which' && low !== 'that') return null;
    const mention: Mention = { start: src.start, end: src.end, text: written };
    const from = sentenceStart(src.start, paragraphs[paragraphIndex(paragraphs, src.start)].start);
    for (let k = i - 1; k >= 0; k--) {
      const prev = refs[k].source;
      if (prev === null || prev.end > src.start) continue;
      const r = resolved[k];
      if (prev.start >= from && r !== null && r.isPerson === (low === 'who') && /^\s*,(?:[^;:!?“”"\n]{0,120},)?\s*$/.test(text.slice(prev.end, src.start))) {
        return { ...r, speaker: { ...r.speaker, mention }, position: src.start };
      }
      break;
    }
    const last = lastBefore(null, src.start);
    const named = (k: number): Resolved | null => fromRun(expandSurname(runs[k].name, runs[k].start) ?? runs[k], mention);
    const usable = (k: number): boolean => k >= 0 && runs[k].start >= from && !runs[k].inQuote;
    if (low !== 'who') {
      if (!usable(last) || !/^\s*,?\s*$/.test(text.slice(runs[last].end, src.start))) return null;
      // "the Chamber of Commerce, which …": the name runs on over "of".
      if (!usable(last - 1) || !/^\s+of\s+$/.test(text.slice(runs[last - 1].end, runs[last].start))) return named(last);
      const joined = { ...runs[last], start: runs[last - 1].start, name: text.slice(runs[last - 1].start, runs[last].end) };
      return fromRun(joined, mention);
    }
    // "Ada Volk, the chair of the Norland Harbour Board, who …": the person before the appositive.
    for (let k = last; usable(k) && k >= last - 6; k--) {
      if (!/^\s*,\s*(?:a|an|the|\p{Ll})[^;:!?“”"\n]{0,120},\s*$/u.test(text.slice(runs[k].end, src.start))) continue;
      const r = named(k);
      if (r !== null && r.isPerson) return r;
    }
    // "Ada Volk, who …"; "Senator Ada Volk of Norland, who …" (the person before "of" a place). "Who"
    // speaks of a person: a one-word name with no entity and no organisation word is taken for one.
    if (!usable(last) || !/^\s*,\s*$/.test(text.slice(runs[last].end, src.start))) return null;
    const k = usable(last - 1) && /^\s+of\s+$/.test(text.slice(runs[last - 1].end, runs[last].start)) ? last - 1 : last;
    const r = named(k);
    const person = r !== null && (r.isPerson || (r.speaker.entity === null && !runs[k].name.split(/\s+/).some((w) => ORG_WORDS.has(w.toLowerCase()))));
    return person ? { ...r!, isPerson: true } : null;
  };

  // Quotes with a written source first, in text order, so pronouns can see earlier speakers.
  for (let i = 0; i < refs.length; i++) {
    const found = refs[i].source === null ? null : (relativeSpeaker(i) ?? resolveOne(refs[i]));
    const r = found === null ? null : madeBy(refs[i], found);
    resolved[i] = r;
    if (r !== null) {
      out[i] = r.speaker;
      history.push({ ...r, position: refs[i].source!.start });
    }
  }
  // Cue-less quotes take the previous quote's speaker when it is in the same paragraph, or in the
  // previous one when this paragraph opens with the quote; else the next quote's speaker in the
  // same paragraph ("“A.” “B,” she said.").
  for (let i = 0; i < refs.length; i++) {
    const ref = refs[i];
    if (ref.inherit === null) continue;
    let prev = -1;
    for (let k = i - 1; k >= 0; k--) {
      if (out[k] !== null) {
        prev = k;
        break;
      }
    }
    const para = paragraphs[ref.paragraph];
    const opensParagraph = para !== undefined && text.slice(para.start, ref.start).replace(/[\s“"«„”]/g, '') === '';
    if (prev >= 0 && (refs[prev].paragraph === ref.paragraph || (ref.paragraph - refs[prev].paragraph === 1 && (opensParagraph || ref.continued)))) {
      out[i] = { ...out[prev]!, mention: null };
      continue;
    }
    for (let k = i + 1; k < refs.length && refs[k].paragraph === ref.paragraph; k++) {
      if (out[k] !== null && refs[k].inherit === null) {
        out[i] = { ...out[k]!, mention: null };
        break;
      }
    }
  }
  return out;
}

/** "ADA VOLK" → "Ada Volk"; "MCKAY-DORN" → "Mckay-Dorn". */
function titleCased(name: string): string {
  return name.toLowerCase().replace(/(^|[\s'’-])(\p{Ll})/gu, (_, b: string, c: string) => b + c.toUpperCase());
}
