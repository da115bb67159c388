/**
 * Network inputs: pages (`--url`) and feeds (`--feed`) turned into the same `InputItem`s the file
 * reader yields, so that `ingestItems` stores them the same way. Fetching, the SSRF guard, robots.txt,
 * charsets, limits, feed parsing and polling are the `sources/` library's; this module only converts
 * what it returns. A fetch failure is a stored `fetch-failed` rejection whose detail starts with the
 * error code, never an exception. Nothing here prints.
 */
import type { ArticleSource, Origin } from '../article.js';
import { isStorylineError } from '../errors.js';
import {
  FeedPoller, MemoryFeedStateStore, RobotsCache, fetchDocument, newFeedState,
  type Clock, type FeedItem, type FetchOptions, type FetchedDocument, type PageMetadata, type PollEvent,
} from '../sources/index.js';
import { extractMetadata } from '../stages/clean/extract-metadata.js';
import { prepareHtml } from '../stages/clean/prepare-html.js';
import type { InputItem } from './read-inputs.js';

/** Options of the network readers. */
export interface NetworkInputOptions {
  /** Time source for politeness waits and fetch timestamps. */
  clock: Clock;
  /** SSRF guard, timeouts, size limit, resolver; `robots` and `accept` are set here. */
  fetchOptions?: FetchOptions;
  /**
   * The robots.txt cache shared by every fetch of a run; one is made from `clock` and `fetchOptions`
   * when absent. robots.txt is always respected: there is no way to turn it off here.
   */
  robots?: RobotsCache;
  /** Least time between two requests to one host (robots Crawl-delay wins when longer). */
  politenessDelayMs?: number;
  /** Outlet of documents that carry none. */
  outlet?: string;
  /** Publication date of documents that carry none. */
  published?: string;
}

/** A feed-level outcome of one poll, as `FeedPoller` reports it. */
export type FeedOutcome = Extract<PollEvent, { type: 'feed' }>;

/** Default least time between two requests to one host, as the poller's. */
export const DEFAULT_POLITENESS_MS = 1000;

/** The robots cache a run uses: robots.txt is fetched under the same SSRF guard and limits. */
export function robotsFor(options: NetworkInputOptions): RobotsCache {
  return options.robots ?? new RobotsCache({ clock: options.clock, fetchOptions: options.fetchOptions });
}

function errorInfo(error: unknown): { code: string; message: string } {
  if (isStorylineError(error)) return { code: error.code, message: error.message };
  return { code: 'INTERNAL', message: error instanceof Error ? error.message : String(error) };
}

/** A `fetch-failed` rejection for `url`; the detail starts with the error code so it can be grepped. */
export function fetchRejection(url: string, error: { code: string; message: string }, externalId: string | null = null, context = ''): InputItem {
  return {
    kind: 'rejection',
    bytes: 0,
    rejection: { reason: 'fetch-failed', detail: `${error.code}: ${error.message}${context}`, file: url, line: null, externalId },
  };
}

/** What the fetch said about a page, kept as metadata (not part of the content hash). */
function fetchFacts(page: FetchedDocument, requestedUrl: string, fetchedAt: number): Record<string, unknown> {
  return {
    requestedUrl,
    finalUrl: page.url,
    redirects: page.redirects.slice(1),
    status: page.status,
    contentType: page.contentType,
    charset: page.charset,
    charsetSource: page.charsetSource,
    bytes: page.bytes,
    fetchedAt: new Date(fetchedAt).toISOString(),
  };
}

/**
 * A fetched page as an input document: HTML or text by the fetched format, `url` the final URL after
 * redirects, the origin the URL that was asked for. Metadata in the page itself (title, byline,
 * dates) is left to the clean stage, as for a file.
 */
export function pageToInput(page: FetchedDocument, requestedUrl: string, fetchedAt: number, options: Pick<NetworkInputOptions, 'outlet' | 'published'> = {}): InputItem {
  const source: ArticleSource = {
    url: page.url,
    outlet: options.outlet,
    published: options.published,
    format: page.format === 'text' ? 'text' : 'html',
    raw: page.body,
    metadata: { fetch: fetchFacts(page, requestedUrl, fetchedAt) },
    origin: options.published ? { url: requestedUrl, publishedFrom: 'default' } : { url: requestedUrl },
  };
  return { kind: 'document', bytes: page.bytes, source };
}

