/**
 * People and agencies of the byline: "By A Name and B Name", "A Name, Senior Reporter", "A Name in
 * City", "A Name | Agency". They are not in the clean text, so their mentions carry `field` (the
 * string their offsets index) and are merged into the text's entity of the same name when there is one.
 * Also the photographers of removed photo credits ("Photo: A Name/Agency") and the people of the
 * credit lines left in the text ("(Reporting by A; Editing by B)", `field: 'credit'`).
 */
import type { ArticleEntity, Mention } from '../../article.js';
import { NON_PERSON_BYLINE_WORDS } from '../clean/lang/mul/non-person-bylines.js';
import { PICTURE_AGENCIES } from '../clean/lang/mul/furniture.js';

/** A name found in a byline: its span in the byline string, and for a person the role the byline gives. */
export interface BylineName {
  start: number;
  end: number;
  text: string;
  type: 'PERSON' | 'ORG';
  /** The entity's name: the text, in title case when written in capitals (an agency's acronym stays). */
  name: string;
  /** For a person: "reporter", or the byline's own title ("senior correspondent"), with its employer when known. */
  role?: string;
}

// Labels before the names, in the languages of the clean stage's lexicons.
const LABEL = /^[^\p{L}]{0,3}(?:(?:written |reporting |words |text )?by|author|authors|von|autor|autorin|autoren|par|auteur|por|di|автор|авторка|text|verfasst von)\s*[:：]?\s+/iu;
// Separators between names: punctuation and "and" in several languages.
const SEPARATOR = /\s*(?:[,;|/()]|\s(?:and|und|et|y|e|и|та|і)\s|&)\s*/giu;
// "A Name in Kyiv", "A Name reporting from Paris": the place is cut off.
const PLACE_TAIL = /\s+(?:in|from|reporting from|aus|à|en|в|у|із|из|з)\s+\p{Lu}.*$/u;
const TITLE_WORDS = ['reporter', 'correspondent', 'writer', 'editor', 'journalist', 'columnist', 'photographer', 'contributor', 'producer', 'analyst', 'bureau chief',
  'reporterin', 'korrespondent', 'korrespondentin', 'redakteur', 'redakteurin', 'journaliste', 'correspondant', 'correspondante', 'periodista', 'corresponsal',
  'кореспондент', 'корреспондент', 'журналіст', 'журналист', 'журналістка', 'журналистка'];
const AGENCIES = new Map<string, string>();
for (const a of [...PICTURE_AGENCIES, 'reuters', 'afp', 'ap', 'associated press', 'dpa', 'apa', 'ansa', 'efe', 'tass', 'ria novosti', 'interfax', 'ukrinform', 'unian', 'xinhua', 'bloomberg']) AGENCIES.set(a, a);
const NON_PERSON = new Set(NON_PERSON_BYLINE_WORDS.map((w) => w.toLowerCase()));
// Words that make a capitalised phrase an outlet or a desk rather than a person.
const NOT_NAME_WORDS = new Set(['the', 'news', 'times', 'post', 'daily', 'press', 'media', 'group', 'service', 'staff', 'team', 'desk', 'online', 'digital', 'agency', 'bureau', 'office', 'magazine', 'journal', 'tribune', 'herald', 'gazette', 'network', 'radio', 'tv', 'television', 'channel', 'report', 'reports', 'world', 'global', 'international', 'national', 'live', 'editors', 'editorial']);
const PARTICLES = new Set(['von', 'van', 'der', 'den', 'de', 'da', 'di', 'del', 'du', 'la', 'le', 'bin', 'al', 'ibn', 'zu', 'ten', 'ter']);

function isTitle(lower: string): boolean {
  return TITLE_WORDS.some((w) => lower === w || lower.endsWith(` ${w}`) || lower.startsWith(`${w} `) || lower.includes(` ${w} `));
}

