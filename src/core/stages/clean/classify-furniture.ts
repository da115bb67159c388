import type { FurnitureLexicon } from './furniture-lexicon.js';
import { FURNITURE_LEXICONS } from './lang/index.js';
import { LANGUAGE_CODES, PICTURE_AGENCIES } from './lang/mul/furniture.js';

/** Why a line is page furniture rather than article text. */
export type FurnitureReason =
  | 'headline' | 'language-switcher' | 'caption' | 'credit' | 'read-version' | 'share' | 'subscribe' | 'related'
  | 'comments' | 'feedback' | 'advert' | 'posted' | 'navigation' | 'disclaimer' | 'byline' | 'dateline' | 'tags';

/** The verdict on one line: why it goes, and what it tells about the article. */
export interface FurnitureVerdict {
  reason: FurnitureReason;
  /** For a byline line: the name(s). */
  byline?: string;
  /** For a tag line: the tags. */
  tags?: string[];
}

/** What the classifier knows about the document around a line. */
export interface FurnitureContext {
  /** The article's title, when known: a line repeating it is a repeated headline. */
  title: string | null;
}

const lexicons: FurnitureLexicon[] = Object.values(FURNITURE_LEXICONS);
const all = (pick: (l: FurnitureLexicon) => string[]): string[] => [...new Set(lexicons.flatMap(pick))].sort((a, b) => b.length - a.length);
const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const isCjk = (s: string): boolean => /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/.test(s);
/**
 * Phrases matched at the start of a line (after up to three non-letters), followed by a boundary
 * (CJK phrases and phrases ending in a colon need none). A lookup by prefix length: a regular
 * expression with hundreds of case-insensitive Unicode alternatives costs far more per line.
 */
class StartPhrases {
  private readonly phrases: Set<string>;
  private readonly lengths: number[];
  constructor(list: string[]) {
    this.phrases = new Set(list.map((p) => p.toLowerCase()));
    this.lengths = [...new Set([...this.phrases].map((p) => p.length))].sort((a, b) => b - a);
  }
  /** The length (in the lower-cased line) of the longest phrase the line starts with, or -1. */
  match(lower: string): number {
    let from = 0;
    while (from < 3 && from < lower.length && !/[\p{L}\p{N}]/u.test(lower[from])) from++;
    for (const n of this.lengths) {
      if (from + n > lower.length) continue;
      const head = lower.slice(from, from + n);
      if (!this.phrases.has(head)) continue;
      const next = lower[from + n];
      if (next === undefined || isCjk(head) || /[:：]$/.test(head) || !/[\p{L}\p{N}]/u.test(next)) return from + n;
    }
    return -1;
  }
  test(lower: string): boolean {
    return this.match(lower) >= 0;
  }
}
const startPattern = (phrases: string[]): StartPhrases => new StartPhrases(phrases);

