/**
 * Alias evaluation: precision, recall and F1 of merge decisions on the alias pair set written from
 * romanisation conventions (`src/core/corpus/entities/fixtures/alias-pairs.json`) and on three
 * held-out sets written after the matcher (see the headline note in `run`), beside two baselines (plain lowercase
 * equality, Jaro-Winkler ≥ 0.9, the latter also on transliterated text), with every false merge
 * listed. Also the seeds' gold check: the gold surface forms of all articles, resolved across
 * articles, must give one entity per gold canonical name with no false merge.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadAliasPairs, type AliasPair } from '../src/core/corpus/entities/alias-pairs.js';
import { foldText } from '../src/core/corpus/entities/name-key.js';
import { jaroWinkler } from '../src/core/corpus/entities/jaro-winkler.js';
import { matchNames } from '../src/core/corpus/entities/match-names.js';
import { resolveEntities } from '../src/core/corpus/entities/resolve-entities.js';
import type { EntityInput } from '../src/core/corpus/entities/types.js';
import type { EvalContext, EvalReport, Evaluation } from './types.js';


interface Score {
  precision: number;
  recall: number;
  f1: number;
  tp: number;
  fp: number;
  fn: number;
  tn: number;
}

type Decide = (p: AliasPair) => boolean;

function score(pairs: readonly AliasPair[], decide: Decide): Score & { falseMerges: string[]; missed: string[] } {
  let tp = 0, fp = 0, fn = 0, tn = 0;
  const falseMerges: string[] = [];
  const missed: string[] = [];
  for (const p of pairs) {
    const merged = decide(p);
    if (merged && p.merge) tp++;
    else if (merged) {
      fp++;
      falseMerges.push(`${p.a} = ${p.b}`);
    } else if (p.merge) {
      fn++;
      missed.push(`${p.a} ≠ ${p.b}`);
    } else tn++;
  }
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, tp, fp, fn, tn, falseMerges, missed };
}

const sameType = (p: AliasPair): boolean => (p.typeB ?? p.type) === p.type;

/** Our matcher, pair by pair. */
const ours: Decide = (p) => matchNames(p.a, p.b, { typeA: p.type, typeB: p.typeB ?? p.type }).match;

/** Our resolver on the pair alone: two entities from two articles, merged or not. */
const resolver: Decide = (p) => {
  const inputs: EntityInput[] = [
    { name: p.a, type: p.type, mentions: [p.a], article: 'a' },
    { name: p.b, type: p.typeB ?? p.type, mentions: [p.b], article: 'b' },
  ];
  return resolveEntities(inputs).entities.length === 1;
};

const exactLowercase: Decide = (p) => sameType(p) && p.a.trim().toLowerCase() === p.b.trim().toLowerCase();
const jw: Decide = (p) => sameType(p) && jaroWinkler(p.a.toLowerCase(), p.b.toLowerCase()) >= 0.9;
const jwFolded: Decide = (p) => sameType(p) && jaroWinkler(foldText(p.a), foldText(p.b)) >= 0.9;

interface GoldEntity {
  name: string;
  type: string;
  mentions: string[];
  roles?: string[];
}