/**
 * The page metadata a feed item merges with: the clean stage's own metadata pre-scan (the same
 * extractor, so the merged title and dates agree with what the stage finds). A byline that names an
 * outlet or a desk is not offered as an author. Text pages carry no markup: null.
 */
export function pageMetadataOf(page: FetchedDocument): PageMetadata | null {
  if (page.format !== 'html') return null;
  const m = extractMetadata(prepareHtml(page.body), page.url, null);
  return {
    title: m.title,
    byline: m.bylineIsPerson === false ? null : m.byline,
    published: m.published,
    modified: m.modified,
    // Declared tags, else the keywords: many pages carry only one of the two.
    tags: m.tags.length ? m.tags : m.keywords,
    canonicalUrl: m.canonicalUrl,
  };
}

/**
 * One new feed item as an input: its page when the fetch succeeded; else the item's own
 * `contentHtml` when the feed carries the full text; else a `fetch-failed` rejection (or `empty` when
 * the item has neither a link nor content). Title, dates and authors come from the merge of the
 * item's metadata with the page's; categories, authors and the feed's view are kept as metadata.
 */
export function feedItemToInput(event: Extract<PollEvent, { type: 'item' }>, fetchedAt: number, options: Pick<NetworkInputOptions, 'outlet' | 'published'> = {}): InputItem {
  const { item, feedItem, page, pageError, feedUrl } = event;
  const context = ` (item ${JSON.stringify(feedItem.id)} of the feed ${feedUrl})`;
  let raw: string;
  let format: ArticleSource['format'];
  let url: string | undefined;
  let bytes: number;
  const metadata: Record<string, unknown> = {
    feed: feedFacts(feedUrl, feedItem),
    authors: item.authors,
    categories: item.categories,
    ...(item.updated ? { updated: item.updated } : {}),
    mergedFrom: item.from,
  };
  if (page) {
    raw = page.body;
    format = page.format === 'text' ? 'text' : 'html';
    url = page.url;
    bytes = page.bytes;
    metadata.fetch = fetchFacts(page, feedItem.url ?? page.url, fetchedAt);
  } else if (feedItem.contentHtml && feedItem.contentHtml.trim()) {
    raw = feedItem.contentHtml;
    format = 'html';
    url = feedItem.url ?? undefined;
    bytes = Buffer.byteLength(raw);
    metadata.contentFrom = 'feed';
    if (pageError) metadata.pageError = pageError;
  } else if (pageError) {
    return fetchRejection(feedItem.url ?? feedUrl, pageError, feedItem.id, context);
  } else {
    return {
      kind: 'rejection',
      bytes: 0,
      rejection: { reason: 'empty', detail: `the feed item has neither a link nor content${context}`, file: feedUrl, line: null, externalId: feedItem.id },
    };
  }
  if (page && pageError) metadata.pageError = pageError;
  const source: ArticleSource = {
    externalId: feedItem.id,
    url,
    outlet: options.outlet,
    title: item.title ?? undefined,
    author: item.authors.length ? item.authors.join(', ') : undefined,
    published: item.published ?? options.published,
    format,
    raw,
    metadata,
    origin: { url: feedItem.url ?? feedUrl, ...publishedFromOf(item.published ? item.from.published : null, options.published) },
  };
  return { kind: 'document', bytes, source };
}

/** Where a feed item's publication date came from: the page's metadata or the item's, else `--published`. */
function publishedFromOf(merged: 'page' | 'feed' | null, option: string | undefined): Pick<Origin, 'publishedFrom'> {
  if (merged === 'page') return { publishedFrom: 'page' };
  if (merged) return { publishedFrom: 'feed' };
  return option ? { publishedFrom: 'default' } : {};
}

function feedFacts(feedUrl: string, item: FeedItem): Record<string, unknown> {
  return {
    url: feedUrl,
    itemId: item.id,
    title: item.title,
    published: item.published,
    updated: item.updated,
    authors: item.authors,
    categories: item.categories,
    summary: item.summary,
  };
}

