/**
 * Places evaluation: accuracy of place resolution on the hand-written mentions of
 * `src/core/corpus/places/fixtures/place-mentions.json` (each a place with the other places of its
 * article, and the expected gazetteer entry, or none), of the held-out set, and of the inflected
 * Russian and Ukrainian forms of `place-mentions-inflected.json`, beside two baselines: priors alone (no
 * context) and the most populous matching entry. Also measures the gazetteer load time and the
 * per-query cost.
 */
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadGazetteer, type Gazetteer } from '../src/core/corpus/places/gazetteer.js';
import { resolvePlaces } from '../src/core/corpus/places/resolve-places.js';
import type { PlaceKind, PlaceQuery, ResolvedPlace } from '../src/core/corpus/places/types.js';
import type { EvalReport, Evaluation } from './types.js';

interface Expect {
  kind: PlaceKind;
  countryCode: string;
  admin?: string;
}

interface Case {
  place: string;
  context: string[];
  expect: Expect | null;
}

const FIXTURES = join(resolve(dirname(fileURLToPath(import.meta.url)), '..', '..'), 'src', 'core', 'corpus', 'places', 'fixtures');

/** Loads a test set: `place-mentions.json` (used while setting the weights) or `place-mentions-heldout.json` (not). */
export function loadPlaceCases(file: string): Case[] {
  return (JSON.parse(readFileSync(join(FIXTURES, file), 'utf8')) as { cases: Case[] }).cases;
}

/** The queries of one case: the place and each context place, all in one article. */
function queriesOf(c: Case): PlaceQuery[] {
  const names = [c.place, ...c.context];
  const ids = names.map((_, i) => `q${i}`);
  return names.map((name, i) => ({ id: ids[i]!, names: [name], context: ids.filter((_, j) => j !== i) }));
}

/** Whether a result is what the case expects. */
export function isCorrect(c: Case, got: ResolvedPlace | undefined, admin: string | undefined): boolean {
  if (c.expect === null) return got === undefined;
  if (got === undefined) return false;
  return got.kind === c.expect.kind && got.countryCode === c.expect.countryCode && (c.expect.admin === undefined || c.expect.admin === admin);
}

type Method = (c: Case, g: Gazetteer) => { place: ResolvedPlace | undefined; admin: string | undefined };

function adminOf(g: Gazetteer, c: Case, place: ResolvedPlace | undefined): string | undefined {
  if (!place) return undefined;
  return g.candidates(c.place).find((x) => x.entry.name === place.name && x.entry.lat === place.lat && x.entry.lon === place.lon)?.entry.admin;
}

const withContext: Method = (c, g) => {
  const place = resolvePlaces(queriesOf(c), g).get('q0');
  return { place, admin: adminOf(g, c, place) };
};
const priorsOnly: Method = (c, g) => {
  const place = resolvePlaces(queriesOf(c), g, { rounds: 0 }).get('q0');
  return { place, admin: adminOf(g, c, place) };
};
const mostPopulous: Method = (c, g) => {
  const list = g.candidates(c.place).sort((a, b) => (b.entry.population ?? 0) - (a.entry.population ?? 0));
  const e = list[0]?.entry;
  if (!e) return { place: undefined, admin: undefined };
  return { place: { kind: e.kind, name: e.name, countryCode: e.countryCode, country: '', lat: e.lat, lon: e.lon, evidence: [] }, admin: e.admin };
};

function run(cases: Case[], g: Gazetteer, method: Method): { accuracy: number; correct: number; errors: string[] } {
  let correct = 0;
  const errors: string[] = [];
  for (const c of cases) {
    const { place, admin } = method(c, g);
    if (isCorrect(c, place, admin)) correct++;
    else {
      const want = c.expect ? `${c.expect.kind} ${c.expect.countryCode}${c.expect.admin ? `-${c.expect.admin}` : ''}` : 'none';
      const got = place ? `${place.name} (${place.kind} ${place.countryCode}${admin ? `-${admin}` : ''})` : 'none';
      errors.push(`${c.place} [${c.context.join(', ')}]: want ${want}, got ${got}`);
    }
  }
  return { accuracy: cases.length ? correct / cases.length : 0, correct, errors };
}

export const evaluation: Evaluation = {
  name: 'places',
  description: 'Place resolution to gazetteer entries, disambiguated by the other places of the article.',
  async run(ctx): Promise<EvalReport> {
    const cases = loadPlaceCases('place-mentions.json');
    const heldout = loadPlaceCases('place-mentions-heldout.json');
    const t0 = performance.now();
    const g = loadGazetteer();
    const loadMs = performance.now() - t0;
    ctx.log(`gazetteer loaded in ${loadMs.toFixed(0)} ms: ${JSON.stringify(g.size)}`);
    const t1 = performance.now();
    const ours = run(cases, g, withContext);
    const queries = cases.reduce((n, c) => n + 1 + c.context.length, 0);
    const perQueryMs = (performance.now() - t1) / queries;
    const priors = run(cases, g, priorsOnly);
    const populous = run(cases, g, mostPopulous);
    const held = { ours: run(heldout, g, withContext), priors: run(heldout, g, priorsOnly), populous: run(heldout, g, mostPopulous) };
    const inflected = loadPlaceCases('place-mentions-inflected.json');
    const infl = { ours: run(inflected, g, withContext), priors: run(inflected, g, priorsOnly), populous: run(inflected, g, mostPopulous) };
    type Score = { accuracy: number; correct: number };
    const row = (name: string, r: Score, h: Score, i: Score): string =>
      `${name.padEnd(22)} ${r.accuracy.toFixed(4)} ${`${r.correct}/${cases.length}`.padEnd(7)} ${h.accuracy.toFixed(4)} ${`${h.correct}/${heldout.length}`.padEnd(7)} ${i.accuracy.toFixed(4)} ${i.correct}/${inflected.length}`;
    const table = [
      `${'method'.padEnd(22)} dev            held-out       inflected`,
      row('context (ours)', ours, held.ours, infl.ours), row('priors only', priors, held.priors, infl.priors), row('most populous match', populous, held.populous, infl.populous),
      `gazetteer load ${loadMs.toFixed(0)} ms; ${perQueryMs.toFixed(3)} ms per place query (${queries} queries)`,
      ...ours.errors.map((e) => `  dev error: ${e}`),
      ...held.ours.errors.map((e) => `  held-out error: ${e}`),
      ...infl.ours.errors.map((e) => `  inflected error: ${e}`),
    ].join('\n');
    return {
      name: 'places',
      dataset: `place-mentions.json (${cases.length} mentions) + place-mentions-heldout.json (${heldout.length}) + place-mentions-inflected.json (${inflected.length})`,
      headline: { metric: 'accuracy', value: ours.accuracy },
      metrics: {
        cases: cases.length, accuracy: ours.accuracy, correct: ours.correct, errors: ours.errors,
        heldout: { cases: heldout.length, accuracy: held.ours.accuracy, correct: held.ours.correct, errors: held.ours.errors },
        inflected: { cases: inflected.length, accuracy: infl.ours.accuracy, correct: infl.ours.correct, errors: infl.ours.errors },
        loadMs: Math.round(loadMs), perQueryMs, queries, gazetteer: g.size,
      },
      baselines: {
        priorsOnly: { accuracy: priors.accuracy, heldout: held.priors.accuracy, inflected: infl.priors.accuracy, errors: priors.errors },
        mostPopulous: { accuracy: populous.accuracy, heldout: held.populous.accuracy, inflected: infl.populous.accuracy, errors: populous.errors },
      },
      table,
    };
  },
};