/** A person's name: two to five capitalised words (initials and name particles allowed), no outlet word. */
function isPersonName(s: string): boolean {
  const words = s.split(/\s+/u);
  if (words.length < 2 || words.length > 5) return false;
  if (/\d|@|https?:|\.[a-z]{2,4}$/iu.test(s)) return false;
  let capitalised = 0;
  for (const w of words) {
    const lower = w.toLowerCase();
    if (NOT_NAME_WORDS.has(lower)) return false;
    if (PARTICLES.has(lower)) continue;
    if (!/^\p{Lu}[\p{L}'’.-]*$/u.test(w)) return false;
    capitalised++;
  }
  // The last word is a surname, not an initial.
  return capitalised >= 2 && !/^\p{Lu}\.?$/u.test(words[words.length - 1]);
}

/** "JANE DOE" → "Jane Doe"; names in mixed case are kept. */
function displayName(s: string): string {
  const clean = s.replace(/\s+/gu, ' ').trim();
  if (clean !== clean.toUpperCase()) return clean;
  return clean.toLowerCase().replace(/(^|[\s'’-])(\p{L})/gu, (_, p: string, c: string) => p + c.toUpperCase());
}

/**
 * The people and agencies a byline names, with their offsets in it. `outlet` (the article's outlet)
 * goes into a person's role when the byline names no agency, and is never taken for a person.
 */
export function bylineNames(byline: string, outlet: string | null): BylineName[] {
  if (byline.length > 300) return [];
  const label = LABEL.exec(byline);
  const from = label ? label[0].length : 0;
  // Segments between separators, with their offsets.
  const segments: Array<{ start: number; end: number; text: string }> = [];
  let at = from;
  SEPARATOR.lastIndex = from;
  const push = (s: number, e: number): void => {
    const raw = byline.slice(s, e);
    const lead = raw.length - raw.trimStart().length;
    const text = raw.trim();
    if (text) segments.push({ start: s + lead, end: s + lead + text.length, text });
  };
  for (let m = SEPARATOR.exec(byline); m !== null; m = SEPARATOR.exec(byline)) {
    push(at, m.index);
    at = m.index + m[0].length;
  }
  push(at, byline.length);

  const outletLower = outlet?.toLowerCase().trim() ?? '';
  const out: BylineName[] = [];
  let agency: string | null = null;
  let pendingTitle: string | null = null;
  const people: BylineName[] = [];
  const titles = new Map<BylineName, string>();
  for (const seg of segments) {
    let text = seg.text;
    const tail = PLACE_TAIL.exec(text);
    if (tail) text = text.slice(0, tail.index);
    const lower = text.toLowerCase().replace(/[.:]+$/u, '');
    if (AGENCIES.has(lower) && lower !== outletLower) {
      const name = lower.length <= 4 && !lower.includes(' ') ? text.toUpperCase() : displayName(text);
      out.push({ start: seg.start, end: seg.start + text.length, text, type: 'ORG', name });
      agency ??= name;
      continue;
    }
    if (isTitle(lower)) {
      // "A Name, Senior Reporter": the title belongs to the names before it that have none yet.
      const last = people.filter((p) => !titles.has(p));
      if (last.length) for (const p of last) titles.set(p, lower);
      else pendingTitle = lower;
      continue;
    }
    if (NON_PERSON.has(lower) || lower === outletLower) continue;
    if (!isPersonName(text)) continue;
    const person: BylineName = { start: seg.start, end: seg.start + text.length, text, type: 'PERSON', name: displayName(text) };
    if (pendingTitle) titles.set(person, pendingTitle);
    people.push(person);
    out.push(person);
  }
  const employer = agency ?? outlet?.trim() ?? null;
  for (const p of people) {
    const title = titles.get(p) ?? 'reporter';
    p.role = employer ? `${employer} ${title}` : title;
  }
  return out.sort((a, b) => a.start - b.start);
}

/**
 * Adds the byline's people (role "reporter", or the byline's title, with the outlet) and agencies to
 * the article's entities. A byline name the text also names joins that entity; the others become
 * new entities after the text's, numbered on from them.
 */
export function addBylineEntities(entities: ArticleEntity[], byline: string | null, field: NonNullable<Mention['field']>, outlet: string | null): ArticleEntity[] {
  if (!byline) return entities;
  const names = bylineNames(byline, outlet);
  if (names.length === 0) return entities;
  const out = entities.map((e) => ({ ...e, mentions: [...e.mentions], ...(e.roles ? { roles: [...e.roles] } : {}) }));
  let next = out.length + 1;
  for (const n of names) {
    const name = n.name;
    const mention: Mention = { start: n.start, end: n.end, text: n.text, field };
    const folded = name.toLowerCase();
    let entity = out.find((e) => e.type === n.type && (e.name.toLowerCase() === folded || e.mentions.some((m) => !m.field && m.text.toLowerCase() === folded)));
    if (entity === undefined) {
      while (out.some((e) => e.id === `e${next}`)) next++;
      entity = { id: `e${next}`, name, type: n.type, mentions: [], ...(n.type === 'PERSON' ? { roles: [] } : {}) };
      out.push(entity);
    }
    if (!entity.mentions.some((m) => m.field === field && m.start === mention.start)) entity.mentions.push(mention);
    if (n.role) {
      entity.roles ??= [];
      if (!entity.roles.includes(n.role)) entity.roles.push(n.role);
    }
  }
  return out;
}

/** Removal reasons of the clean stage whose text credits a picture or a wire agency. */
const CREDIT_REASONS = new Set(['credit', 'caption']);
// Agencies by their name as a whole word; the two-letter ones (AP, PA) only in capitals.
const AGENCY_PATTERN = new RegExp(`(?<![\\p{L}\\p{N}.])(?:${[...AGENCIES.keys()].sort((a, b) => b.length - a.length).map((a) => a.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})(?![\\p{L}\\p{N}])`, 'giu');

/**
 * The agencies that photo credits and captions removed by cleaning name ("Photo: A Name/Getty
 * Images", "(AFP)"), as ORG entities whose mentions index the removal's text (`field: 'removed'`,
 * `removal`: its index in `clean.removed`). An agency the article already has gets the mention.
 */
export function addCreditEntities(entities: ArticleEntity[], removed: ReadonlyArray<{ reason: string; text: string }>): ArticleEntity[] {
  let out: ArticleEntity[] | null = null;
  removed.forEach((r, index) => {
    if (!CREDIT_REASONS.has(r.reason) || r.text.length > 600) return;
    for (const m of r.text.matchAll(AGENCY_PATTERN)) {
      const text = m[0];
      if (text.length <= 2 && text !== text.toUpperCase()) continue;
      out ??= entities.map((e) => ({ ...e, mentions: [...e.mentions] }));
      const lower = text.toLowerCase();
      const name = lower.length <= 4 && !lower.includes(' ') ? text.toUpperCase() : displayName(text);
      let entity = out.find((e) => e.type === 'ORG' && (e.name.toLowerCase() === lower || e.mentions.some((x) => x.text.toLowerCase() === lower)));
      if (entity === undefined) {
        let next = out.length + 1;
        while (out.some((e) => e.id === `e${next}`)) next++;
        entity = { id: `e${next}`, name, type: 'ORG', mentions: [] };
        out.push(entity);
      }
      entity.mentions.push({ start: m.index, end: m.index + text.length, text, field: 'removed', removal: index });
    }
    for (const p of photographers(r.text)) {
      out ??= entities.map((e) => ({ ...e, mentions: [...e.mentions] }));
      addPerson(out, p, { start: p.start, end: p.end, text: p.text, field: 'removed', removal: index });
    }
  });
  return out ?? entities;
}

// "Photo: A Name/Agency", "Photograph by A Name (Agency)", "Фото: Ім'я Прізвище / Agency": the
// person credited before the agency. A credit naming only an agency ("Photo: Reuters") names no one.
const PHOTO_LABEL = /(?:photo(?:graph)?s?|pictures?|images?|foto|фото)(?:\s+(?:by|von|de|par))?\s*[:：]?\s+/giu;

/** The photographers a photo credit names, with their offsets in it and the role "photographer" (of the agency when named). */
export function photographers(credit: string): BylineName[] {
  const out: BylineName[] = [];
  for (const label of credit.matchAll(PHOTO_LABEL)) {
    const from = label.index + label[0].length;
    // The name runs to the agency separator ("/", "|", "(", ",") or the end of the credit.
    const rest = credit.slice(from);
    const cut = /\s*(?:[/|(,;]|\s-\s|$)/u.exec(rest)!;
    const text = rest.slice(0, cut.index).trim();
    if (!isPersonName(text) || AGENCIES.has(text.toLowerCase())) continue;
    const separator = rest.slice(cut.index).trimStart().charAt(0);
    const after = rest.slice(cut.index).replace(/^\s*[/|(,;-]\s*/u, '');
    const agencyText = /^[^/|(),;]+/u.exec(after)?.[0].trim() ?? '';
    const agency = AGENCIES.has(agencyText.toLowerCase()) ? (agencyText.length <= 4 ? agencyText.toUpperCase() : displayName(agencyText)) : null;
    // "Photo: A Name, the minister, at the summit (Agency)" describes who is in the picture: only a
    // name credited as such ("by", "Name/Agency", "Name (Agency)") is the photographer.
    const credited = /\s(?:by|von|de|par)\s/iu.test(label[0]) || separator === '/' || separator === '|' || (separator === '(' && agency !== null);
    if (!credited) continue;
    out.push({ start: from, end: from + text.length, text, type: 'PERSON', name: displayName(text), role: agency ? `${agency} photographer` : 'photographer' });
  }
  return out;
}

/** Adds a person named outside the text to `out`: joins the entity of that name, else a new one. */
function addPerson(out: ArticleEntity[], n: BylineName, mention: Mention): void {
  const folded = n.name.toLowerCase();
  let entity = out.find((e) => e.type === 'PERSON' && (e.name.toLowerCase() === folded || e.mentions.some((m) => (!m.field || m.field === 'credit') && m.text.toLowerCase() === folded)));
  if (entity === undefined) {
    let next = out.length + 1;
    while (out.some((e) => e.id === `e${next}`)) next++;
    entity = { id: `e${next}`, name: n.name, type: 'PERSON', mentions: [], roles: [] };
    out.push(entity);
  }
  if (!entity.mentions.some((m) => m.field === mention.field && m.start === mention.start && m.removal === mention.removal)) entity.mentions.push(mention);
  entity.mentions.sort((a, b) => (a.field ? 1 : 0) - (b.field ? 1 : 0) || a.start - b.start);
  if (n.role) {
    entity.roles ??= [];
    if (!entity.roles.includes(n.role)) entity.roles.push(n.role);
  }
}

// Credit lines left in the text: "(Reporting by A and B; Editing by C)", "Reporting by A in City",
// "Additional reporting by A". The label gives the role.
const CREDIT_LABEL = /(?<=^|[\n(;]\s*)(?:additional\s+|further\s+)?(reporting|writing|editing|research|fact-checking)(?:\s+and\s+(?:reporting|writing|editing|research))?\s+by\s+/gimu;
const CREDIT_ROLES: Record<string, string> = { reporting: 'reporter', writing: 'writer', editing: 'editor', research: 'researcher', 'fact-checking': 'fact-checker' };

/** A credit line in the text: its span (label to the end of its names) and the people it names. */
export interface CreditLine {
  start: number;
  end: number;
  names: BylineName[];
}

/** The credit lines of a clean text and their people, with offsets into the text. */
export function creditLines(text: string, outlet: string | null): CreditLine[] {
  const out: CreditLine[] = [];
  for (const label of text.matchAll(CREDIT_LABEL)) {
    const from = label.index + label[0].length;
    // The names run to the next credit (";"), the closing parenthesis or the end of the line.
    const stop = /[;)\n]|$/u.exec(text.slice(from))!;
    const segment = text.slice(from, from + stop.index);
    if (segment.length > 200) continue;
    const role = CREDIT_ROLES[label[1].toLowerCase()] ?? 'reporter';
    const names = bylineNames(segment, outlet)
      .filter((n) => n.type === 'PERSON')
      .map((n) => ({ ...n, start: from + n.start, end: from + n.end, role: n.role?.replace(/reporter$/u, role) }));
    if (names.length === 0) continue;
    out.push({ start: label.index, end: from + segment.trimEnd().length, names });
  }
  return out;
}

/**
 * The people of the credit lines left in the text, as PERSON entities whose mentions carry
 * `field: 'credit'` (offsets in the text, but not the body): every mention the tagger found inside a
 * credit line (the credited names, the city after "in") is marked so, and the credited people the
 * tagger missed are added, with the role the label gives ("Harbour Ledger editor").
 */
export function addCreditLineEntities(entities: ArticleEntity[], text: string, outlet: string | null): ArticleEntity[] {
  const lines = creditLines(text, outlet);
  if (lines.length === 0) return entities;
  const inside = (m: Mention): boolean => !m.field && lines.some((l) => m.start >= l.start && m.end <= l.end);
  const out = entities.map((e) => ({ ...e, mentions: e.mentions.map((m) => (inside(m) ? { ...m, field: 'credit' as const } : m)), ...(e.roles ? { roles: [...e.roles] } : {}) }));
  for (const line of lines) {
    for (const n of line.names) {
      // A name the tagger typed otherwise inside the credit line is this person.
      const typed = out.find((e) => e.type !== 'PERSON' && e.mentions.every((m) => m.field === 'credit') && e.mentions.some((m) => m.start === n.start && m.end === n.end));
      if (typed !== undefined) typed.type = 'PERSON';
      addPerson(out, n, { start: n.start, end: n.end, text: n.text, field: 'credit' });
    }
  }
  return out;
}
