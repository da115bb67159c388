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
  /** Number of distinct articles of the outlet that contain it (near-duplicates counted once). */
  articles: number;
  /** Articles of the outlet considered (near-duplicates counted once). */
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
  /** Lines longer than this are ignored: a long paragraph that recurs is shared text, not a template. Default 320. */
  maxLength?: number;
}

/** The key lines are compared by; use it to match lines of a new article against the result. */
export function templateKey(line: string): string {
  return comparable(line);
}

/**
 * Finds page furniture by repetition across documents: lines (or paragraphs) that recur in many
 * articles of the same outlet ("Sign up for our morning briefing", a standard disclaimer, a
 * language switcher) are template, whatever their wording. Near-duplicate articles of an outlet (the
 * same article stored twice, or updated versions of it: most of their long lines shared) count
 * once, so that a story's updates do not make its body look like template. Lines longer than
 * `maxLength` are never template: a long paragraph that recurs is shared text, not furniture. Pure:
 * the caller gives the lines and acts on the result.
 */
export function findTemplateLines(docs: readonly TemplateInput[], options: TemplateOptions = {}): TemplateLine[] {
  const minArticles = options.minArticles ?? 3;
  const minShare = options.minShare ?? 0.3;
  const minLength = options.minLength ?? 4;
  const maxLength = options.maxLength ?? 320;
  const byOutlet = new Map<string, TemplateInput[]>();
  for (const d of docs) {
    const list = byOutlet.get(d.outlet);
    if (list) list.push(d);
    else byOutlet.set(d.outlet, [d]);
  }
  const result: TemplateLine[] = [];
  for (const [outlet, articles] of byOutlet) {
    const groups = groupNearDuplicates(articles);
    if (groups.length < minArticles) continue;
    const counts = new Map<string, { text: string; ids: string[]; groups: number }>();
    for (const group of groups) {
      const seen = new Set<string>();
      for (const a of group) {
        for (const line of a.lines) {
          const key = templateKey(line);
          if (key.length < minLength || key.length > maxLength) continue;
          let entry = counts.get(key);
          if (!entry) counts.set(key, (entry = { text: line.trim(), ids: [], groups: 0 }));
          if (!entry.ids.includes(a.articleId) && entry.ids.length < 10) entry.ids.push(a.articleId);
          if (!seen.has(key)) {
            seen.add(key);
            entry.groups++;
          }
        }
      }
    }
    for (const [key, { text, ids, groups: n }] of counts) {
      const share = n / groups.length;
      if (n >= minArticles && share >= minShare) {
        result.push({ outlet, text, key, articles: n, outletArticles: groups.length, share, examples: ids });
      }
    }
  }
  return result.sort((a, b) => a.outlet.localeCompare(b.outlet) || b.articles - a.articles || a.key.localeCompare(b.key));
}

/** Long lines are what near-duplicate articles share; short ones may be the template itself. */
const LONG_LINE = 60;
/** Share of long lines two articles must have in common (Jaccard) to count as one. */
const SAME_ARTICLE = 0.5;

/** In an outlet of at least this many articles, a line in half of them is too common to tell two articles apart. */
const COMMON_LINE_MIN_ARTICLES = 10;

/**
 * Groups an outlet's articles into near-duplicates by the Jaccard similarity of their long lines
 * (all lines when an article has fewer than two long ones), through an inverted index so that only
 * articles sharing a line are compared. In a large outlet, lines found in half of its articles are
 * left out of the comparison: long template lines would otherwise make unrelated articles alike.
 */
function groupNearDuplicates(articles: readonly TemplateInput[]): TemplateInput[][] {
  const keysOf = articles.map((a) => [...new Set(a.lines.map(templateKey).filter((k) => k.length > 0))]);
  const common = new Set<string>();
  if (articles.length >= COMMON_LINE_MIN_ARTICLES) {
    const df = new Map<string, number>();
    for (const keys of keysOf) for (const k of keys) df.set(k, (df.get(k) ?? 0) + 1);
    for (const [k, n] of df) if (n >= articles.length / 2) common.add(k);
  }
  const groups: Array<{ members: TemplateInput[]; signature: Set<string> }> = [];
  const index = new Map<string, number[]>();
  for (const [i, a] of articles.entries()) {
    const keys = keysOf[i].filter((k) => !common.has(k));
    const long = keys.filter((k) => k.length >= LONG_LINE);
    const signature = new Set(long.length >= 2 ? long : keys);
    let joined = -1;
    const tried = new Set<number>();
    for (const key of signature) {
      for (const g of index.get(key) ?? []) {
        if (tried.has(g)) continue;
        tried.add(g);
        if (jaccard(signature, groups[g].signature) >= SAME_ARTICLE) {
          joined = g;
          break;
        }
      }
      if (joined !== -1) break;
    }
    if (joined !== -1) {
      groups[joined].members.push(a);
      continue;
    }
    groups.push({ members: [a], signature });
    for (const key of signature) {
      const list = index.get(key);
      if (list) list.push(groups.length - 1);
      else index.set(key, [groups.length - 1]);
    }
  }
  return groups.map((g) => g.members);
}

function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 && b.size === 0) return 1;
  let shared = 0;
  for (const k of a) if (b.has(k)) shared++;
  return shared / (a.size + b.size - shared);
}
