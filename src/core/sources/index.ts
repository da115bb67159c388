/**
 * Network sources: fetching pages and feeds safely, robots.txt, feed parsing and polling.
 * The CLI (`ingest --url/--feed`, `watch`) and the stores use only what is exported here.
 */
export { fetchDocument, fetchIfChanged, parseFetchUrl, DEFAULT_USER_AGENT, FETCH_DEFAULTS } from './fetch-document.js';
export type { FetchOptions, FetchedDocument, NotModified, Validators, ResponseValidators, RobotsChecker, DocumentFormat } from './fetch-document.js';
export { resolveHost, systemLookup } from './resolve-host.js';
export type { HostLookup, ResolvedAddress, ResolveHostOptions } from './resolve-host.js';
export { isBlockedAddress } from './is-blocked-address.js';
export { decodeBody } from './decode-body.js';
export { RobotsCache, ROBOTS_TOKEN, assertRobotsAllow } from './robots-cache.js';
export type { RobotsVerdict, RobotsCacheOptions } from './robots-cache.js';
export { parseRobotsTxt, decideRobots } from './parse-robots-txt.js';
export { parseFeed } from './parse-feed.js';
export type { ParsedFeed, FeedItem, FeedKind } from './parse-feed.js';
export { parseFeedDate } from './parse-feed-date.js';
export { FeedPoller, backoffMs, retryAfterMs } from './feed-poller.js';
export type { FeedPollerOptions, PollEvent } from './feed-poller.js';
export { MemoryFeedStateStore, newFeedState, MAX_SEEN_IDS } from './feed-state-store.js';
export type { FeedState, FeedStateStore } from './feed-state-store.js';
export { mergeItemMetadata } from './merge-item-metadata.js';
export type { MergedItem, PageMetadata } from './merge-item-metadata.js';
export { systemClock, ManualClock } from './clock.js';
export type { Clock } from './clock.js';
