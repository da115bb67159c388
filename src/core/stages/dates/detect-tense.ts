import type { TenseTables } from './lang/language.js';

/** The time direction of a clause relative to the moment of writing. */
export type Tense = 'past' | 'future';

/** Cue sets compiled once per language. */
export interface TenseCues {
  future: Set<string>;
  past: Set<string>;
  notPastEd: Set<string>;
  be: Set<string>;
  deadline: Set<string>;
  reporting: Set<string>;
  adjectiveBefore: Set<string>;
  pastEndings: string[];
}

/** Builds the cue sets of a language. */
export function compileTenseCues(lang: { tense: TenseTables }): TenseCues {
  return {
    future: new Set(lang.tense.future),
    past: new Set(lang.tense.past),
    notPastEd: new Set(lang.tense.notPastEd),
    be: new Set(lang.tense.be),
    deadline: new Set(lang.tense.deadline),
    reporting: new Set(lang.tense.reporting),
    adjectiveBefore: new Set(lang.tense.adjectiveBefore),
    pastEndings: lang.tense.pastEndings,
  };
}

// How far to look for a verb: a clause in news is rarely longer than this.
const LOOK_BACK = 160;
const LOOK_AHEAD = 100;
const WORD = /[\p{L}']+/gu;

/**
 * The tense of the clause around `[start, end)`: the nearest tense cue wins, looking back first
 * ("he said he would visit on Tuesday" is future, "on Tuesday, he conceded" is past). A past
 * participle after a form of "be" is skipped, so that "will be held on Monday" reaches "will". A
 * deadline word right before the expression ("payable Dec. 7", "by Jan. 14") makes it future. A
 * reporting verb before the expression ("said") dates the report, not what is reported, so it
 * counts only when the clause has no other cue. Returns null when the clause shows no cue.
 */
export function detectTense(text: string, start: number, end: number, cues: TenseCues): Tense | null {
  const before = clauseBefore(text, start);
  const after = clauseAfter(text, end);
  const back = words(before).reverse();
  // "payable Dec. 7", "by Jan. 14": ahead of time unless the clause says otherwise.
  const deadline = back.length > 0 && cues.deadline.has(back[0]);
  let reported = false;
  for (let i = deadline ? 1 : 0; i < back.length && i < 14; i++) {
    if (cues.reporting.has(back[i])) {
      // "said on Tuesday", "told reporters Friday": the expression dates the report itself.
      if (i <= 3) return 'past';
      reported = true;
      continue;
    }
    const tense = classify(back[i], back[i + 1], cues);
    if (tense) return tense;
  }
  const ahead = words(after);
  // After the expression, a reporting verb is the verb the expression dates ("On Monday, police
  // said"), so it counts like any past verb.
  for (let i = 0; i < ahead.length && i < 10; i++) {
    if (cues.reporting.has(ahead[i])) return 'past';
    const tense = classify(ahead[i], i > 0 ? ahead[i - 1] : undefined, cues);
    if (tense) return tense;
  }
  if (deadline) return 'future';
  return reported ? 'past' : null;
}

function classify(word: string, previous: string | undefined, cues: TenseCues): Tense | null {
  if (cues.future.has(word)) return 'future';
  // An "-ed" word after an article or a degree word is an adjective ("a still unspecified date").
  const isPast = cues.past.has(word) || (cues.pastEndings.some((e) => word.length > e.length + 2 && word.endsWith(e)) && !cues.notPastEd.has(word) && !(previous !== undefined && cues.adjectiveBefore.has(previous)));
  if (!isPast) return null;
  // "will be held", "has been delayed": a participle after "be" does not set the tense.
  if (previous !== undefined && (cues.be.has(previous) || previous === 'has' || previous === 'have')) {
    return previous === 'has' || previous === 'have' ? 'past' : null;
  }
  return 'past';
}

function words(s: string): string[] {
  return (s.toLowerCase().match(WORD) ?? []).map((w) => (w.startsWith("'") && w.length > 1 && w !== "'ll" ? w.slice(1) : w));
}

function clauseBefore(text: string, start: number): string {
  const from = Math.max(0, start - LOOK_BACK);
  const slice = text.slice(from, start);
  // A sentence end: punctuation followed by space and a capital, or a line break.
  let cut = -1;
  const re = /[.!?;]["'”’)]*\s+(?=["'“‘(]?\p{Lu})|\n/gu;
  for (let m = re.exec(slice); m; m = re.exec(slice)) cut = m.index + m[0].length;
  return cut >= 0 ? slice.slice(cut) : slice;
}

function clauseAfter(text: string, end: number): string {
  const slice = text.slice(end, end + LOOK_AHEAD);
  const m = /[.!?;]["'”’)]*(?:\s|$)|\n/u.exec(slice);
  return m ? slice.slice(0, m.index) : slice;
}
