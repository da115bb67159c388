import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteStore } from '../../store/sqlite/sqlite-store.js';
import { sampleArticle } from '../../store/store-contract.js';
import type { Store } from '../../store/store.js';
import { toInputOffset } from '../../text/offset-map.js';
import { stripLines } from '../../stages/clean/strip-lines.js';
import { removeTemplateFurniture, TEMPLATE_REASON } from './template-furniture-step.js';

const dir = mkdtempSync(join(tmpdir(), 'storyline-templates-'));
process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
let n = 0;

const SIGNUP = 'Sign up for the Courier Weekly morning briefing and never miss a story';
const TOPICS = ['harbour cranes', 'school meals', 'river bridge', 'tram timetable', 'city budget', 'library hours'];

function body(topic: string, i: number): string {
  return [
    `Velmora council and the ${topic}`,
    `Council members in Velmora met on Monday to discuss the ${topic} for the ${i + 1}th time this year.`,
    SIGNUP,
    `Mayor Irena Dovlek said the plan for the ${topic} would be published before the summer recess.`,
    `Residents who spoke at the meeting about the ${topic} asked for more detail on the costs involved.`,
  ].join('\n\n');
}

async function put(store: Store, text: string, outlet: string): Promise<string> {
  const a = sampleArticle(text, { outlet, published: '2025-05-02T09:00:00Z' });
  return (await store.putArticle(a)).id;
}

test('stripLines: removes whole lines, keeps paragraphs and maps back to the input', () => {
  const a = sampleArticle(`Velmora council meets\n\nFirst paragraph stays here.\n\n${SIGNUP}\n\nSecond paragraph stays too.\nIts second line.`);
  const clean = a.clean!;
  const out = stripLines(clean, (line) => (line === SIGNUP ? { reason: TEMPLATE_REASON } : null))!;
  assert.equal(out.text, 'First paragraph stays here.\n\nSecond paragraph stays too.\nIts second line.');
  assert.equal(out.paragraphs.length, 2);
  assert.equal(out.text.slice(out.paragraphs[1].start, out.paragraphs[1].end), 'Second paragraph stays too.\nIts second line.');
  const raw = a.source.raw;
  for (const word of ['Second', 'Its second line']) {
    const at = out.text.indexOf(word);
    const inRaw = toInputOffset(out.map, at);
    assert.equal(raw.slice(inRaw, inRaw + word.length), word);
  }
  const removal = out.removed.find((r) => r.reason === TEMPLATE_REASON)!;
  assert.equal(raw.slice(removal.start, removal.end), SIGNUP);
  assert.equal(stripLines(clean, () => null), null);
});

test('template step: a line recurring across one outlet is removed with its evidence; other outlets keep theirs', async () => {
  const store = SqliteStore.open(join(dir, `t-${n++}.db`));
  try {
    const ids: string[] = [];
    for (const [i, topic] of TOPICS.slice(0, 5).entries()) ids.push(await put(store, body(topic, i), 'Courier Weekly'));
    const other = await put(store, body('ferry fares', 9), 'Lakeside Post');
    const counts = await removeTemplateFurniture(store, { addedIds: [...ids, other] });
    assert.equal(counts.articlesChanged, 5);
    for (const id of ids) {
      const a = (await store.getArticle(id))!;
      assert.ok(!a.clean!.text.includes('Sign up'), 'the template line is gone from the clean text');
      const removal = a.clean!.removed.find((r) => r.reason === TEMPLATE_REASON)!;
      assert.deepEqual(removal.evidence, { outlet: 'Courier Weekly', articles: 5, outletArticles: 5 });
      assert.equal(a.source.raw.slice(removal.start, removal.end), SIGNUP);
      // The later stages were re-run on the new text: every mention indexes into it.
      const mentions = (a.entities ?? []).flatMap((e) => e.mentions);
      assert.ok(mentions.length > 0);
      for (const m of mentions) assert.equal(a.clean!.text.slice(m.start, m.end), m.text);
      for (const s of a.sentences!.sentences) assert.ok(s.end <= a.clean!.text.length);
    }
    const kept = (await store.getArticle(other))!;
    assert.ok(kept.clean!.text.includes(SIGNUP), 'one article of another outlet is not a template');
    // A new article of the outlet meets the template through the earlier removals.
    const late = await put(store, body(TOPICS[5], 20), 'Courier Weekly');
    const again = await removeTemplateFurniture(store, { addedIds: [late] });
    assert.equal(again.articlesChanged, 1);
    const lateArticle = (await store.getArticle(late))!;
    assert.ok(!lateArticle.clean!.text.includes('Sign up'));
    assert.deepEqual(lateArticle.clean!.removed.find((r) => r.reason === TEMPLATE_REASON)!.evidence, { outlet: 'Courier Weekly', articles: 6, outletArticles: 6 });
    // Running again changes nothing.
    assert.equal((await removeTemplateFurniture(store, { addedIds: [late] })).articlesChanged, 0);
  } finally {
    await store.close();
  }
});

test('template step: updated versions of one story do not turn its body into template', async () => {
  const store = SqliteStore.open(join(dir, `t-${n++}.db`));
  try {
    const story = [
      'Flood barriers along the Velmora embankment were raised overnight as the river kept rising.',
      'Engineers from the city water board said the barriers could hold another metre of water.',
      'Shops on the lower quay were told to move their stock to upper floors before the evening.',
    ];
    const ids = [
      await put(store, story.join('\n\n'), 'Quay Herald'),
      await put(store, [...story, 'Update: the river crested at noon, the water board said.'].join('\n\n'), 'Quay Herald'),
      await put(store, [...story, 'Update: the lower quay reopened in the late afternoon.'].join('\n\n'), 'Quay Herald'),
      await put(store, 'The Quay Herald chess column returns next week with a puzzle from the regional final.', 'Quay Herald'),
    ];
    const counts = await removeTemplateFurniture(store, { addedIds: ids });
    assert.equal(counts.articlesChanged, 0);
    for (const id of ids.slice(0, 3)) assert.ok((await store.getArticle(id))!.clean!.text.includes('Flood barriers'));
  } finally {
    await store.close();
  }
});
