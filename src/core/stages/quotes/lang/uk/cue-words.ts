/** Ukrainian cue verbs: masculine past forms end in -в, with -ла/-ли for other forms; form → base. */
const PAST_STEMS = [
  'заяви', 'сказа', 'зазначи', 'наголоси', 'повідоми', 'дода', 'поясни', 'розпові', 'вказа', 'визна',
  'запевни', 'попереди', 'нагада', 'написа', 'відпові', 'підтверди', 'пообіця', 'уточни',
];
const PRESENT = ['заявляє', 'говорить', 'каже', 'зазначає', 'наголошує', 'повідомляє', 'пише', 'вважає', 'переконаний', 'переконана'];

function build(): Record<string, string> {
  const table: Record<string, string> = {};
  for (const stem of PAST_STEMS) {
    for (const ending of ['в', 'ла', 'ли']) table[stem + ending] = stem + 'ти';
  }
  for (const w of PRESENT) table[w] = w;
  return table;
}

/** Ukrainian cue word forms mapped to a base form. */
export const UK_CUE_WORDS: Readonly<Record<string, string>> = build();

/** Ukrainian "according to" phrases, as lowercased word pairs. */
export const UK_ACCORDING_TO: readonly (readonly [string, string])[] = [['за', 'словами'], ['на', 'думку'], ['за', 'даними']];
