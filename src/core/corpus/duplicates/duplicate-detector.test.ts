import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DuplicateDetector, MemoryDuplicateStore } from './duplicate-detector.js';
import { estimateContainment, estimateJaccard, minhashSeeds, minhashSignature } from './minhash-signature.js';
import { shingleHashes } from './shingle-hashes.js';

// A wire story written for these tests (fictional town and people).
const WIRE = [
  'MAPLETON — A fire that started in a bakery on Harbor Street spread to three neighbouring shops early Tuesday, forcing dozens of residents from their apartments, the Mapleton fire department said.',
  'Fire Chief Dana Whitcombe said crews were called at 4:10 a.m. and needed nearly three hours to bring the flames under control. Two firefighters were treated for smoke inhalation and released.',
  'The bakery owner, Tomas Reyes, told reporters he had opened the shop eleven years ago and lost everything in the blaze. Investigators have not determined the cause.',
  'The Red Cross opened a shelter at Lincoln Middle School for families who could not return home, and city officials said the street would stay closed through Wednesday.',
  'Harbor Street has seen two other fires in the past decade, both in buildings that were later torn down, according to city records reviewed by the newspaper.',
  'Residents described waking to the smell of smoke and the sound of sirens. "We grabbed the kids and ran," said Maria Olsen, who lives above the hardware store next door.',
];
const STORY = WIRE.join('\n\n');

const OTHER_SAME_EVENT =
  'Investigators in Mapleton were still sifting through the ruins of a Harbor Street bakery on Wednesday, a day after a fire destroyed it and damaged three other shops.\n\n' +
  'The state fire marshal said samples had been sent to a laboratory and that no cause would be announced for several weeks. Insurance adjusters toured the block in the afternoon.\n\n' +
  'Business owners met with the mayor, who promised a relief fund and faster permits for repairs. Several said they did not know whether they would reopen.';

const DIFFERENT_STORY =
  'The Mapleton school board voted 5-2 on Monday night to extend the school day by twenty minutes starting next fall, ending months of debate over the budget.\n\n' +
  'Supporters said the extra time would go to reading instruction. Opponents worried about bus schedules and the cost of paying teachers for the additional hours.\n\n' +
  'The superintendent said a detailed plan would be presented in January after meetings with parents and the teachers union.';

function detector(): DuplicateDetector {
  return new DuplicateDetector(new MemoryDuplicateStore());
}

test('copies are recognised and point at the earliest article', async (t) => {
  const cases: [string, string][] = [
    ['verbatim copy', STORY],
    ['retitled copy (the headline is not part of the text)', STORY],
    ['trimmed ending (first four of six paragraphs)', WIRE.slice(0, 4).join('\n\n')],
    ['added paragraph', [WIRE[0], 'The newspaper will update this story as more information becomes available from officials at the scene this morning.', ...WIRE.slice(1)].join('\n\n')],
    ['trimmed and a paragraph added', [...WIRE.slice(0, 4), 'Staff writer Ana Lopez contributed reporting from the scene of the fire on Tuesday morning.'].join('\n\n')],
    ['case, quotes and spacing changed', STORY.toUpperCase().replace(/"/g, '“').replace(/ /g, '  ')],
  ];
  for (const [name, text] of cases) {
    await t.test(name, () => {
      const d = detector();
      d.add('original', STORY);
      d.add('unrelated', DIFFERENT_STORY);
      const result = d.add('copy', text);
      assert.equal(result.status, 'duplicate');
      assert.equal(result.duplicateOf, 'original');
      assert.equal(result.group, 'original');
      assert.ok((result.containment ?? 0) >= 0.6, `containment ${result.containment}`);
    });
  }
});

test('negative cases: different articles are not duplicates', async (t) => {
  const cases: [string, string][] = [
    ['another article about the same fire', OTHER_SAME_EVENT],
    ['a different story from the same town', DIFFERENT_STORY],
    ['a single shared paragraph among new ones', [WIRE[3], OTHER_SAME_EVENT, DIFFERENT_STORY].join('\n\n')],
  ];
  for (const [name, text] of cases) {
    await t.test(name, () => {
      const d = detector();
      d.add('original', STORY);
      const result = d.add('other', text);
      assert.equal(result.duplicateOf, null);
      assert.equal(result.group, 'other');
      assert.equal(result.status, 'original');
    });
  }
});

test('bad input gives a clear status, never a crash', () => {
  const d = detector();
  assert.equal(d.add('empty', '').status, 'too-short');
  assert.equal(d.add('short', 'Fire on Harbor Street.').status, 'too-short');
  assert.equal(d.add('binaryish', '\u0000\u0001\u0002\uFFFD'.repeat(50)).status, 'too-short');
  assert.equal(d.add('not-a-string', undefined as unknown as string).status, 'too-short');
  const huge = (STORY + '\n\n').repeat(200);
  assert.equal(d.add('huge', huge).status, 'original');
  assert.equal(d.add('again', STORY).duplicateOf, 'huge');
});

test('the same id twice changes nothing', () => {
  const d = detector();
  d.add('a', STORY);
  const first = d.add('b', STORY);
  const again = d.add('b', DIFFERENT_STORY);
  assert.equal(again.status, 'seen');
  assert.equal(again.duplicateOf, first.duplicateOf);
  assert.equal(d.size, 2);
});

test('a chain of copies stays in the first article’s group', () => {
  const d = detector();
  d.add('a', STORY);
  d.add('b', WIRE.slice(0, 5).join('\n\n'));
  const c = d.add('c', WIRE.slice(1, 6).join('\n\n'));
  assert.equal(c.group, 'a');
  assert.equal(c.duplicateOf, 'a');
});

test('deterministic: same seed, same signatures; a restarted detector gives the same answers', () => {
  const seeds = minhashSeeds(60, 20240611);
  assert.deepEqual(minhashSeeds(60, 20240611), seeds);
  const s1 = minhashSignature(shingleHashes(STORY), seeds);
  const s2 = minhashSignature(shingleHashes(STORY), seeds);
  assert.deepEqual(s1, s2);
  const store = new MemoryDuplicateStore();
  const d1 = new DuplicateDetector(store);
  d1.add('a', STORY);
  d1.add('b', DIFFERENT_STORY);
  const d2 = new DuplicateDetector(store);
  assert.equal(d2.size, 2);
  assert.equal(d2.add('c', STORY).duplicateOf, 'a');
});

test('MinHash estimates track the true resemblance and containment', () => {
  const seeds = minhashSeeds(200, 1);
  const a = shingleHashes(STORY);
  const b = shingleHashes(WIRE.slice(0, 3).join('\n\n'));
  const setA = new Set(a);
  const inter = [...b].filter((x) => setA.has(x)).length;
  const jaccard = inter / (a.length + b.length - inter);
  const estimate = estimateJaccard(minhashSignature(a, seeds), minhashSignature(b, seeds));
  assert.ok(Math.abs(estimate - jaccard) < 0.12, `estimate ${estimate} vs ${jaccard}`);
  assert.ok(estimateContainment(estimate, a.length, b.length) > 0.8);
});
