import type { FurnitureLexicon } from '../furniture-lexicon.js';
import { furniture as de } from './de/furniture.js';
import { furniture as en } from './en/furniture.js';
import { furniture as es } from './es/furniture.js';
import { furniture as fr } from './fr/furniture.js';
import { furniture as it } from './it/furniture.js';
import { furniture as ru } from './ru/furniture.js';
import { furniture as uk } from './uk/furniture.js';
import { furniture as zh } from './zh/furniture.js';

/** Every language's furniture lexicon, by ISO 639-1 code. Pages often mix languages (an English
 * share bar on a German article), so the rules use all of them at once. */
export const FURNITURE_LEXICONS: Readonly<Record<string, FurnitureLexicon>> = { de, en, es, fr, it, ru, uk, zh };
