import { comparable } from './classify-furniture.js';

/** One article's lines (or paragraphs), with the outlet it came from. */
export interface TemplateInput {
  articleId: string;
  outlet: string;
  lines: string[];
}

/** A line that recurs across many articles of one outlet, with the evidence. */
export interface TemplateLine {
  outlet: string;
  /** The line as first seen. */
  text: string;
  /** The comparison key (lower-cased, white space collapsed, edge punctuation trimmed). */
  key: string;
  /** Number of distinct articles of the outlet that contain it. */
  articles: number;
  /** Articles of the outlet considered (after merging articles with identical line sets). */
  outletArticles: number;
  /** `articles / outletArticles`. */
  share: number;
  /** Up to ten of the articles, as evidence. */
  examples: string[];
}

/** Thresholds of `findTemplateLines`. */
export interface TemplateOptions {
  /** A line must occur in at least this many distinct articles of the outlet. Default 3. */
  minArticles?: number;
  /** …and in at least this share of them. Default 0.3. */
  minShare?: number;
  /** Lines shorter than this (key characters) are ignored: "Home", "1". Default 4. */
  minLength?: number;
  /** Lines longer than this are ignored: a long paragraph that recurs is a duplicate, not a template. Default 1000. */
  maxLength?: number;
}

/** The key lines are compared by; use it to match lines of a new article against the result. */
export function templateKey(line: string): string {
  return comparable(line);
}

/**
 * Finds page furniture by repetition across documents: lines (or paragraphs) that recur in many
 * articles of the same outlet ("Sign up for our morning briefing", a standard disclaimer, a
 * language switcher) are template, whatever their wording. Articles of an outlet whose line sets
 * are identical (the same article stored twice) count once, so duplicates do not make their body
 * look like template. Pure: the caller gives the lines and stores the result.
 */
export function findTemplateLines(docs: readonly TemplateInput[], options: TemplateOptions = {}): TemplateLine[] {
  const minArticles = options.minArticles ?? 3;
  const minShare = options.minShare ?? 0.3;
  const minLength = options.minLength ?? 4;
  const maxLength = options.maxLength ?? 1000;
  const byOutlet = new Map<string, TemplateInput[]>();
  for (const d of docs) {
    const list = byOutlet.get(d.outlet);
    if (list) list.push(d);
    else byOutlet.set(d.outlet, [d]);
  }
  const result: TemplateLine[] = [];
  for (const [outlet, articles] of byOutlet) {
    const seenSets = new Set<string>();
    const counts = new Map<string, { text: string; ids: string[] }>();
    let considered = 0;
    for (const a of articles) {
      const keys = new Map<string, string>();
      for (const line of a.lines) {
        const key = templateKey(line);
        if (key.length < minLength || key.length > maxLength) continue;
        if (!keys.has(key)) keys.set(key, line.trim());
      }
      const setId = [...keys.keys()].sort().join('\u0000');
      if (seenSets.has(setId)) continue;
      seenSets.add(setId);
      considered++;
      for (const [key, text] of keys) {
        const entry = counts.get(key);
        if (entry) entry.ids.push(a.articleId);
        else counts.set(key, { text, ids: [a.articleId] });
      }
    }
    if (considered < minArticles) continue;
    for (const [key, { text, ids }] of counts) {
      const share = ids.length / considered;
      if (ids.length >= minArticles && share >= minShare) {
        result.push({ outlet, text, key, articles: ids.length, outletArticles: considered, share, examples: ids.slice(0, 10) });
      }
    }
  }
  return result.sort((a, b) => a.outlet.localeCompare(b.outlet) || b.articles - a.articles || a.key.localeCompare(b.key));
}
