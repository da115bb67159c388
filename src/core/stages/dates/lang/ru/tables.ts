/**
 * Russian tables for the dates stage: the fixed phrases news uses for relative time, weekday forms,
 * and tense cues. Explicit dates ("24 февраля 2022 года") are read by chrono-node's Russian locale.
 */
import type { PhraseDateLanguage } from '../language.js';

/** Russian tables for the dates stage. */
export const ru: PhraseDateLanguage = {
  code: 'ru',
  grammar: 'phrases',
  chronoLocale: 'ru',
  phrases: {
    'позавчера': { day: -2 }, 'вчера': { day: -1 }, 'сегодня': { day: 0 }, 'завтра': { day: 1 }, 'послезавтра': { day: 2 },
    'на прошлой неделе': { period: 'W', offset: -1 }, 'на этой неделе': { period: 'W', offset: 0 },
    'на текущей неделе': { period: 'W', offset: 0 }, 'на следующей неделе': { period: 'W', offset: 1 },
    'на будущей неделе': { period: 'W', offset: 1 },
    'в прошлом месяце': { period: 'M', offset: -1 }, 'в этом месяце': { period: 'M', offset: 0 },
    'в текущем месяце': { period: 'M', offset: 0 }, 'в следующем месяце': { period: 'M', offset: 1 },
    'в прошлом году': { period: 'Y', offset: -1 }, 'в этом году': { period: 'Y', offset: 0 },
    'в текущем году': { period: 'Y', offset: 0 }, 'в следующем году': { period: 'Y', offset: 1 },
    'в будущем году': { period: 'Y', offset: 1 }, 'в позапрошлом году': { period: 'Y', offset: -2 },
    'сейчас': { ref: 'PRESENT_REF' }, 'в настоящее время': { ref: 'PRESENT_REF' }, 'на данный момент': { ref: 'PRESENT_REF' },
    'ныне': { ref: 'PRESENT_REF' }, 'недавно': { ref: 'PAST_REF' }, 'ранее': { ref: 'PAST_REF' },
    'в ближайшие дни': { ref: 'FUTURE_REF' }, 'в ближайшее время': { ref: 'FUTURE_REF' }, 'в будущем': { ref: 'FUTURE_REF' },
  },
  // Nominative and accusative forms ("в среду", "в понедельник").
  weekdays: {
    'понедельник': 1, 'вторник': 2, 'среда': 3, 'среду': 3, 'четверг': 4, 'пятница': 5, 'пятницу': 5,
    'суббота': 6, 'субботу': 6, 'воскресенье': 7,
  },
  yearWords: ['году', 'года', 'год', 'г.', 'г'],
  tense: {
    future: ['будет', 'будут', 'буду', 'будем', 'состоится', 'состоятся', 'планирует', 'планируют', 'намерен', 'намерена', 'намерены', 'собирается', 'собираются', 'предстоящий', 'предстоящей'],
    past: ['был', 'была', 'было', 'были', 'заявил', 'заявила', 'заявили', 'сообщил', 'сообщила', 'сообщили'],
    // Past-tense verbs end in -л, -ла, -ло, -ли (-лся, -лась, -лись when reflexive).
    pastEndings: ['л', 'ла', 'ли', 'ло', 'лся', 'лась', 'лись', 'лось'],
    notPastEd: ['посол', 'стол', 'футбол', 'пол', 'канал', 'материал', 'капитал', 'генерал', 'финал', 'сигнал', 'зал', 'были', 'дела', 'сила', 'мало', 'тело', 'дело', 'село', 'число', 'около', 'могли', 'если', 'или', 'пошли', 'земли', 'власти', 'стало', 'начала', 'правила', 'силы'],
    be: [],
    deadline: ['до'],
    reporting: ['заявил', 'заявила', 'заявили', 'сказал', 'сказала', 'сказали', 'сообщил', 'сообщила', 'сообщили', 'отметил', 'отметила', 'подчеркнул', 'подчеркнула'],
    adjectiveBefore: [],
  },
};
