/**
 * Diacritic folding for PostgreSQL full-text search, matching SQLite's `unicode61 remove_diacritics 2`
 * tokenizer: a Latin letter with diacritics is indexed as the plain letter (é → e, ő → o, ǻ → a,
 * ḗ → e, and a letter followed by combining marks). Letters that do not decompose (ø, ł, đ, ß) and
 * other scripts (Cyrillic й, Greek ά) are kept, as SQLite keeps them.
 *
 * In SQL (`storyline_fold`, migration 1): decompose (NFD), drop combining marks (U+0300–U+036F)
 * that follow an ASCII letter, recompose (NFC). `translate()` with a table of precomposed letters
 * would do the same but costs a scan of the table per character: about 8 ms per 5,000-character
 * article, against well under 1 ms for this.
 */
export const FOLD_SQL = "normalize(regexp_replace(normalize(t, NFD), '([A-Za-z])[\\u0300-\\u036f]+', '\\1', 'g'), NFC)";

const MARK = /[\u0300-\u036f]/;
const LATIN = /[A-Za-z]/;

/**
 * The text as `storyline_fold` makes it (for text in NFC, as the clean stage gives it), with, for
 * every folded character, the index of the original character it came from (`origin[k]`;
 * `origin[folded.length]` is the original length).
 */
export function foldWithOrigin(text: string): { folded: string; origin: number[] } {
  let folded = '';
  const origin: number[] = [];
  let afterLatin = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (afterLatin && MARK.test(ch)) continue;
    const d = ch.normalize('NFD');
    const base = d.length > 1 && LATIN.test(d[0]!) && [...d.slice(1)].every((m) => MARK.test(m)) ? d[0]! : ch;
    folded += base;
    origin.push(i);
    afterLatin = LATIN.test(base);
  }
  origin.push(text.length);
  return { folded, origin };
}

/** Start and stop marks of `ts_headline`: control characters that clean text never holds. */
export const MARK_START = '\u0002';
export const MARK_STOP = '\u0003';

/**
 * A headline made on the folded body, given back in the original characters with matches between
 * `[` and `]`, and `…` where it does not reach the start or end of the body (like SQLite's
 * snippet()). Falls back to the folded headline when it cannot be placed in the body.
 */
export function unfoldHeadline(headline: string, body: string): string {
  const plain = headline.replaceAll(MARK_START, '').replaceAll(MARK_STOP, '');
  const { folded, origin } = foldWithOrigin(body);
  const at = plain ? folded.indexOf(plain) : -1;
  const brackets = (s: string): string => s.replaceAll(MARK_START, '[').replaceAll(MARK_STOP, ']');
  if (at < 0) return brackets(headline);
  let out = '';
  let k = at;
  for (let i = 0; i < headline.length; i++) {
    const ch = headline[i]!;
    if (ch === MARK_START) out += '[';
    else if (ch === MARK_STOP) out += ']';
    else {
      // The original character and any marks folding removed after it.
      out += body.slice(origin[k]!, origin[k + 1]!);
      k++;
    }
  }
  const end = at + plain.length;
  return `${at > 0 ? '…' : ''}${out}${end < folded.length ? '…' : ''}`;
}
