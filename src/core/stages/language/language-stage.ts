import { eld } from 'eld/small';
import type { LanguageGuess } from '../../article.js';
import { defineStage } from '../../pipeline/stage.js';
import { detectScripts } from './detect-scripts.js';

// eld's small model: measured 12 of 12 on a Russian/Ukrainian/English probe at about 20 MB/s; the
// large one adds about 370 MB of memory for little gain on news text (issue "Storyline core").
const SAMPLE_CHARS = 4000;
const MIN_LETTERS = 20;

/** Identifies the language of a text; `und` when there is too little text to tell. */
export function identifyLanguage(text: string): Omit<LanguageGuess, 'source'> & { source: 'detected' | 'none' } {
  const sample = text.length > SAMPLE_CHARS ? text.slice(0, SAMPLE_CHARS) : text;
  const scripts = detectScripts(sample);
  const letters = (sample.match(/\p{L}/gu) ?? []).length;
  if (letters < MIN_LETTERS) return { code: 'und', confidence: 0, source: 'none', scripts };
  const result = eld.detect(sample);
  if (!result.language) return { code: 'und', confidence: 0, source: 'none', scripts };
  const scores = result.getScores();
  const total = Object.values(scores).reduce((a, b) => a + b, 0);
  const confidence = total > 0 ? (scores[result.language] ?? 0) / total : 0;
  return { code: result.language, confidence: Math.round(confidence * 1000) / 1000, source: 'detected', scripts };
}

/**
 * The `language` stage: the language the input declared (record field or page metadata) when it
 * agrees with the script of the text, else the detected one.
 */
export const languageStage = defineStage({
  name: 'language',
  version: 1,
  requires: ['clean'],
  run(article): LanguageGuess {
    const text = article.clean!.text;
    const detected = identifyLanguage(text);
    const declared = normalizeLanguageTag(article.source.language ?? article.clean!.languageHint ?? null);
    if (declared && (detected.code === 'und' || declared === detected.code || !contradictsScript(declared, detected.scripts))) {
      return { code: declared, confidence: 1, source: 'metadata', scripts: detected.scripts };
    }
    return detected;
  },
});

/** `en-GB`, `EN`, `en_US` → `en`; anything that is not a language tag → null. */
export function normalizeLanguageTag(tag: string | null | undefined): string | null {
  if (!tag) return null;
  const m = /^([a-zA-Z]{2,3})(?:[-_].*)?$/.exec(tag.trim());
  return m ? m[1].toLowerCase() : null;
}

const CYRILLIC_LANGUAGES = new Set(['ru', 'uk', 'be', 'bg', 'sr', 'mk', 'kk', 'ky', 'mn', 'tg']);

// A declared language is only trusted when the text's main script can write it: pages often carry
// a site-wide `lang="en"` on articles in another language.
function contradictsScript(code: string, scripts: Record<string, number>): boolean {
  const cyr = scripts.cyrillic ?? 0;
  const lat = scripts.latin ?? 0;
  if (CYRILLIC_LANGUAGES.has(code)) return lat > cyr;
  if (cyr > lat) return !CYRILLIC_LANGUAGES.has(code);
  return false;
}
