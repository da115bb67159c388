/**
 * The Cyrillic section of the `ner` evaluation: short Ukrainian and Russian texts written for it
 * (`src/core/stages/entities/fixtures/cyrillic-mentions*.json`, a dev and a held-out split) run through
 * the tagger and the article-level resolver. Scores mention precision/recall/F1 by type (exact span
 * and type), and, after cross-article resolution (`resolveEntities`, then the gazetteer's same-place
 * merge, as the corpus step does), the share of inflected mentions ("Зеленського", "Києві") that end
 * in the same entity as their nominative, with every false merge (two gold lemmas in one entity).
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ArticleEntity } from '../src/core/article.js';
import { resolveEntities as resolveCorpus } from '../src/core/corpus/entities/resolve-entities.js';
import type { EntityInput } from '../src/core/corpus/entities/types.js';
import { resolveEntityPlaces } from '../src/core/corpus/places/entity-places.js';
import { mergeSamePlaces } from '../src/core/corpus/places/merge-same-places.js';
import { resolveEntities } from '../src/core/stages/entities/resolve-entities.js';
import type { NerTagger } from '../src/core/stages/entities/tag-entities.js';

/** One gold mention: its text, type and, for a form in an oblique case, the nominative. */
interface GoldMention {
  text: string;
  type: string;
  lemma?: string;
}

interface GoldText {
  lang: string;
  text: string;
  mentions: GoldMention[];
}

/** A gold mention placed in its text. */
interface Placed extends GoldMention {
  doc: number;
  start: number;
  end: number;
}

interface TypeScore {
  precision: number;
  recall: number;
  f1: number;
  tp: number;
  fp: number;
  fn: number;
}

/** Scores of one split. */
export interface CyrillicScore {
  texts: number;
  perType: Record<string, TypeScore>;
  micro: TypeScore;
  /** Spans right whatever the type. */
  spans: TypeScore;
  /** Inflected gold mentions whose nominative the split also has, and how many join its entity. */
  lemmaJoins: { joined: number; of: number; missed: string[] };
  /** Resolved entities holding two different gold lemmas of one type. */
  falseMerges: string[];
  /** Gold mentions missed or mistyped, and predicted mentions that are no gold one. */
  errors: string[];
}

function fixturesDir(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json')) && dirname(dir) !== dir) dir = dirname(dir);
  return join(dir, 'src/core/stages/entities/fixtures');
}

/** The texts of one split file (`cyrillic-mentions.json` or `cyrillic-mentions-heldout.json`). */
export function loadCyrillicSet(file: string): GoldText[] {
  return (JSON.parse(readFileSync(join(fixturesDir(), file), 'utf8')) as { texts: GoldText[] }).texts;
}

function ratio(tp: number, fp: number, fn: number): TypeScore {
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, tp, fp, fn };
}

/** The gold mentions with offsets: each is the first occurrence of its text after the previous one. */
function place(texts: readonly GoldText[]): Placed[] {
  const out: Placed[] = [];
  texts.forEach((t, doc) => {
    let from = 0;
    for (const m of t.mentions) {
      const start = t.text.indexOf(m.text, from);
      if (start < 0) throw new Error(`gold mention "${m.text}" not found in "${t.text}"`);
      out.push({ ...m, doc, start, end: start + m.text.length });
      from = start + m.text.length;
    }
  });
  return out;
}

/** The referent a gold mention names, for the false-merge check: a person by the surname of the lemma. */
function referent(g: GoldMention): string {
  const lemma = g.lemma ?? g.text;
  return `${g.type}:${g.type === 'PERSON' ? lemma.split(/\s+/u).pop()! : lemma}`;
}

