/**
 * A feed item's own metadata merged with what its page says. The page is the article itself, so its
 * dates and title win when it has them; the feed item fills what the page lacks (many pages carry no
 * machine-readable date, while every feed item has one). People and categories are unions: a feed
 * often names authors or sections the page's markup leaves out, and the reverse.
 */
import type { FeedItem } from './parse-feed.js';

/** What the page's metadata extraction (the clean stage) found; every field optional. */
export interface PageMetadata {
  title?: string | null;
  /** Person names; a single byline string may be given instead. */
  authors?: readonly string[];
  byline?: string | null;
  /** ISO 8601. */
  published?: string | null;
  /** ISO 8601. */
  modified?: string | null;
  tags?: readonly string[];
  canonicalUrl?: string | null;
}

/** Which side a merged field came from. */
export type MetadataSide = 'page' | 'feed' | null;

/** A feed item after merging with its page's metadata. */
export interface MergedItem extends FeedItem {
  canonicalUrl: string | null;
  /** Provenance of the fields where page and feed compete. */
  from: { title: MetadataSide; published: MetadataSide; updated: MetadataSide };
}

function key(value: string): string {
  return value.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
}

function union(...lists: ReadonlyArray<readonly string[]>): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const list of lists) {
    for (const value of list) {
      const trimmed = value.trim();
      if (!trimmed || seen.has(key(trimmed))) continue;
      seen.add(key(trimmed));
      out.push(trimmed);
    }
  }
  return out;
}

function pick(page: string | null | undefined, feed: string | null): [string | null, MetadataSide] {
  if (page) return [page, 'page'];
  if (feed) return [feed, 'feed'];
  return [null, null];
}

/** Merges `item` with `page` (null when the page was not fetched or gave nothing). Pure. */
export function mergeItemMetadata(item: FeedItem, page: PageMetadata | null): MergedItem {
  const p = page ?? {};
  const [title, titleFrom] = pick(p.title, item.title);
  const [published, publishedFrom] = pick(p.published, item.published);
  const [updated, updatedFrom] = pick(p.modified, item.updated);
  const pageAuthors = p.authors?.length ? p.authors : p.byline ? [p.byline] : [];
  return {
    id: item.id,
    url: item.url,
    canonicalUrl: p.canonicalUrl ?? null,
    title,
    published,
    updated,
    authors: union(pageAuthors, item.authors),
    categories: union(item.categories, p.tags ?? []),
    summary: item.summary,
    contentHtml: item.contentHtml,
    from: { title: titleFrom, published: publishedFrom, updated: updatedFrom },
  };
}
