import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildCueLexicon } from './cue-lexicon.js';
import { cueScore, decodeCueModel, encodeCueModel, getDefaultCueModel, type CueModel } from './cue-model.js';
import { cueCandidates, findQuotes } from './extract-quotes.js';

// The sentences are written for these tests; the people and places are fictional.

/** A model over `words` whose every feature weighs 1: a candidate scores its number of features. */
function flatModel(words: string[], threshold: number): CueModel {
  return { bits: 10, vocabulary: new Set(words), weights: new Float32Array(1 << 10).fill(1), threshold, info: {} };
}

const TEXT = 'Harbour Master Tomas Brell backs the plan to dredge the northern channel before the autumn storms.';

test('a word outside the lexicon becomes a cue where the model accepts it, with source and content from the rules', () => {
  assert.equal(buildCueLexicon().has('backs'), false);
  assert.deepEqual(findQuotes(TEXT, { cueModel: null }), []);
  const found = findQuotes(TEXT, { cueModel: flatModel(['backs'], 0) });
  assert.equal(found.length, 1);
  assert.equal(found[0].cue, 'backs');
  assert.equal(found[0].speaker?.name, 'Tomas Brell');
  assert.equal(found[0].text, 'the plan to dredge the northern channel before the autumn storms');
});

test('below the threshold, or outside the vocabulary, the word stays a plain word', () => {
  assert.deepEqual(findQuotes(TEXT, { cueModel: flatModel(['backs'], 1000) }), []);
  assert.deepEqual(findQuotes(TEXT, { cueModel: flatModel(['dredge'], 0) }).filter((q) => q.cue === 'backs'), []);
});

test('cue candidates are the lower-case vocabulary words, with the features the model scores', () => {
  const candidates = cueCandidates(TEXT + ' Backs of the boats were painted.', new Set(['backs', 'plan']));
  assert.deepEqual(candidates.map((c) => [c.word, TEXT.slice(c.start, c.end)]), [['backs', 'backs'], ['plan', 'plan']]);
  const model = flatModel(['backs'], 0);
  assert.equal(cueScore(model, candidates[0].features), candidates[0].features.length);
});

test('a model survives encoding and decoding', () => {
  const weights = new Float32Array(1 << 8);
  weights[3] = 1.234;
  weights[200] = -0.5;
  const model: CueModel = { bits: 8, vocabulary: new Set(['backs', 'urges']), weights, threshold: -2, info: { seed: 1 } };
  const back = decodeCueModel(encodeCueModel(model));
  assert.equal(back.bits, 8);
  assert.deepEqual([...back.vocabulary], ['backs', 'urges']);
  assert.equal(back.threshold, -2);
  assert.ok(Math.abs(back.weights[3] - 1.23) < 1e-6);
  assert.equal(back.weights[200], -0.5);
  assert.equal(back.weights[4], 0);
  assert.deepEqual(back.info, { seed: 1 });
  assert.throws(() => decodeCueModel(Buffer.from('not a model')));
});

test('the committed model loads and decides only on words the lexicon does not already use', () => {
  const model = getDefaultCueModel();
  assert.ok(model !== null, 'models/quotes/cue-model.json.gz is committed');
  assert.ok(model.vocabulary.size > 100);
  const lexicon = buildCueLexicon();
  for (const w of model.vocabulary) {
    const info = lexicon.get(w);
    assert.ok(info === undefined || info.lowPrecision === true, w);
  }
  // The default is the committed model: same findings as passing it.
  const text = 'Councillor Mira Sand likes the idea of a night ferry, and the union favors it too.';
  assert.deepEqual(findQuotes(text), findQuotes(text, { cueModel: model }));
});
