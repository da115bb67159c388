/**
 * The name forms of one article-level entity, ready for cross-article comparison: titles cut off
 * person mentions, "the" cut off other names, sub-parts of the name set aside (they say less than
 * the name and would join unrelated entities: "Foreign Ministry" is part of both "Russian Foreign
 * Ministry" and "Ukrainian Foreign Ministry").
 */
import type { EntityInput } from './types.js';
import { MAX_NAME_LENGTH, foldText, isAllCaps } from './name-key.js';
import { stripTitles } from './strip-titles.js';

/** Forms of an entity: `strong` ones may join it to other entities, `weak` ones are kept as aliases only. */
export interface EntityForms {
  strong: string[];
  weak: string[];
}

function words(text: string): string[] {
  return foldText(text).split(' ').filter((w) => w !== '');
}

function isSubPart(part: string[], whole: string[]): boolean {
  if (part.length >= whole.length) return false;
  for (let i = 0; i + part.length <= whole.length; i++) {
    if (part.every((w, j) => whole[i + j] === w)) return true;
  }
  return false;
}

/** Cleans a name or mention into a name form, or null when nothing nameable is left. */
export function nameForm(text: string, type: string): string | null {
  const trimmed = text.slice(0, MAX_NAME_LENGTH).replace(/\s+/gu, ' ').trim();
  if (trimmed === '' || !/\p{L}/u.test(trimmed)) return null;
  if (type === 'PERSON') return stripTitles(trimmed);
  return trimmed.replace(/^the\s+/iu, '').replace(/['’]s$/u, '') || null;
}

/**
 * The forms of an entity. For persons every form is strong (surname-only forms are handled by the
 * resolver's own rules); for other types a form that is a word-for-word part of a longer form is weak.
 */
export function entityForms(entity: Pick<EntityInput, 'name' | 'mentions' | 'type'>): EntityForms {
  const seen = new Map<string, string>();
  for (const raw of [entity.name, ...(entity.mentions ?? [])]) {
    if (typeof raw !== 'string') continue;
    const form = nameForm(raw, entity.type);
    if (form === null) continue;
    const key = foldText(form);
    if (key === '') continue;
    // One writing per name: the first, unless that one is in capitals and the article also writes
    // the name in mixed case (a dateline's "SOLVYN" beside the body's "Solvyn").
    const first = seen.get(key);
    if (first === undefined || (isAllCaps(first) && !isAllCaps(form))) seen.set(key, form);
  }
  const forms = [...seen.values()];
  if (entity.type === 'PERSON') return { strong: forms, weak: [] };
  const split = forms.map(words);
  const strong: string[] = [];
  const weak: string[] = [];
  forms.forEach((form, i) => {
    const sub = split.some((other, j) => j !== i && isSubPart(split[i]!, other));
    (sub ? weak : strong).push(form);
  });
  return { strong, weak };
}