/** Resolves the gold surface forms of every seed article and compares the grouping with the gold names. */
function seedsCheck(seeds: string): Record<string, unknown> {
  const file = join(seeds, 'gold.json');
  if (!existsSync(file)) return { skipped: `${file} not found` };
  const gold = JSON.parse(readFileSync(file, 'utf8')) as { articles: { file: string; entities: GoldEntity[] }[] };
  const inputs: EntityInput[] = [];
  const names: string[] = [];
  for (const article of gold.articles) {
    for (const e of article.entities) {
      // The name an article-level tagger would pick: the longest surface form, not the gold name.
      const name = [...e.mentions].sort((x, y) => y.length - x.length || (x < y ? -1 : 1))[0] ?? '';
      inputs.push({ name, type: e.type, mentions: e.mentions, article: article.file, roles: e.roles ?? [] });
      names.push(`${e.type}:${e.name}`);
    }
  }
  const result = resolveEntities(inputs);
  const falseMerges: string[] = [];
  const clustersOf = new Map<string, Set<string>>();
  for (const entity of result.entities) {
    const golds = new Set(entity.members.map((m) => names[m]!));
    if (golds.size > 1) falseMerges.push(`${entity.name}: ${[...golds].join(' + ')}`);
    for (const g of golds) {
      const set = clustersOf.get(g) ?? new Set<string>();
      set.add(entity.id);
      clustersOf.set(g, set);
    }
  }
  const split = [...clustersOf].filter(([, ids]) => ids.size > 1).map(([g, ids]) => `${g} → ${[...ids].join(', ')}`);
  // Canonical names: an entity that holds one gold name must carry it as its name (the gold uses one
  // spelling per referent across outlets, so this scores the choice among the articles' spellings).
  const fold = (x: string): string => foldText(x);
  const wrongNames: string[] = [];
  let rightNames = 0;
  for (const entity of result.entities) {
    const golds = [...new Set(entity.members.map((m) => names[m]!))];
    if (golds.length !== 1) continue;
    const goldName = golds[0]!.slice(golds[0]!.indexOf(':') + 1);
    if (fold(entity.name) === fold(goldName)) rightNames++;
    else wrongNames.push(`${entity.name} (gold: ${goldName})`);
  }
  const crossArticle = [...new Set(names)].filter((n) => names.filter((x) => x === n).length > 1).length;
  return {
    articles: gold.articles.length,
    articleEntities: inputs.length,
    goldNames: clustersOf.size,
    goldNamesInSeveralArticles: crossArticle,
    resolvedEntities: result.entities.length,
    falseMerges,
    splitNames: split,
    onePerGoldName: split.length === 0 && falseMerges.length === 0,
    canonicalNames: { right: rightNames, of: rightNames + wrongNames.length, wrong: wrongNames },
    links: result.links.map((l) => `${l.from} ${l.kind} ${l.to}`),
  };
}

function pct(x: number): string {
  return (100 * x).toFixed(1).padStart(5);
}

function row(label: string, s: Score): string {
  return `${label.padEnd(34)} ${pct(s.precision)} ${pct(s.recall)} ${pct(s.f1)}  ${String(s.tp).padStart(3)} ${String(s.fp).padStart(3)} ${String(s.fn).padStart(3)} ${String(s.tn).padStart(3)}`;
}

function strip<T extends Score>(s: T): Score {
  const { precision, recall, f1, tp, fp, fn, tn } = s;
  return { precision, recall, f1, tp, fp, fn, tn };
}

