import assert from 'node:assert/strict';
import { test } from 'node:test';
import { caseFormType, givenNameLemma, knownPlace, personNominative, strongSurname, surnameNominative } from './cyrillic-forms.js';

// Names below are fictional (surnames) or common given names and well-known places.
test('cyrillic forms: given names and known places in any case', () => {
  assert.equal(givenNameLemma('Володимира'), 'володимир');
  assert.equal(givenNameLemma('Юлію'), 'юлія');
  assert.equal(givenNameLemma('Вербицького'), null);
  assert.equal(knownPlace('Києві'), 'Київ');
  assert.equal(knownPlace('Москвы'), 'Москва');
  assert.equal(knownPlace('Казахстана'), 'Казахстан');
  assert.equal(knownPlace('Kyiv'), null);
});

test('cyrillic forms: surname nominatives only when the ending leaves no doubt', () => {
  assert.equal(surnameNominative('Вербицького', null), 'Вербицький');
  assert.equal(surnameNominative('Гнатенка', null), 'Гнатенко');
  assert.equal(surnameNominative('Остапчука', null), 'Остапчук');
  assert.equal(surnameNominative('Садовому', null), 'Садовий');
  assert.equal(surnameNominative('Доронова', false), 'Доронов');
  assert.equal(surnameNominative('Доронова', null), null, 'a man in the genitive or a woman in the nominative');
  assert.equal(surnameNominative('Дороновой', null), 'Доронова');
  assert.equal(surnameNominative('Гнатенка', true), null, 'a woman\'s -ко surname is not declined');
  assert.equal(personNominative(['Володимира', 'Гнатенка']), 'Володимир Гнатенко');
  assert.equal(personNominative(['Юлію', 'Гнатенко']), 'Юлія Гнатенко');
  assert.equal(personNominative(['Сергій', 'Доронов']), null, 'already in the nominative');
});

test('cyrillic forms: types from case forms; strong surnames at a sentence start', () => {
  assert.equal(caseFormType('Тернополя'), 'LOC');
  assert.equal(caseFormType('Харківщини'), 'LOC');
  assert.equal(caseFormType('Соколову'), 'PER');
  assert.equal(caseFormType('Газпромом'), 'ORG');
  assert.equal(caseFormType('Анкару'), 'LOC');
  assert.ok(strongSurname('Вербицького'));
  assert.ok(strongSurname('Петренко'));
  for (const w of ['Слова', 'Снова', 'Однако', 'Один', 'Нового']) assert.ok(!strongSurname(w), w);
});

test('cyrillic forms: places the gazetteer knows, written or in an oblique case; never a given name or a small town', () => {
  assert.equal(knownPlace('Полтава'), 'Полтава');
  assert.equal(knownPlace('Полтави'), 'Полтава');
  assert.equal(knownPlace('Вінниці'), 'Вінниця');
  // A given name in any case is a person's; a nominative in -а is not taken for another place's genitive.
  assert.equal(knownPlace('Владимира'), null);
  assert.equal(knownPlace('Марина'), null);
  // Towns under 100,000 people are often named like surnames.
  assert.equal(knownPlace('Мельник'), null);
  assert.equal(knownPlace('Коваленко'), null);
});
