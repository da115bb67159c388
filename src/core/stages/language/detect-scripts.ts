/** Writing systems we tell apart, by Unicode script property. */
const SCRIPTS: Array<[string, RegExp]> = [
  ['latin', /\p{Script=Latin}/u],
  ['cyrillic', /\p{Script=Cyrillic}/u],
  ['greek', /\p{Script=Greek}/u],
  ['arabic', /\p{Script=Arabic}/u],
  ['hebrew', /\p{Script=Hebrew}/u],
  ['han', /\p{Script=Han}/u],
  ['hiragana', /\p{Script=Hiragana}/u],
  ['katakana', /\p{Script=Katakana}/u],
  ['hangul', /\p{Script=Hangul}/u],
  ['devanagari', /\p{Script=Devanagari}/u],
  ['georgian', /\p{Script=Georgian}/u],
  ['armenian', /\p{Script=Armenian}/u],
  ['thai', /\p{Script=Thai}/u],
];

/**
 * Share of letters per writing system, over at most `limit` letters (a sample is enough to tell
 * scripts apart and keeps the cost flat on long articles).
 */
export function detectScripts(text: string, limit = 5000): Record<string, number> {
  const counts: Record<string, number> = {};
  let letters = 0;
  for (const ch of text) {
    if (!/\p{L}/u.test(ch)) continue;
    letters++;
    let name = 'other';
    for (const [script, re] of SCRIPTS) {
      if (re.test(ch)) {
        name = script;
        break;
      }
    }
    counts[name] = (counts[name] ?? 0) + 1;
    if (letters >= limit) break;
  }
  const shares: Record<string, number> = {};
  for (const [k, v] of Object.entries(counts)) shares[k] = Math.round((v / letters) * 1000) / 1000;
  return shares;
}
