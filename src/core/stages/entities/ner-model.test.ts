import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildGazetteer } from './ner-features.js';
import { NER_TAGS, decodeModel, encodeModel, isAllowed, type NerModel } from './ner-model.js';
import { loadNerModel } from './tag-entities.js';

test('IOB2 transitions: I-X only after B-X or I-X', () => {
  const i = (t: string): number => NER_TAGS.indexOf(t as (typeof NER_TAGS)[number]);
  assert.equal(isAllowed(NER_TAGS, -1, i('I-PER')), false);
  assert.equal(isAllowed(NER_TAGS, i('O'), i('I-PER')), false);
  assert.equal(isAllowed(NER_TAGS, i('B-ORG'), i('I-PER')), false);
  assert.equal(isAllowed(NER_TAGS, i('B-PER'), i('I-PER')), true);
  assert.equal(isAllowed(NER_TAGS, i('I-PER'), i('B-PER')), true);
});

test('encodeModel/decodeModel round trip keeps decisions (quantised weights, gazetteer)', () => {
  const T = NER_TAGS.length;
  const bits = 4;
  const weights = new Float32Array((1 << bits) * T);
  weights[3 * T + 2] = 1.5;
  weights[7 * T + 0] = -0.25;
  const model: NerModel = {
    bits, tags: NER_TAGS, weights, trans: new Float32Array(T * T).fill(0.5), start: new Float32Array(T),
    gazetteer: buildGazetteer([{ words: ['Alma', 'Kestrel'], type: 'PER' }]),
    info: { seed: 1, epochs: 1, sentences: 1, tokens: 1, trainedOn: 'test' },
  };
  const back = decodeModel(encodeModel(model));
  assert.equal(back.bits, bits);
  assert.deepEqual([...back.tags], [...NER_TAGS]);
  assert.ok(back.weights[3 * T + 2] > 0 && back.weights[7 * T + 0] < 0);
  assert.ok(Math.abs(back.weights[3 * T + 2] / -back.weights[7 * T + 0] - 6) < 0.01);
  const sorted = (m: Map<number, number>): [number, number][] => [...m.entries()].sort((a, b) => a[0] - b[0]);
  assert.deepEqual(sorted(back.gazetteer.entries), sorted(model.gazetteer.entries));
  assert.equal(back.info.trainedOn, 'test');
});

test('decodeModel rejects a file that is not a model', () => {
  assert.throws(() => decodeModel(Buffer.from('not gzip')));
});

test('the committed model loads fast and is small', () => {
  const t0 = Date.now();
  const model = loadNerModel();
  assert.ok(Date.now() - t0 < 1000, `load took ${Date.now() - t0} ms`);
  assert.equal(model.tags.length, NER_TAGS.length);
  assert.ok(model.gazetteer.entries.size > 1000);
});

test('BILOU scheme: conversion and transitions', async () => {
  const { BILOU_TAGS, toIob2, toScheme } = await import('./ner-model.js');
  const iob2 = ['B-PER', 'I-PER', 'I-PER', 'O', 'B-LOC', 'B-LOC', 'I-LOC'];
  const bilou = toScheme(BILOU_TAGS, iob2);
  assert.deepEqual(bilou, ['B-PER', 'I-PER', 'L-PER', 'O', 'U-LOC', 'B-LOC', 'L-LOC']);
  assert.deepEqual(bilou.map(toIob2), iob2);
  const i = (t: string): number => BILOU_TAGS.indexOf(t as (typeof BILOU_TAGS)[number]);
  assert.equal(isAllowed(BILOU_TAGS, i('B-PER'), i('O')), false);
  assert.equal(isAllowed(BILOU_TAGS, i('B-PER'), i('L-PER')), true);
  assert.equal(isAllowed(BILOU_TAGS, i('U-PER'), i('B-ORG')), true);
  assert.equal(isAllowed(BILOU_TAGS, i('I-PER'), -1), false);
  assert.equal(isAllowed(BILOU_TAGS, i('L-PER'), -1), true);
});