/**
 * Converts poll events to inputs: item events become documents or rejections, feed events go to
 * `onFeed` (a failed feed is reported there, not as a rejection: `watch` prints it and backs off).
 * When `shouldStop` turns true, stops after the item in hand (the poller has marked it seen, so it is
 * always passed on) and before the next fetch; the poller keeps the rest for the next poll.
 */
export async function* pollInputs(
  events: AsyncIterable<PollEvent>,
  options: Pick<NetworkInputOptions, 'clock' | 'outlet' | 'published'> & {
    onFeed?: (outcome: FeedOutcome) => void;
    shouldStop?: () => boolean;
  },
): AsyncGenerator<InputItem> {
  for await (const event of events) {
    if (event.type === 'feed') options.onFeed?.(event);
    else yield feedItemToInput(event, options.clock.now(), options);
    if (options.shouldStop?.()) return;
  }
}

/** Spaces requests to one host: our delay, or the robots.txt Crawl-delay when that is longer. */
class HostSpacing {
  private readonly readyAt = new Map<string, number>();
  constructor(private readonly clock: Clock, private readonly robots: RobotsCache, private readonly delayMs: number) {}

  async wait(url: string): Promise<void> {
    let host: string;
    try {
      host = new URL(url).host;
    } catch {
      return; // the fetch reports the bad URL with its code
    }
    let delay = this.delayMs;
    try {
      const verdict = await this.robots.check(url);
      if (verdict.crawlDelayMs !== null) delay = Math.max(delay, verdict.crawlDelayMs);
    } catch {
      // A URL robots cannot judge fails in the fetch itself, with its own code.
    }
    const now = this.clock.now();
    const ready = this.readyAt.get(host) ?? 0;
    if (ready > now) await this.clock.sleep(ready - now);
    this.readyAt.set(host, Math.max(now, ready) + delay);
  }
}

/**
 * Fetches pages one at a time (`storyline ingest --url`), politely spaced per host and under
 * robots.txt, yielding a document per page or a `fetch-failed` rejection per failure. Feeds and
 * JSON are not pages: they are refused with FETCH_UNSUPPORTED_TYPE (use the feed reader).
 */
export async function* readUrls(urls: readonly string[], options: NetworkInputOptions): AsyncGenerator<InputItem> {
  const robots = robotsFor(options);
  const spacing = new HostSpacing(options.clock, robots, options.politenessDelayMs ?? DEFAULT_POLITENESS_MS);
  for (const url of urls) {
    try {
      await spacing.wait(url);
      const page = await fetchDocument(url, { ...options.fetchOptions, robots, accept: ['html', 'text'] });
      yield pageToInput(page, url, options.clock.now(), options);
    } catch (error) {
      yield fetchRejection(url, errorInfo(error));
    }
  }
}

/**
 * Reads feeds once (`storyline ingest --feed`): each feed is fetched and parsed, then every item's
 * page is fetched and its metadata merged with the item's (the `FeedPoller` does both, with its
 * politeness delay and robots.txt). The run keeps no feed state: every item is read each time, and
 * ingest recognises those already stored by content hash. A feed that cannot be fetched or parsed is
 * one `fetch-failed` rejection.
 */
export async function* readFeeds(feedUrls: readonly string[], options: NetworkInputOptions): AsyncGenerator<InputItem> {
  const robots = robotsFor(options);
  const poller = new FeedPoller({
    store: new MemoryFeedStateStore(),
    clock: options.clock,
    fetchOptions: options.fetchOptions,
    robots,
    politenessDelayMs: options.politenessDelayMs ?? DEFAULT_POLITENESS_MS,
    extractPage: pageMetadataOf,
  });
  for (const feedUrl of feedUrls) {
    const failed: FeedOutcome[] = [];
    yield* pollInputs(poller.pollFeed(newFeedState(feedUrl, options.clock.now())), {
      ...options,
      onFeed: (outcome) => {
        if (outcome.outcome === 'failed') failed.push(outcome);
      },
    });
    for (const f of failed) yield fetchRejection(feedUrl, f.error ?? { code: 'INTERNAL', message: 'the feed could not be read' });
  }
}

/** Items of several sources one after the other. */
export async function* concatInputs(...sources: Array<AsyncIterable<InputItem>>): AsyncGenerator<InputItem> {
  for (const source of sources) yield* source;
}
