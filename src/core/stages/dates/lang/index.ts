import type { DateLanguage, PhraseDateLanguage } from './language.js';
import { en } from './en/tables.js';
import { ru } from './ru/tables.js';
import { uk } from './uk/tables.js';

/** The languages the dates stage has tables for, by ISO 639-1 code. */
export const dateLanguages: Readonly<Record<string, DateLanguage | PhraseDateLanguage>> = { en, ru, uk };

export type { DateLanguage, PhraseDateLanguage, PhraseMeaning } from './language.js';
