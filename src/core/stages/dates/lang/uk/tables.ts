/**
 * Ukrainian tables for the dates stage: the fixed phrases news uses for relative time, weekday
 * forms, and tense cues. Explicit dates ("з 31 серпня по 3 вересня") are read by chrono-node's
 * Ukrainian locale.
 */
import type { PhraseDateLanguage } from '../language.js';

/** Ukrainian tables for the dates stage. */
export const uk: PhraseDateLanguage = {
  code: 'uk',
  grammar: 'phrases',
  chronoLocale: 'uk',
  phrases: {
    'позавчора': { day: -2 }, 'вчора': { day: -1 }, 'учора': { day: -1 }, 'сьогодні': { day: 0 }, 'завтра': { day: 1 },
    'післязавтра': { day: 2 },
    'минулого тижня': { period: 'W', offset: -1 }, 'на минулому тижні': { period: 'W', offset: -1 },
    'цього тижня': { period: 'W', offset: 0 }, 'на цьому тижні': { period: 'W', offset: 0 },
    'наступного тижня': { period: 'W', offset: 1 }, 'на наступному тижні': { period: 'W', offset: 1 },
    'минулого місяця': { period: 'M', offset: -1 }, 'цього місяця': { period: 'M', offset: 0 },
    'наступного місяця': { period: 'M', offset: 1 },
    'минулого року': { period: 'Y', offset: -1 }, 'торік': { period: 'Y', offset: -1 }, 'цього року': { period: 'Y', offset: 0 },
    'наступного року': { period: 'Y', offset: 1 },
    'зараз': { ref: 'PRESENT_REF' }, 'нині': { ref: 'PRESENT_REF' }, 'наразі': { ref: 'PRESENT_REF' },
    'нещодавно': { ref: 'PAST_REF' }, 'раніше': { ref: 'PAST_REF' },
    'найближчими днями': { ref: 'FUTURE_REF' }, 'найближчим часом': { ref: 'FUTURE_REF' }, 'у майбутньому': { ref: 'FUTURE_REF' },
  },
  // Nominative and accusative forms ("у вівторок", "в середу").
  weekdays: {
    'понеділок': 1, 'вівторок': 2, 'середа': 3, 'середу': 3, 'четвер': 4, "п'ятниця": 5, "п'ятницю": 5,
    'п’ятниця': 5, 'п’ятницю': 5, 'субота': 6, 'суботу': 6, 'неділя': 7, 'неділю': 7,
  },
  yearWords: ['році', 'року', 'рік', 'р.', 'р'],
  tense: {
    future: ['буде', 'будуть', 'буду', 'будемо', 'відбудеться', 'відбудуться', 'планує', 'планують', 'має', 'мають', 'збирається', 'збираються', 'наступний', 'майбутній'],
    past: ['був', 'була', 'було', 'були', 'заявив', 'заявила', 'заявили', 'повідомив', 'повідомила', 'повідомили', 'сказав'],
    // Past-tense verbs end in -в, -ла, -ло, -ли (-вся, -лася, -лися when reflexive).
    pastEndings: ['ла', 'ли', 'ло', 'вся', 'лася', 'лися', 'лося'],
    notPastEd: ['були', 'сила', 'мало', 'тіло', 'село', 'число', 'або', 'землі', 'влади', 'стало', 'почала', 'правила', 'сили', 'могли', 'якщо', 'мали'],
    be: [],
    deadline: ['до'],
    reporting: ['заявив', 'заявила', 'заявили', 'сказав', 'сказала', 'сказали', 'повідомив', 'повідомила', 'повідомили', 'зазначив', 'зазначила', 'наголосив'],
    adjectiveBefore: [],
  },
};
