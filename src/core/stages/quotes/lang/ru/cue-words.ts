/** Russian cue verbs (past-tense stems take -л/-ла/-ли; present forms listed whole), form → base. */
const PAST_STEMS = [
  'заяви', 'сказа', 'отмети', 'подчеркну', 'сообщи', 'добави', 'поясни', 'рассказа', 'указа',
  'призна', 'завери', 'предупреди', 'напомни', 'написа', 'ответи', 'объясни', 'уточни', 'пообеща',
  'подтверди', 'опроверг', 'выразил', 'констатирова', 'резюмирова', 'процитирова',
];
const PRESENT = ['заявляет', 'говорит', 'отмечает', 'подчеркивает', 'сообщает', 'пишет', 'считает', 'уверен', 'уверена', 'утверждает', 'признает'];

function build(): Record<string, string> {
  const table: Record<string, string> = {};
  for (const stem of PAST_STEMS) {
    for (const ending of ['л', 'ла', 'ли']) table[stem + ending] = stem + 'ть';
  }
  for (const w of PRESENT) table[w] = w;
  return table;
}

/** Russian cue word forms mapped to a base form. */
export const RU_CUE_WORDS: Readonly<Record<string, string>> = build();

/** Russian "according to" phrases, as lowercased word pairs. */
export const RU_ACCORDING_TO: readonly (readonly [string, string])[] = [['по', 'словам'], ['по', 'мнению'], ['по', 'данным']];
