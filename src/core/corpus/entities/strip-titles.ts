/**
 * Cuts titles and descriptions off a person mention so that only the name is left: "Ukrainian
 * President Volodymyr Zelenskiy" → "Volodymyr Zelenskiy", "Kremlin spokesman Dmitry Peskov" →
 * "Dmitry Peskov", "Mr Putin" → "Putin". A purely descriptive mention ("Finland's President", "the
 * spokesman") leaves nothing and gives null.
 */
import { NAME_PARTICLES, STYLE_TITLES, TITLE_WORDS } from './lang/en/titles.js';
import { MAX_NAME_LENGTH } from './name-key.js';

function bare(word: string): string {
  return word.toLowerCase().replace(/[.,]+$/u, '').replace(/['’]s$/u, '');
}

/** A lowercase particle joined to a name part belongs to the name: al-Assad, d'Estaing, bin-Salman. */
const JOINED_PARTICLE = /^(?:al|el|ad|an|ar|as|at|az|bin|ibn|abu|d|de|di|da|du|van|von|le|la|ben)[-'’]\p{L}/u;

function isCapitalised(word: string): boolean {
  const first = [...word][0] ?? '';
  return first !== first.toLowerCase() || /^\p{Lo}/u.test(first) || JOINED_PARTICLE.test(word);
}

/**
 * A title with only qualifiers before it names an office, not a person: "Russian President",
 * "US Secretary", "President".
 */
function isDescription(words: readonly string[]): boolean {
  const last = bare(words[words.length - 1]!);
  if (!TITLE_WORDS.has(last)) return false;
  return words.slice(0, -1).every((w) => {
    const b = bare(w);
    return TITLE_WORDS.has(b) || /^\p{Lu}{2,4}$/u.test(w.replace(/[.’']/gu, '')) || /(?:ian|ean|ese|ish|ic|an|i)$/u.test(b);
  });
}

/**
 * The name part of a person mention, or null when the mention names nobody. The cut falls after
 * the last lowercase word that is not a name particle (a description: "security council chief"),
 * then after leading title words ("President", "Foreign Minister") and possessives ("Finland's"),
 * as long as something is left. A style title before a single given name stays ("Prince Harry").
 */
export function stripTitles(mention: string): string | null {
  // A mention longer than any name is a tagging accident: look at its start only.
  const words = mention.slice(0, MAX_NAME_LENGTH).trim().split(/\s+/u).filter((w) => w !== '');
  if (words.length === 0) return null;
  let start = 0;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (!isCapitalised(w) && !NAME_PARTICLES.has(w.toLowerCase())) start = i + 1;
    // A possessive ends a description: "Zelenskiy's chief of staff Andriy Yermak".
    if (/['’]s$/u.test(w) && i < words.length - 1) start = i + 1;
  }
  // Leading particles belong to the description they follow ("of the Russian President").
  while (start < words.length && NAME_PARTICLES.has(words[start]!.toLowerCase()) && start < words.length - 1 && !isCapitalised(words[start]!)) start++;
  let cut = start;
  // The last word is never cut as a title: "John Major", "Anthony Justice" are names.
  for (let i = start; i < words.length - 1; i++) {
    if (TITLE_WORDS.has(bare(words[i]!))) cut = i + 1;
  }
  let rest = words.slice(cut);
  if (rest.length === 0 || isDescription(rest)) return null;
  if (rest.length === 1 && cut > start && STYLE_TITLES.has(bare(words[cut - 1]!))) rest = words.slice(cut - 1);
  // A trailing possessive is grammar, not name: "Zelensky's" → "Zelensky".
  const name = rest.join(' ').replace(/[.,;:]+$/u, '').replace(/['’]s$/u, '');
  return /\p{L}/u.test(name) ? name : null;
}
