/**
 * A generated story of many articles for the UI's speed check: one fictional event (a port strike
 * in a fictional city) reported by twelve fictional outlets over thirty days, each article a
 * different draw of sentences, names, numbers and quotes from a seeded generator, so that the
 * clusterer keeps them as one story of distinct articles rather than copies.
 */

const OUTLETS = ['Harbour Post', 'Calder Times', 'Eastmark Daily', 'Quayside Wire', 'The Ferrol Ledger', 'Morrow Evening News',
  'Saltmarsh Observer', 'North Quay Herald', 'Brisk Radio', 'The Tidewater', 'Lanton Gazette', 'Coastline Review'];
const SPEAKERS = ['Mara Voss', 'Teodor Klay', 'Irina Delmont', 'Bastian Oruk', 'Helga Stroom'];
const ROLES = ['union leader', 'port director', 'transport minister', 'mayor of Calder', 'dockworkers spokesperson'];
const CUES = ['said', 'told reporters', 'warned', 'insisted', 'added'];
const QUOTES = [
  'We will not go back until the night shifts are safe',
  'The port loses money every hour the cranes stand still',
  'Talks will resume on Monday at the harbour office',
  'No one has offered us a written guarantee',
  'The strike has cost the region more than anyone admits',
  'Ships are already turning to Eastmark instead of Calder',
  'We asked for a mediator weeks ago',
  'The government will not set the wage for a private port',
];
const FACTS = [
  'Dockworkers at the port of Calder extended their strike over night-shift safety',
  'Container ships queued outside Calder harbour as the strike at the port continued',
  'The Calder port authority said {n} vessels were waiting to unload',
  'Talks between the dockworkers union and the Calder port authority broke off again',
  'Freight companies diverted {n} cargoes from Calder to Eastmark',
  'The strike at Calder port entered its {n}th day with no agreement in sight',
  'Union members voted to continue the Calder port strike by {n} votes',
  'Shops in Calder reported shortages of imported goods as the port strike went on',
  'The transport ministry said it was watching the Calder dispute closely',
  'Police said {n} pickets gathered peacefully at the harbour gates in Calder',
];

/** A small deterministic generator (mulberry32). */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `count` JSONL records of the one story. */
export function largeStoryRecords(count: number, seed = 7): Array<Record<string, unknown>> {
  const r = rng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];
  const start = Date.UTC(2025, 8, 1);
  const out: Array<Record<string, unknown>> = [];
  for (let i = 0; i < count; i++) {
    const published = new Date(start + Math.floor(r() * 30) * 86_400_000 + Math.floor(r() * 86_400) * 1000);
    const outlet = pick(OUTLETS);
    const paragraphs: string[] = [];
    const lead = pick(FACTS).replace('{n}', String(2 + Math.floor(r() * 60)));
    paragraphs.push(`CALDER, ${published.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', timeZone: 'UTC' })} (${outlet}) - ${lead}, as the dockworkers strike at the port of Calder went on, on ${published.toLocaleDateString('en-GB', { weekday: 'long', timeZone: 'UTC' })}.`);
    for (let p = 0; p < 3 + Math.floor(r() * 4); p++) {
      const s = Math.floor(r() * SPEAKERS.length);
      paragraphs.push(`"${pick(QUOTES)}," ${pick(CUES)} ${SPEAKERS[s]}, the ${ROLES[s]}, in article ${i + 1}.`);
      paragraphs.push(`${pick(FACTS).replace('{n}', String(2 + Math.floor(r() * 60)))}, according to figures seen by ${outlet} (report ${i + 1}.${p}).`);
    }
    out.push({
      id: `large-${i + 1}`,
      outlet,
      title: `Calder port strike: ${lead} (${i + 1})`,
      published: published.toISOString(),
      language: 'en',
      url: `https://example.org/calder/${i + 1}`,
      text: paragraphs.join('\n\n'),
    });
  }
  return out;
}