/** Runs the tagger and resolvers over one split and scores it. */
export function scoreCyrillic(tagger: NerTagger, texts: readonly GoldText[]): CyrillicScore {
  const gold = place(texts);
  const entities: ArticleEntity[][] = texts.map((t) => resolveEntities(t.text, tagger.analyze(t.text)));
  const counts = new Map<string, { tp: number; fp: number; fn: number }>();
  const count = (type: string): { tp: number; fp: number; fn: number } => {
    const c = counts.get(type) ?? { tp: 0, fp: 0, fn: 0 };
    counts.set(type, c);
    return c;
  };
  let spanTp = 0;
  let predicted = 0;
  const errors: string[] = [];
  // Predicted mention (doc:start:end) → its type and its index among the corpus resolver's inputs.
  const predictedAt = new Map<string, { type: string; input: number }>();
  const inputs: EntityInput[] = [];
  entities.forEach((list, doc) => {
    for (const e of list) {
      const input = inputs.length;
      inputs.push({ id: e.id, name: e.name, type: e.type, mentions: e.mentions.map((m) => m.text), article: `t${doc}`, roles: e.roles ?? [] });
      for (const m of e.mentions) {
        if (m.field) continue;
        predictedAt.set(`${doc}:${m.start}:${m.end}`, { type: e.type, input });
        predicted++;
      }
    }
  });
  const goldAt = new Map<string, Placed>();
  for (const g of gold) {
    const k = `${g.doc}:${g.start}:${g.end}`;
    goldAt.set(k, g);
    const p = predictedAt.get(k);
    if (p !== undefined) spanTp++;
    if (p !== undefined && p.type === g.type) count(g.type).tp++;
    else {
      count(g.type).fn++;
      errors.push(`${p === undefined ? 'missed' : `typed ${p.type}`}: ${g.text} (${g.type})`);
    }
  }
  for (const [k, p] of predictedAt) {
    const g = goldAt.get(k);
    if (g !== undefined && g.type === p.type) continue;
    count(p.type).fp++;
    if (g === undefined) {
      const [doc, start, end] = k.split(':').map(Number);
      errors.push(`spurious: ${texts[doc].text.slice(start, end)} (${p.type})`);
    }
  }
  const perType: Record<string, TypeScore> = {};
  let tp = 0, fp = 0, fn = 0;
  for (const [type, c] of [...counts].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    perType[type] = ratio(c.tp, c.fp, c.fn);
    tp += c.tp;
    fp += c.fp;
    fn += c.fn;
  }

  // Cross-article resolution, as the corpus step runs it.
  const resolved = resolveCorpus(inputs);
  const merged = mergeSamePlaces(resolved.entities, resolveEntityPlaces(resolved.entities), resolved.links).entities;
  const entityOf = new Map<number, string>();
  for (const e of merged) for (const m of e.members) entityOf.set(m, e.id);
  const resolvedOf = (g: Placed): string | undefined => {
    const p = predictedAt.get(`${g.doc}:${g.start}:${g.end}`);
    return p === undefined ? undefined : entityOf.get(p.input);
  };
  let joined = 0;
  let of = 0;
  const missed: string[] = [];
  for (const g of gold) {
    if (g.lemma === undefined || g.lemma === g.text) continue;
    const lemma = g.lemma;
    // The nominative: a gold mention written as the lemma (a person's also as the end of a full name).
    const nominatives = gold.filter((n) => n.lemma === undefined && n.type === g.type && (n.text === lemma || (g.type === 'PERSON' && n.text.endsWith(` ${lemma}`))));
    if (nominatives.length === 0) continue;
    of++;
    const mine = resolvedOf(g);
    if (mine !== undefined && nominatives.some((n) => resolvedOf(n) === mine)) joined++;
    else missed.push(`${g.text} → ${lemma}`);
  }
  const falseMerges: string[] = [];
  const referents = new Map<string, Set<string>>();
  for (const g of gold) {
    const id = resolvedOf(g);
    if (id === undefined) continue;
    const set = referents.get(id) ?? new Set<string>();
    set.add(referent(g));
    referents.set(id, set);
  }
  for (const [id, set] of referents) {
    const byType = new Map<string, string[]>();
    for (const r of set) {
      const type = r.slice(0, r.indexOf(':'));
      byType.set(type, [...(byType.get(type) ?? []), r]);
    }
    for (const list of byType.values()) if (list.length > 1) falseMerges.push(`${id}: ${list.join(' + ')}`);
  }
  return {
    texts: texts.length,
    perType,
    micro: ratio(tp, fp, fn),
    spans: ratio(spanTp, predicted - spanTp, gold.length - spanTp),
    lemmaJoins: { joined, of, missed },
    falseMerges,
    errors,
  };
}

const pct = (x: number): string => (100 * x).toFixed(1).padStart(5);

/** The section's table lines for one split. */
export function cyrillicLines(label: string, s: CyrillicScore): string[] {
  const row = (name: string, r: TypeScore): string => `${name.padEnd(8)} ${pct(r.precision)} ${pct(r.recall)} ${pct(r.f1)}  ${String(r.tp + r.fn).padStart(4)} ${String(r.tp + r.fp).padStart(5)}`;
  return [
    `Cyrillic ${label} (${s.texts} texts): mention P/R/F1 (exact span and type)`,
    `${'type'.padEnd(8)}     P     R    F1  gold  pred`,
    ...Object.entries(s.perType).map(([type, r]) => row(type, r)),
    row('micro', s.micro),
    row('spans', s.spans),
    `inflected forms joined to their nominative's entity: ${s.lemmaJoins.joined}/${s.lemmaJoins.of}${s.lemmaJoins.missed.length > 0 ? ` (missed: ${s.lemmaJoins.missed.join('; ')})` : ''}`,
    `false merges: ${s.falseMerges.length === 0 ? 'none' : s.falseMerges.join('; ')}`,
  ];
}
