import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyzeDocument, type AnalyzeResult } from '../src/core/analyze.js';
import { ingest } from '../src/core/ingest/ingest.js';
import { SqliteStore } from '../src/core/store/sqlite/sqlite-store.js';
import { DEFAULT_CORPUS_STEPS } from '../src/core/corpus/default-corpus-steps.js';
import type { StoredArticle } from '../src/core/store/store.js';
import type { EvalReport, Evaluation } from './types.js';
import { sameTimexValue } from './timex-value.js';

// The seeds scoreboard: `analyze` on the five seed articles, scored field by field against
// gold.json. Five articles are a smoke board, not a benchmark: quality is measured on the
// benchmarks; this board shows what a careful reader would still miss.

interface GoldEntity { name: string; type: string; mentions: string[]; borderline?: boolean }
interface GoldQuote { speaker: string | null; kind: string; text: string; cue?: string; borderline?: boolean }
interface GoldDate { text: string; value: string; borderline?: boolean }
interface GoldArticle {
  file: string; published: string | null; title: string | null; byline: string | null;
  boilerplate: string[]; tags: string[]; entities: GoldEntity[]; quotes: GoldQuote[]; dates: GoldDate[];
}

/** Lowercase, accents stripped, white space and quote marks folded. */
export function fold(s: string): string {
  return s.normalize('NFKD').replace(/\p{M}/gu, '').replace(/[’‘`´]/g, "'").replace(/[“”„«»]/g, '"').replace(/\s+/g, ' ').trim().toLowerCase();
}

function words(s: string): string[] {
  return fold(s).match(/[\p{L}\p{N}']+/gu) ?? [];
}

/** Token-overlap F1 between two strings. */
function overlap(a: string, b: string): number {
  const wa = words(a);
  const wb = words(b);
  if (!wa.length || !wb.length) return 0;
  const counts = new Map<string, number>();
  for (const w of wb) counts.set(w, (counts.get(w) ?? 0) + 1);
  let common = 0;
  for (const w of wa) {
    const c = counts.get(w) ?? 0;
    if (c > 0) {
      common++;
      counts.set(w, c - 1);
    }
  }
  if (!common) return 0;
  const p = common / wa.length;
  const r = common / wb.length;
  return (2 * p * r) / (p + r);
}

/**
 * A gold surface form is mapped when a mention of the entity is that form, ends it (the gold's
 * "US President Donald Trump" and the mention "Donald Trump"), or holds it as its last words (the
 * gold's "Trump" where the article writes only "Donald Trump").
 */
function formMapped(form: string, mentions: ReadonlyArray<{ text: string }>): boolean {
  const f = fold(form);
  return mentions.some((x) => {
    const t = fold(x.text);
    return t === f || f.endsWith(` ${t}`) || t.endsWith(` ${f}`);
  });
}

interface Tally { hit: number; total: number }
const ratio = (t: Tally): number => (t.total ? t.hit / t.total : 1);
const add = (t: Tally, ok: boolean): void => {
  t.total++;
  if (ok) t.hit++;
};

/** Scores one article's analysis against its gold. */
export function scoreSeed(gold: GoldArticle, input: string, out: AnalyzeResult) {
  const text = fold(out.text);
  const boilerplate: Tally = { hit: 0, total: 0 };
  for (const b of gold.boilerplate) add(boilerplate, !text.includes(fold(b)));
  // Body lines: every input line that is neither boilerplate nor the title must survive cleaning,
  // less the gold boilerplate inside it (a footnote marker such as `[1]` within a sentence).
  const skip = new Set([...gold.boilerplate, ...(gold.title ? [gold.title] : [])].map(fold));
  const inline = gold.boilerplate.map(fold).filter((b) => b.length > 0);
  const body: Tally = { hit: 0, total: 0 };
  for (const line of input.split(/\r?\n/)) {
    const l = fold(line);
    if (!l || skip.has(l) || [...skip].some((s) => s.includes(l))) continue;
    const rest = fold(inline.reduce((acc, b) => acc.split(b).join(''), l));
    if (!rest) continue;
    add(body, text.includes(rest));
  }
  const title = (gold.title === null ? out.title === null : out.title !== null && fold(out.title) === fold(gold.title));
  const byline = (gold.byline === null ? out.byline === null : out.byline !== null && fold(out.byline) === fold(gold.byline));

  const goldEntities = gold.entities.filter((e) => !e.borderline);
  const entitiesByName: Tally = { hit: 0, total: 0 };
  const surfaceForms: Tally = { hit: 0, total: 0 };
  for (const g of goldEntities) {
    const found = out.entities.find((e) => fold(e.name) === fold(g.name));
    add(entitiesByName, Boolean(found));
    // A name outside the body (a byline's reporter, a removed photo credit's agency) is in `otherMentions`.
    const forms = found ? [...found.mentions, ...(found.otherMentions ?? [])] : [];
    for (const m of g.mentions) add(surfaceForms, formMapped(m, forms));
  }
  const goldNames = new Set(gold.entities.map((e) => fold(e.name)));
  const spuriousEntities = out.entities.filter((e) => !goldNames.has(fold(e.name))).length;

  const quotes: Tally = { hit: 0, total: 0 };
  const quotesSpan: Tally = { hit: 0, total: 0 };
  // One found quote answers one gold quote: among the unused ones whose words overlap it by at
  // least half, the one with the gold's speaker if any, else the closest (the same words quoted
  // twice, by two speakers, are two quotes).
  const used = new Set<number>();
  for (const g of gold.quotes.filter((q) => !q.borderline)) {
    const rightSpeaker = (name: string | null): boolean => (g.speaker === null ? name === null : name !== null && sameName(name, g.speaker));
    let match = -1;
    let best = 0;
    out.quotes.forEach((q, k) => {
      const o = overlap(q.text, g.text);
      if (used.has(k) || o < 0.5) return;
      const score = o + (rightSpeaker(q.speaker?.name ?? null) ? 1 : 0);
      if (score > best) [match, best] = [k, score];
    });
    if (match >= 0) used.add(match);
    add(quotesSpan, match >= 0);
    add(quotes, match >= 0 && rightSpeaker(out.quotes[match].speaker?.name ?? null));
  }
  const dates: Tally = { hit: 0, total: 0 };
  for (const g of gold.dates.filter((d) => !d.borderline)) {
    add(dates, out.dates.some((d) => (fold(d.text).includes(fold(g.text)) || fold(g.text).includes(fold(d.text))) && sameTimexValue(d.value, g.value)));
  }
  return {
    boilerplate, body, title, byline, entitiesByName, surfaceForms, spuriousEntities, quotesSpan, quotes, dates,
    found: { entities: out.entities.length, quotes: out.quotes.length, dates: out.dates.length },
  };
}

/** What the corpus gave the seeds' entities once all five are ingested together. */
interface CorpusScore {
  entities: Tally;
  surfaceForms: Tally;
  /** Gold entities not found under their name (`file: name`). */
  missed: string[];
  /** Corpus entities holding two or more gold entities of different names. */
  falseMerges: Array<{ entity: string; gold: string[] }>;
}

/**
 * The seeds through the real ingest path, into one fresh SQLite store with the default corpus
 * steps: an entity's canonical name is decided across the outlets (the spelling most of them use),
 * which one article alone cannot do. Each gold entity of an article must be a corpus entity present
 * in that article under the gold's name, with the gold's surface forms among the article's mentions
 * of it; and no corpus entity may hold two gold entities of different names.
 */
async function scoreCorpus(articles: GoldArticle[], seedsDir: string): Promise<CorpusScore> {
  const dir = mkdtempSync(join(tmpdir(), 'storyline-eval-seeds-'));
  const store = SqliteStore.open(join(dir, 'seeds.db'));
  try {
    for (const g of articles) {
      await ingest(store, [join(seedsDir, g.file)], { corpusSteps: DEFAULT_CORPUS_STEPS, published: g.published ?? undefined, keepIds: 0, keepRejections: 0 });
    }
    const memberOf = new Map<string, string>();
    for (const [id, keys] of await store.entities().memberKeys()) for (const k of keys) memberOf.set(k, id);
    const nameOf = new Map<string, string>();
    for (const id of new Set(memberOf.values())) nameOf.set(id, (await store.entities().findEntities({ id }))[0]?.name ?? '');
    const byFile = new Map<string, { id: string; entities: NonNullable<StoredArticle['entities']> }>();
    for await (const a of store.iterateArticles()) {
      const file = a.source.origin.file?.split('/').pop();
      if (file) byFile.set(file, { id: a.id, entities: a.entities ?? [] });
    }
    const entities: Tally = { hit: 0, total: 0 };
    const surfaceForms: Tally = { hit: 0, total: 0 };
    const goldNamesOf = new Map<string, Set<string>>();
    const missed: string[] = [];
    for (const g of articles) {
      const stored = byFile.get(g.file);
      // The article's mentions of each corpus entity, over all its article-level members.
      const mentions = new Map<string, Array<{ text: string }>>();
      for (const e of stored?.entities ?? []) {
        const id = memberOf.get(`${stored!.id}|${e.id}`);
        if (!id) continue;
        mentions.set(id, [...(mentions.get(id) ?? []), ...e.mentions]);
      }
      for (const ge of g.entities.filter((e) => !e.borderline)) {
        const found = [...mentions.keys()].find((id) => fold(nameOf.get(id) ?? '') === fold(ge.name));
        add(entities, Boolean(found));
        if (!found) missed.push(`${g.file.slice(0, 3)}: ${ge.name}`);
        for (const m of ge.mentions) add(surfaceForms, found !== undefined && formMapped(m, mentions.get(found)!));
        // Which corpus entity holds the gold entity: the one its surface forms name.
        for (const [id, ms] of mentions) {
          if (ge.mentions.some((m) => formMapped(m, ms))) {
            if (!goldNamesOf.has(id)) goldNamesOf.set(id, new Set());
            goldNamesOf.get(id)!.add(fold(ge.name));
          }
        }
      }
    }
    const falseMerges = [...goldNamesOf].filter(([, names]) => names.size > 1).map(([id, names]) => ({ entity: nameOf.get(id) ?? id, gold: [...names].sort() }));
    return { entities, surfaceForms, missed, falseMerges };
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

// A speaker name matches the gold canonical name when they are equal after folding, or when the
// surname agrees (the gold uses one canonical spelling across outlets; alias resolution is scored
// in its own evaluation).
function sameName(a: string, b: string): boolean {
  const fa = fold(a);
  const fb = fold(b);
  if (fa === fb) return true;
  const la = fa.split(' ').pop()!.replace(/(iy|yy|y|i)$/, '');
  const lb = fb.split(' ').pop()!.replace(/(iy|yy|y|i)$/, '');
  return la.length > 2 && la === lb;
}

export const evaluation: Evaluation = {
  name: 'seeds',
  description: 'analyze on the five seed articles against gold.json, field by field',
  async run(ctx): Promise<EvalReport> {
    const goldPath = join(ctx.seeds, 'gold.json');
    if (!existsSync(goldPath)) {
      return { name: 'seeds', dataset: 'seeds', headline: { metric: 'mean', value: 0 }, metrics: {}, table: '', skipped: `no seeds at ${ctx.seeds} (gold.json missing)` };
    }
    const gold = JSON.parse(readFileSync(goldPath, 'utf8')) as { articles: GoldArticle[] };
    const totals: Record<string, Tally> = {};
    const rows: string[][] = [];
    const perArticle: Record<string, unknown> = {};
    for (const g of gold.articles) {
      const input = readFileSync(join(ctx.seeds, g.file), 'utf8');
      const out = analyzeDocument(input, { published: g.published ?? undefined });
      const s = scoreSeed(g, input, out);
      perArticle[g.file] = s;
      const fields: Record<string, Tally> = {
        boilerplate: s.boilerplate, body: s.body, title: { hit: s.title ? 1 : 0, total: 1 }, byline: { hit: s.byline ? 1 : 0, total: 1 },
        entities: s.entitiesByName, 'surface forms': s.surfaceForms, quotes: s.quotes, dates: s.dates,
      };
      for (const [k, t] of Object.entries(fields)) {
        totals[k] ??= { hit: 0, total: 0 };
        totals[k].hit += t.hit;
        totals[k].total += t.total;
      }
      rows.push([g.file.slice(0, 3), ...Object.values(fields).map((t) => `${t.hit}/${t.total}`)]);
    }
    const corpus = await scoreCorpus(gold.articles, ctx.seeds);
    const names = Object.keys(totals);
    rows.push(['all', ...names.map((k) => `${totals[k].hit}/${totals[k].total}`)]);
    rows.push(['rate', ...names.map((k) => ratio(totals[k]).toFixed(2))]);
    const header = ['seed', ...names];
    const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
    const fmt = (r: string[]) => r.map((c, i) => c.padEnd(widths[i])).join('  ');
    const table = [
      fmt(header), fmt(widths.map((w) => '-'.repeat(w))), ...rows.map(fmt), '',
      `all five ingested into one store: entities under their canonical name ${corpus.entities.hit}/${corpus.entities.total}, ` +
        `surface forms ${corpus.surfaceForms.hit}/${corpus.surfaceForms.total}, false merges ${corpus.falseMerges.length}` +
        corpus.falseMerges.map((m) => ` (${m.entity}: ${m.gold.join(', ')})`).join(''),
      `missed: ${corpus.missed.join('; ') || 'none'}`,
    ].join('\n');
    const rates = Object.fromEntries(names.map((k) => [k, Math.round(ratio(totals[k]) * 1000) / 1000]));
    const mean = Object.values(rates).reduce((a, b) => a + b, 0) / names.length;
    return {
      name: 'seeds', dataset: 'seeds (5 articles, gold.json)',
      headline: { metric: 'mean field rate', value: Math.round(mean * 1000) / 1000 },
      metrics: { rates, totals, perArticle, corpus },
      table,
    };
  },
};