/** The alias evaluation module. */
export const evaluation: Evaluation = {
  name: 'aliases',
  description: 'Alias matching across spellings and scripts: merge P/R/F1 on the alias pair sets vs baselines, and the seeds gold grouping check',
  async run(ctx: EvalContext): Promise<EvalReport> {
    const started = performance.now();
    const main = loadAliasPairs('alias-pairs.json');
    const holdout = loadAliasPairs('alias-pairs-holdout.json');
    const holdout2 = loadAliasPairs('alias-pairs-holdout-2.json');
    const holdout3 = loadAliasPairs('alias-pairs-holdout-3.json');
    ctx.log(`alias pairs: ${main.length} main, ${holdout.length} + ${holdout2.length} + ${holdout3.length} held out`);
    const sets = { main, holdout, holdout2, holdout3 } as const;
    const systems: [string, Decide][] = [
      ['matchNames', ours],
      ['resolveEntities (pair alone)', resolver],
      ['baseline: exact lowercase', exactLowercase],
      ['baseline: Jaro-Winkler >= 0.9', jw],
      ['baseline: JW >= 0.9 on folded text', jwFolded],
    ];
    const results: Record<string, Record<string, ReturnType<typeof score>>> = {};
    for (const [setName, pairs] of Object.entries(sets)) {
      results[setName] = {};
      for (const [label, decide] of systems) results[setName]![label] = score(pairs, decide);
    }
    const seeds = seedsCheck(ctx.seeds);
    const lines: string[] = [];
    for (const [setName, pairs] of Object.entries(sets)) {
      const merges = pairs.filter((p) => p.merge).length;
      lines.push(`${setName}: ${merges} must-merge, ${pairs.length - merges} must-not-merge pairs`);
      lines.push(`${'system'.padEnd(34)}     P     R    F1   tp  fp  fn  tn`);
      for (const [label] of systems) lines.push(row(label, results[setName]![label]!));
      const o = results[setName]!['matchNames']!;
      lines.push(`  false merges (matchNames): ${o.falseMerges.length === 0 ? 'none' : o.falseMerges.join('; ')}`);
      lines.push(`  missed merges (matchNames): ${o.missed.length === 0 ? 'none' : o.missed.join('; ')}`);
      const j = results[setName]!['baseline: Jaro-Winkler >= 0.9']!;
      lines.push(`  false merges (Jaro-Winkler): ${j.falseMerges.length}${j.falseMerges.length > 0 ? ` (${j.falseMerges.slice(0, 8).join('; ')}${j.falseMerges.length > 8 ? '; …' : ''})` : ''}`);
      lines.push('');
    }
    if ('skipped' in seeds) lines.push(`seeds: skipped (${String(seeds.skipped)})`);
    else {
      lines.push(
        `seeds: ${String(seeds.articleEntities)} article entities → ${String(seeds.resolvedEntities)} entities for ${String(seeds.goldNames)} gold names; ` +
          `false merges ${(seeds.falseMerges as string[]).length}, split names ${(seeds.splitNames as string[]).length}`,
      );
      const canonical = seeds.canonicalNames as { right: number; of: number; wrong: string[] };
      lines.push(`seeds: canonical name right for ${canonical.right}/${canonical.of} entities${canonical.wrong.length > 0 ? `; wrong: ${canonical.wrong.join('; ')}` : ''}`);
    }
    // The headline is the third held-out set: the main set was written alongside the matcher and
    // fits it perfectly; misses of the first two held-out sets (Vučić; German spellings, Serbian
    // Cyrillic, Ukrainian/Russian place forms) led to the rules that now pass them; the third set was
    // written from the conventions before those rules, and nothing was tuned on it.
    const headline = results['holdout3']!['matchNames']!;
    const metricsOut: Record<string, unknown> = {};
    for (const [setName] of Object.entries(sets)) {
      const o = results[setName]!['matchNames']!;
      metricsOut[setName] = {
        matchNames: strip(o),
        resolver: strip(results[setName]!['resolveEntities (pair alone)']!),
        falseMerges: o.falseMerges,
        missedMerges: o.missed,
        resolverFalseMerges: results[setName]!['resolveEntities (pair alone)']!.falseMerges,
      };
    }
    metricsOut['seeds'] = seeds;
    const baselines: Record<string, unknown> = {};
    for (const [setName] of Object.entries(sets)) {
      baselines[setName] = {
        exactLowercase: strip(results[setName]!['baseline: exact lowercase']!),
        jaroWinkler090: { ...strip(results[setName]!['baseline: Jaro-Winkler >= 0.9']!), falseMerges: results[setName]!['baseline: Jaro-Winkler >= 0.9']!.falseMerges },
        jaroWinkler090Folded: { ...strip(results[setName]!['baseline: JW >= 0.9 on folded text']!), falseMerges: results[setName]!['baseline: JW >= 0.9 on folded text']!.falseMerges },
      };
    }
    return {
      name: 'aliases',
      dataset: `alias-pairs.json (${main.length} pairs) + alias-pairs-holdout.json (${holdout.length}) + alias-pairs-holdout-2.json (${holdout2.length}) + alias-pairs-holdout-3.json (${holdout3.length}) + seeds gold.json`,
      headline: { metric: 'merge F1 (third held-out alias set, matchNames)', value: headline.f1 },
      metrics: metricsOut,
      baselines,
      table: lines.join('\n'),
      seconds: (performance.now() - started) / 1000,
    };
  },
};