const RELATED = startPattern(all((l) => l.related));
const SHARE = startPattern(all((l) => l.share));
const SUBSCRIBE = startPattern(all((l) => l.subscribe));
const COMMENTS = startPattern(all((l) => l.comments));
const FEEDBACK = startPattern(all((l) => l.feedback));
const ADVERT = startPattern(all((l) => l.advert));
const POSTED = startPattern(all((l) => l.posted));
const NAVIGATION = startPattern(all((l) => l.navigation));
const IMAGE_LINE = startPattern(all((l) => l.imageLines));
const DISCLAIMER = new RegExp(`^[^\\p{L}]{0,3}(?:${all((l) => l.disclaimerLabels).map(escape).join('|')})\\s*[:：]`, 'iu');
const DISCLAIMER_PHRASE = new RegExp(all((l) => l.disclaimerPhrases).map(escape).join('|'), 'iu');
const CAPTION_LABELS = all((l) => l.captionLabels).map(escape).join('|');
// "Photo: …", "Foto © …", "Bild | …" at the start of a line.
const CAPTION_START = new RegExp(`^[^\\p{L}\\p{N}]{0,3}(?:${CAPTION_LABELS})\\s*(?:[:：©|]|\\(c\\))`, 'iu');
// "… Photo: …" inside a line: a caption glued to the text before it (a headline, an alt text).
const CAPTION_INSIDE = new RegExp(`(?:^|\\s|[(\\[])(?:${CAPTION_LABELS})\\s*[:：]\\s+\\S`, 'iu');
const AGENCIES = PICTURE_AGENCIES.map(escape).sort((a, b) => b.length - a.length).join('|');
// A credit at the end of a line: "(Getty Images)", "/ AFP", "© Reuters", "Name/Shutterstock.com".
const CREDIT_END = new RegExp(`(?:[(/©|:–—-]|\\bvia|\\bby)\\s*(?:[\\p{L}. -]{0,40}\\s*/\\s*)?(?:${AGENCIES})(?:\\s*/\\s*[\\p{L}. -]{1,40})?\\s*\\)?\\s*$`, 'iu');
const AGENCY_NAMES = PICTURE_AGENCIES.map((a) => a.toLowerCase());
const CAPTION_LABEL_START = startPattern(all((l) => l.captionLabels));
const DISCLAIMER_START = startPattern(all((l) => l.disclaimerLabels));
/** Cheap test before CREDIT_END: does the line end with an agency name? */
function endsWithAgency(lower: string): boolean {
  const t = lower.replace(/[\s).]+$/u, '');
  return AGENCY_NAMES.some((a) => t.endsWith(a));
}
const BYLINE_LABELS = all((l) => l.bylineLabels);
const BYLINE_EXPLICIT = new RegExp(`^[^\\p{L}]{0,3}(?:${BYLINE_LABELS.filter((b) => /[:：]$/.test(b)).map((b) => escape(b.replace(/\s*[:：]$/, ''))).join('|')})\\s*[:：]\\s*(.+)$`, 'iu');
const BYLINE_WORD = new RegExp(`^[^\\p{L}]{0,3}(?:${BYLINE_LABELS.filter((b) => !/[:：]$/.test(b)).map(escape).join('|')})\\s+(.+)$`, 'iu');
// A person's name: capitalised words with the particles names have; several names joined by
// commas or a conjunction; an optional trailing agency or role after a comma or slash.
const NAME = /^\p{Lu}[\p{L}'’.-]*(?:\s+(?:\p{Lu}[\p{L}'’.-]*|von|van|der|den|de|da|di|del|du|la|le|bin|al|ibn|zu))*$/u;
const SWITCH_TOKENS = new Set([...LANGUAGE_CODES, ...lexicons.flatMap((l) => l.languageNames)].map((s) => s.toLowerCase()));
const VERSION_WORDS = all((l) => l.readVersion);
const DATE_WORDS = new Set(lexicons.flatMap((l) => [...l.months, ...l.weekdays, ...l.dateWords]).map((s) => s.toLowerCase()));
const SLUG = /^#?[a-z][a-z0-9]*(?:-[a-z0-9]+)+$/;
const ENDS_SENTENCE = /[.!?…。！？]["'”’»)]*$/u;

/** Lower-cased, white space collapsed, punctuation at the ends trimmed: for comparing lines. */
export function comparable(s: string): string {
  return s.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').replace(/^[\s\p{P}]+|[\s\p{P}]+$/gu, '');
}

/**
 * Decides whether one line (a paragraph, or a line of scraped text) is page furniture, by general
 * patterns over the per-language lexicons: language switchers, captions and photo credits,
 * "read … version" links, share/subscribe/related/comment/advert/navigation lines, disclaimers,
 * bylines, bare datelines, tag lines, and a repeat of the headline. Returns null for article text.
 * The length limits keep a body sentence that merely mentions "photo" or "share" in the text.
 */
export function classifyLine(line: string, ctx: FurnitureContext): FurnitureVerdict | null {
  const t = line.trim();
  if (!t) return null;
  const len = t.length;
  const endsSentence = ENDS_SENTENCE.test(t);
  if (ctx.title && len <= 400 && comparable(t) === comparable(ctx.title)) return { reason: 'headline' };
  if (len <= 60 && isLanguageSwitcher(t)) return { reason: 'language-switcher' };
  if (len <= 100 && isReadVersion(t) && !endsSentence) return { reason: 'read-version' };
  const lower = t.toLowerCase();
  const agencyEnd = len <= 300 && endsWithAgency(lower);
  if (len <= 300 && CAPTION_LABEL_START.test(lower) && CAPTION_START.test(t)) return { reason: 'caption' };
  if (len <= 300 && !endsSentence && CAPTION_INSIDE.test(t)) return { reason: 'caption' };
  if (agencyEnd && CAPTION_INSIDE.test(t) && CREDIT_END.test(t)) return { reason: 'caption' };
  if (len <= 160 && agencyEnd && !endsSentence && CREDIT_END.test(t)) return { reason: 'credit' };
  if (len <= 120 && /^©|\s©\s|\(c\)\s*\d{4}/u.test(t)) return { reason: 'credit' };
  if (len <= 100 && IMAGE_LINE.test(t.toLowerCase()) && !endsSentence) return { reason: 'credit' };
  if (len <= 1200 && DISCLAIMER_START.test(lower) && DISCLAIMER.test(t)) return { reason: 'disclaimer' };
  if (len <= 300 && DISCLAIMER_PHRASE.test(t)) return { reason: 'disclaimer' };
  const byline = bylineOf(t);
  if (byline) return { reason: 'byline', byline };
  const rest = (p: StartPhrases): number => {
    const n = p.match(lower);
    return n < 0 ? Infinity : t.slice(n).trim().length;
  };
  if (len <= 24 && rest(ADVERT) <= 3) return { reason: 'advert' };
  if (len <= 60 && !endsSentence && rest(SHARE) <= 40) return { reason: 'share' };
  if (len <= 160 && RELATED.test(lower) && (!endsSentence || rest(RELATED) <= 40)) return { reason: 'related' };
  if (len <= 160 && SUBSCRIBE.test(lower) && /newsletter|e-?mail|inbox|abonn|subscri|follow|folg|folge|suiv|sígu|segu|подпис|підпис|订阅|关注|twitter|facebook|instagram|telegram|x\.com/iu.test(t)) return { reason: 'subscribe' };
  if (len <= 100 && COMMENTS.test(lower) && (!endsSentence || len <= 70)) return { reason: 'comments' };
  if (len <= 100 && FEEDBACK.test(lower)) return { reason: 'feedback' };
  if (len <= 200 && POSTED.test(lower)) return { reason: 'posted' };
  if (len <= 40 && rest(NAVIGATION) <= 20) return { reason: 'navigation' };
  if (len <= 80 && isDateline(t)) return { reason: 'dateline' };
  // Reading time ("4 min read", "Lesezeit: 3 Minuten") and an agency sign-off ("dpa/lno", "aja/PAP").
  if (len <= 40 && /^(?:\d+\s*(?:min|minutes?|minuten|mins?)\.?\s*(?:read|lesezeit|de lecture|lectura)|(?:lesezeit|reading time|temps de lecture)\s*:?\s*\d+\s*\p{L}*)$/iu.test(t)) return { reason: 'posted' };
  if (len <= 16 && /^\(?[\p{Ll}]{2,4}\/[\p{Lu}\p{Ll}]{2,5}\)?$/u.test(t)) return { reason: 'credit' };
  const tags = tagLine(t);
  if (tags) return { reason: 'tags', tags };
  return null;
}

/** The name(s) of a byline line ("Author: A. Name", "By A Name and B Name"), or null. */
export function bylineOf(line: string): string | null {
  const t = line.trim();
  if (t.length > 120) return null;
  const explicit = BYLINE_EXPLICIT.exec(t);
  if (explicit) {
    const name = explicit[1].trim().replace(/[.;]+$/, '');
    return name && name.length <= 100 ? name : null;
  }
  const word = BYLINE_WORD.exec(t);
  if (!word || ENDS_SENTENCE.test(t) && !/\b\p{Lu}\.$/u.test(t)) return null;
  // "By Jane Doe, Reuters" / "Von Max Muster und Erika Muster" / "By Jane Doe | Outlet".
  const names = word[1].split(/\s*(?:,|\||\/|\band\b|\bund\b|\bet\b|\by\b|\be\b|\bи\b|\bта\b|&)\s*/u).filter(Boolean);
  if (!names.length || names.length > 5) return null;
  if (!NAME.test(names[0]) || names[0].split(/\s+/).length < 2 || names[0].split(/\s+/).length > 5) return null;
  return word[1].trim();
}

function isLanguageSwitcher(t: string): boolean {
  const tokens = t.toLowerCase().split(/[\s|/·•,;]+/u).filter(Boolean);
  if (tokens.length < 2 || tokens.length > 12) return false;
  if (new Set(tokens).size !== tokens.length) return false;
  return tokens.every((tok) => SWITCH_TOKENS.has(tok));
}

const VERSION_CJK = VERSION_WORDS.filter(isCjk);
const VERSION_RE = new RegExp(`(?<![\\p{L}])(?:${VERSION_WORDS.filter((w) => !isCjk(w)).map(escape).join('|')})(?![\\p{L}])`, 'giu');
const VERSION_NOUN = /version|versi[óo]n|versione|верси|edition|ausgabe|édition|edición|edizione|版/iu;

function isReadVersion(t: string): boolean {
  if (!VERSION_NOUN.test(t)) return false;
  const lower = t.toLowerCase();
  const seen = new Set<string>();
  for (const w of VERSION_CJK) if (lower.includes(w)) seen.add(w);
  for (const m of lower.matchAll(VERSION_RE)) seen.add(m[0]);
  // One "read" word and one "version" word at least: a bare "Read more" is a related link.
  return seen.size >= 2;
}

function isDateline(t: string): boolean {
  if (!/\d/.test(t)) return false;
  // A phone number is not a date.
  if ((t.match(/\d/g) ?? []).length > 12 || /^\+|\d{3,}[ -]\d{2,}[ -]\d{3,}/.test(t)) return false;
  if (!/\d{1,2}[.:/-]\d{1,2}|\b\d{4}\b|\d{1,2}\.?\s*\p{L}{3,}/u.test(t)) return false;
  const words = t.toLowerCase().split(/[^\p{L}]+/u).filter(Boolean);
  const unknown = words.filter((w) => !DATE_WORDS.has(w));
  return unknown.join('').length <= 2;
}

/** Tags of a line made only of slugs (`war-and-conflicts, policy-and-legislation`), or null. */
function tagLine(t: string): string[] | null {
  const tokens = t.split(/[\s,;|·•]+/u).filter(Boolean);
  if (!tokens.length || tokens.length > 30) return null;
  if (!tokens.every((tok) => SLUG.test(tok))) return null;
  return tokens.map((tok) => tok.replace(/^#/, ''));
}

/** Slugs (`policy-and-legislation`) found anywhere in a line: the topic tags of a generated summary. */
export function slugsIn(line: string): string[] {
  const out: string[] = [];
  for (const m of line.matchAll(/(?<![\p{L}\p{N}-])([a-z]+(?:-[a-z]+)*-and-[a-z]+(?:-[a-z]+)*)(?![\p{L}\p{N}-])/gu)) out.push(m[1]);
  return out;
}
