import { COGNITION_VERBS, IRREGULAR_FORMS, PHRASAL_CUE_VERBS, SPEECH_VERBS } from './lang/en/cue-words.js';
import { DERIVED_CUE_VERBS, LOW_PRECISION_CUES } from './lang/en/derived-cue-verbs.js';
import { RU_CUE_WORDS } from './lang/ru/cue-words.js';
import { UK_CUE_WORDS } from './lang/uk/cue-words.js';

/** How a cue word behaves. */
export interface CueInfo {
  /** Base form (`said` → `say`). */
  base: string;
  /** `speech`: verbs of saying; `cognition`: belief verbs (need a clause); `derived`: other annotated cues. */
  type: 'speech' | 'cognition' | 'derived';
  /** True for -ing forms, whose subject is the subject of the main clause. */
  isParticiple: boolean;
  /** True when the word is a cue only with its particle ("shot back"). */
  needsParticle?: boolean;
  /** True for forms whose attributions were mostly wrong on the PolNeAR train split; the extractor skips them. */
  lowPrecision?: boolean;
}

/**
 * Derived cue words are used when at least this share of their occurrences in the PolNeAR train
 * split were annotated cues. Chosen on train (first 200 articles): 0.5 → source overlap F1 0.649,
 * 0.3 → 0.663, 0.2 → 0.671, 0.1 → 0.693 with lower precision, 0.05 → 0.682. With the forms of
 * `LOW_PRECISION_CUES` skipped (all 840 train articles): 0.2 → 0.734, 0.1 → 0.737, 0.05 → 0.737.
 */
const DERIVED_CUT_OFF = 0.1;

function regularForms(base: string): string[] {
  const forms = [base];
  const vowel = /[aeiou]/;
  if (/(s|sh|ch|x|z)$/.test(base)) forms.push(base + 'es');
  else if (/[^aeiou]y$/.test(base)) forms.push(base.slice(0, -1) + 'ies');
  else forms.push(base + 's');
  if (base.endsWith('e')) {
    forms.push(base + 'd', base.slice(0, -1) + 'ing');
  } else if (/[^aeiou]y$/.test(base)) {
    forms.push(base.slice(0, -1) + 'ied', base + 'ing');
  } else if (/^[^aeiou]*[aeiou][^aeiouwxy]$/.test(base) && vowel.test(base)) {
    // One-syllable consonant-vowel-consonant verbs double the last letter (snap → snapped).
    const last = base[base.length - 1];
    forms.push(base + last + 'ed', base + last + 'ing', base + 'ed', base + 'ing');
  } else {
    forms.push(base + 'ed', base + 'ing');
  }
  return forms;
}

/** Builds the word → cue table once; callers keep it (no module-level mutable state). */
export function buildCueLexicon(): ReadonlyMap<string, CueInfo> {
  const table = new Map<string, CueInfo>();
  const addVerb = (base: string, type: CueInfo['type']): void => {
    const forms = IRREGULAR_FORMS[base] ? [base, ...IRREGULAR_FORMS[base]] : regularForms(base);
    for (const f of forms) {
      if (!table.has(f)) table.set(f, { base, type, isParticiple: f.endsWith('ing') && f !== base });
    }
  };
  for (const v of SPEECH_VERBS) addVerb(v, 'speech');
  for (const v of COGNITION_VERBS) addVerb(v, 'cognition');
  for (const v of PHRASAL_CUE_VERBS) {
    const forms = IRREGULAR_FORMS[v] ? [v, ...IRREGULAR_FORMS[v]] : regularForms(v);
    for (const f of forms) if (!table.has(f)) table.set(f, { base: v, type: 'speech', isParticiple: f.endsWith('ing') && f !== v, needsParticle: true });
  }
  for (const [word, ratio] of Object.entries(DERIVED_CUE_VERBS)) {
    // Only words the annotators marked as cues in most of their occurrences become cues here.
    if (ratio >= DERIVED_CUT_OFF && !table.has(word)) table.set(word, { base: word, type: 'derived', isParticiple: word.endsWith('ing') });
  }
  for (const [word, info] of [...Object.entries(RU_CUE_WORDS), ...Object.entries(UK_CUE_WORDS)]) {
    if (!table.has(word)) table.set(word, { base: info, type: 'speech', isParticiple: false });
  }
  for (const word of LOW_PRECISION_CUES) {
    const info = table.get(word);
    if (info !== undefined) table.set(word, { ...info, lowPrecision: true });
  }
  return table;
}

/** The lexicon the extractor and the cue model's loader read: built once per module load, read-only. */
export const CUE_LEXICON: ReadonlyMap<string, CueInfo> = buildCueLexicon();
