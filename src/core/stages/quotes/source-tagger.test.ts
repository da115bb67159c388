import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fnv, mix } from '../entities/ner-features.js';
import type { NerModel } from '../entities/ner-model.js';
import { buildCueLexicon } from './cue-lexicon.js';
import { findQuotes } from './extract-quotes.js';
import { SOURCE_TAGS, getDefaultSourceTagger, spansOfTags, taggedAttributions, taggerSentences, tagSources } from './source-tagger.js';

// The sentences are written for these tests; the people and places are fictional.

const LEXICON = buildCueLexicon();
const BITS = 16;
const MASK = (1 << BITS) - 1;
const tag = (t: (typeof SOURCE_TAGS)[number]): number => SOURCE_TAGS.indexOf(t);

/**
 * A hand-set model: O by default (the bias feature), a word of the cue lexicon (when `lexiconCues`)
 * or `cueWord` is a CUE, the word right before it a SRC. Template numbers as in the feature modules.
 */
function handModel(cueWord: string | null = null, lexiconCues = true): NerModel {
  const T = SOURCE_TAGS.length;
  const weights = new Float32Array((1 << BITS) * T);
  const set = (bucket: number, t: number, w: number): void => {
    weights[(bucket & MASK) * T + t] += w;
  };
  set(mix(1, 0), tag('O'), 1); // bias
  if (lexiconCues) {
    for (const cls of [1, 2, 3]) set(mix(101, cls), tag('B-CUE'), 5); // a lexicon cue word
    set(mix(104, 1), tag('B-SRC'), 5); // the nearest cue is the next token
  }
  if (cueWord !== null) {
    set(mix(3, fnv(cueWord)), tag('B-CUE'), 5); // the word itself (lower)
    set(mix(16, fnv(cueWord)), tag('B-SRC'), 5); // the next word is it
  }
  return { bits: BITS, tags: SOURCE_TAGS, weights, trans: new Float32Array(T * T), start: new Float32Array(T), gazetteer: { entries: new Map(), maxWords: 1 }, info: { seed: 0, epochs: 0, sentences: 0, tokens: 0, trainedOn: 'hand-set' } };
}

test('sentences split after a full stop before a capital or a quote, keeping a closing quote', () => {
  const text = 'The ferry left at noon. "It was late." Then the rain came.\nA new line starts here';
  assert.deepEqual(taggerSentences(text).map((s) => text.slice(s[0].start, s[s.length - 1].end)), ['The ferry left at noon.', '"It was late."', 'Then the rain came.', 'A new line starts here']);
});

test('spans are read off B-/I- tags in character offsets', () => {
  const text = 'Ilse Varga said no';
  const [s] = taggerSentences(text);
  const spans = spansOfTags(s, [tag('B-SRC'), tag('I-SRC'), tag('B-CUE'), tag('O')], 0);
  assert.deepEqual(spans.map((x) => [x.role, text.slice(x.start, x.end)]), [['SRC', 'Ilse Varga'], ['CUE', 'said']]);
});

test('a source and a cue give an attribution whose content is what the cue governs, or what precedes it', () => {
  const model = handModel();
  const after = 'Port officer Varga said that the bridge would reopen in May.';
  const [a] = taggedAttributions(model, after, LEXICON, []);
  assert.equal(after.slice(a.source.start, a.source.end), 'Varga');
  assert.equal(a.cue, 'said');
  assert.equal(after.slice(a.content.start, a.content.end), 'the bridge would reopen in May');
  const before = 'The bridge will reopen in May, Varga said.';
  const [b] = taggedAttributions(model, before, LEXICON, []);
  assert.equal(before.slice(b.content.start, b.content.end), 'The bridge will reopen in May');
  // A sentence where the rules already have a source or a cue is left to them.
  assert.deepEqual(taggedAttributions(model, after, LEXICON, [{ start: 13, end: 18 }]), []);
});

test('the extractor adds the tagger attribution where the rules find none, and not with the tagger off', () => {
  // "announcement" is a cue word of the rules (so the sentence is tagged), yet they find nothing here.
  const text = 'Harbour Master Tomas Brell backs the announcement about dredging the northern channel.';
  assert.deepEqual(findQuotes(text, { cueModel: null, sourceTagger: null }), []);
  const found = findQuotes(text, { cueModel: null, sourceTagger: handModel('backs', false) });
  assert.equal(found.length, 1);
  assert.equal(found[0].cue, 'backs');
  assert.equal(text.slice(found[0].source!.start, found[0].source!.end), 'Brell');
  assert.equal(found[0].kind, 'indirect');
  assert.equal(found[0].text, 'the announcement about dredging the northern channel');
  // Without a cue word of the rules in the sentence, the tagger is not run.
  const plain = 'Harbour Master Tomas Brell backs the plan to dredge the northern channel.';
  assert.deepEqual(findQuotes(plain, { cueModel: null, sourceTagger: handModel('backs', false) }), []);
});

test('the committed tagger finds the source and the cue of a plain report', () => {
  const model = getDefaultSourceTagger();
  assert.ok(model !== null, 'models/quotes/source-tagger.bin.gz is missing');
  const text = 'The harbour commission said on Monday that the northern channel would be dredged.';
  const spans = tagSources(model, text, LEXICON).map((s) => [s.role, text.slice(s.start, s.end)]);
  assert.ok(spans.some(([r, t]) => r === 'CUE' && t === 'said'), JSON.stringify(spans));
  assert.ok(spans.some(([r, t]) => r === 'SRC' && t.includes('commission')), JSON.stringify(spans));
});

test('in a sentence the rules read, a pair outside their spans is added, its content ending before their next span', () => {
  const model = handModel();
  const text = 'Lee said the road would close and Varga said that the bridge would stay open.';
  const at = (s: string): { start: number; end: number } => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length });
  // The rules' attribution: Varga, the second "said", and its clause.
  const taken = [at('Varga'), { start: text.lastIndexOf('said'), end: text.lastIndexOf('said') + 4 }, at('the bridge would stay open')];
  const found = taggedAttributions(model, text, LEXICON, taken);
  assert.deepEqual(found.map((a) => [text.slice(a.source.start, a.source.end), a.cue, text.slice(a.content.start, a.content.end)]), [['Lee', 'said', 'the road would close']]);
  // With every cue word of the sentence inside the rules' spans, the sentence is not tagged.
  assert.deepEqual(taggedAttributions(model, text, LEXICON, [...taken, at('Lee said')]), []);
});

test('a pair whose following words open with a place preposition takes what precedes it as content, if anything does', () => {
  const model = handModel();
  const text = 'The toll on the coast road will double, Varga said in a radio interview on Monday.';
  const [a] = taggedAttributions(model, text, LEXICON, []);
  assert.equal(text.slice(a.source.start, a.source.end), 'Varga');
  assert.equal(text.slice(a.content.start, a.content.end), 'The toll on the coast road will double');
  // Nothing (or one word) before the attribution: no content, no attribution.
  assert.deepEqual(taggedAttributions(model, 'Varga said to the harbour crew at noon.', LEXICON, []), []);
  assert.deepEqual(taggedAttributions(model, 'Yesterday Varga said in the harbour office that nothing.', LEXICON, []).map((x) => x.content), []);
  // A plausible following content is still preferred.
  const after = 'On Monday, Varga said the toll on the coast road will double.';
  const [b] = taggedAttributions(model, after, LEXICON, []);
  assert.equal(after.slice(b.content.start, b.content.end), 'the toll on the coast road will double');
});
