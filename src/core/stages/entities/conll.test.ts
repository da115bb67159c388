import assert from 'node:assert/strict';
import { test } from 'node:test';
import { iob1ToIob2, parseConll, scoreConll, spansOf } from './conll.js';

test('iob1ToIob2 and spansOf', () => {
  assert.deepEqual(iob1ToIob2(['I-PER', 'I-PER', 'B-PER', 'O', 'I-LOC', 'I-ORG']), ['B-PER', 'I-PER', 'B-PER', 'O', 'B-LOC', 'B-ORG']);
  assert.deepEqual(spansOf(['B-PER', 'I-PER', 'B-PER', 'O', 'I-LOC']), [
    { start: 0, end: 2, type: 'PER' }, { start: 2, end: 3, type: 'PER' }, { start: 4, end: 5, type: 'LOC' },
  ]);
});

test('parseConll reads CRLF files with document markers', () => {
  const docs = parseConll('-DOCSTART- -X- O O\r\n\r\nAlma NNP I-NP I-PER\r\nKestrel NNP I-NP I-PER\r\nspoke VBD I-VP O\r\n\r\n-DOCSTART- -X- O O\r\n\r\nVeronia NNP I-NP I-LOC\r\n');
  assert.equal(docs.length, 2);
  assert.deepEqual(docs[0].sentences[0], { words: ['Alma', 'Kestrel', 'spoke'], tags: ['B-PER', 'I-PER', 'O'] });
  assert.deepEqual(docs[1].sentences[0].tags, ['B-LOC']);
});

test('scoreConll counts exact span and type only', () => {
  const s = scoreConll([['B-PER', 'I-PER', 'O', 'B-LOC']], [['B-PER', 'O', 'O', 'B-LOC']]);
  assert.equal(s.micro.tp, 1);
  assert.equal(s.micro.fp, 1);
  assert.equal(s.micro.fn, 1);
  assert.equal(s.perType.LOC.f1, 1);
  assert.equal(s.perType.PER.f1, 0);
});

test('scoreConll: no entities anywhere gives zeros, not NaN', () => {
  const s = scoreConll([['O']], [['O']]);
  assert.equal(s.micro.f1, 0);
});
