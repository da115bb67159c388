import { test } from 'node:test';
import assert from 'node:assert/strict';
import { nominativeCandidates } from './cyrillic-cases.js';

test('nominativeCandidates: case endings off, nominative endings and the Ukrainian alternation on', () => {
  const cases: Array<[string, string]> = [
    ['Києві', 'Київ'], ['Харкова', 'Харків'], ['Москвы', 'Москва'], ['Росії', 'Росія'], ['России', 'Россия'],
    ['Запоріжжі', 'Запоріжжя'], ['Дніпрі', 'Дніпро'], ['Беларуси', 'Беларусь'], ['Нью-Йорке', 'Нью-Йорк'], ['Сумах', 'Суми'],
    ['Кременчуці', 'Кременчук'], ['Празі', 'Прага'],
  ];
  for (const [form, nominative] of cases) assert.ok(nominativeCandidates(form).includes(nominative), `${form}: ${nominativeCandidates(form).join(', ')}`);
  assert.ok(!nominativeCandidates('Москвы').includes('Москвы'), 'never the word itself');
  assert.ok(!nominativeCandidates('Києві').some((g) => /ы|ия$/u.test(g)), 'no Russian ending on a Ukrainian word');
});

test('nominativeCandidates: nothing for Latin script, several words or a stem too short', () => {
  assert.deepEqual(nominativeCandidates('Kyiv'), []);
  assert.deepEqual(nominativeCandidates('Новой Москве'), []);
  assert.deepEqual(nominativeCandidates('Уфе'), []);
  assert.deepEqual(nominativeCandidates(''), []);
});
