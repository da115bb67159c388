/**
 * robots.txt fetched once per origin and kept for a while, as RFC 9309 §2.3 describes: a 4xx means
 * "no robots.txt, everything allowed"; a 5xx, 429 or an unreachable server means "everything
 * disallowed" until it can be fetched again; redirects are followed (up to five, as the fetch does).
 */
import { StorylineError, isStorylineError } from '../errors.js';
import type { Clock } from './clock.js';
import { fetchDocument, type FetchOptions, type RobotsChecker } from './fetch-document.js';
import { decideRobots, parseRobotsTxt, type RobotsTxt } from './parse-robots-txt.js';

/** The product token we look for in User-agent lines. */
export const ROBOTS_TOKEN = 'storyline';

/** How robots.txt for an origin was obtained. */
export type RobotsSource = 'fetched' | 'absent' | 'unreachable';

/** The verdict for one URL. */
export interface RobotsVerdict {
  allowed: boolean;
  rule: string | null;
  /** Crawl-delay for our agent in milliseconds, or null. */
  crawlDelayMs: number | null;
  source: RobotsSource;
}

/** Options of a RobotsCache. */
export interface RobotsCacheOptions {
  clock: Clock;
  /** How robots.txt itself is fetched (SSRF guard, timeouts, resolver). `robots` is ignored. */
  fetchOptions?: FetchOptions;
  /** How long a fetched (or absent) robots.txt is trusted. RFC 9309 says no more than 24 hours. */
  ttlMs?: number;
  /** How long an unreachable robots.txt blocks the origin before it is tried again. */
  unreachableTtlMs?: number;
  agentToken?: string;
}

interface Entry {
  robots: RobotsTxt | null;
  source: RobotsSource;
  expiresAt: number;
  detail?: unknown;
}

/** Caches robots.txt per origin and answers allow/disallow and crawl-delay for URLs. */
export class RobotsCache implements RobotsChecker {
  private readonly entries = new Map<string, Entry>();
  private readonly inFlight = new Map<string, Promise<Entry>>();
  private readonly options: RobotsCacheOptions;

  constructor(options: RobotsCacheOptions) {
    this.options = options;
  }

  /**
   * The verdict for `url`. Throws only what the URL itself makes impossible (FETCH_BAD_URL,
   * FETCH_BLOCKED_ADDRESS), since fetching the page would fail the same way.
   */
  async check(url: string): Promise<RobotsVerdict> {
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      throw new StorylineError('FETCH_BAD_URL', `expected an absolute http(s) URL, found "${String(url).slice(0, 200)}"`, { url });
    }
    const entry = await this.entryFor(parsed.origin);
    if (entry.source === 'unreachable') {
      return { allowed: false, rule: 'robots.txt unreachable: everything disallowed until it can be fetched', crawlDelayMs: null, source: entry.source };
    }
    if (!entry.robots) return { allowed: true, rule: null, crawlDelayMs: null, source: entry.source };
    const decision = decideRobots(entry.robots, this.options.agentToken ?? ROBOTS_TOKEN, parsed.pathname + parsed.search);
    return { ...decision, source: entry.source };
  }

  /** Forgets every cached robots.txt. */
  clear(): void {
    this.entries.clear();
  }

  private async entryFor(origin: string): Promise<Entry> {
    const now = this.options.clock.now();
    const cached = this.entries.get(origin);
    if (cached && cached.expiresAt > now) return cached;
    const pending = this.inFlight.get(origin);
    if (pending) return pending;
    const loading = this.load(origin).finally(() => this.inFlight.delete(origin));
    this.inFlight.set(origin, loading);
    const entry = await loading;
    this.entries.set(origin, entry);
    return entry;
  }

  private async load(origin: string): Promise<Entry> {
    const now = this.options.clock.now();
    const ttl = this.options.ttlMs ?? 24 * 3600_000;
    const unreachableTtl = this.options.unreachableTtlMs ?? 10 * 60_000;
    const fetchOptions: FetchOptions = { maxBytes: 512 * 1024, totalTimeoutMs: 15_000, ...this.options.fetchOptions, robots: undefined };
    try {
      const document = await fetchDocument(`${origin}/robots.txt`, fetchOptions);
      // An HTML page at /robots.txt is a soft 404 (a site's error page), not rules.
      if (document.format === 'html') return { robots: null, source: 'absent', expiresAt: now + ttl };
      return { robots: parseRobotsTxt(document.body), source: 'fetched', expiresAt: now + ttl };
    } catch (error) {
      if (!isStorylineError(error)) throw error;
      if (error.code === 'FETCH_BAD_URL' || error.code === 'FETCH_BLOCKED_ADDRESS') throw error;
      const status = (error.detail as { status?: number } | undefined)?.status;
      if (error.code === 'FETCH_BAD_STATUS' && status !== undefined && status >= 400 && status < 500 && status !== 429) {
        return { robots: null, source: 'absent', expiresAt: now + ttl };
      }
      // A robots.txt that is not text (or too large to be one) tells us nothing: treat it as absent.
      if (error.code === 'FETCH_UNSUPPORTED_TYPE' || error.code === 'FETCH_TOO_LARGE' || error.code === 'FETCH_DECODE') {
        return { robots: null, source: 'absent', expiresAt: now + ttl, detail: error.code };
      }
      return { robots: null, source: 'unreachable', expiresAt: now + unreachableTtl, detail: { code: error.code, message: error.message } };
    }
  }
}

/** Throws FETCH_ROBOTS when robots.txt disallows `url`; returns the verdict otherwise. */
export async function assertRobotsAllow(robots: RobotsCache, url: string): Promise<RobotsVerdict> {
  const verdict = await robots.check(url);
  if (!verdict.allowed) throw new StorylineError('FETCH_ROBOTS', `expected robots.txt to allow ${url}, found it disallowed`, { url, rule: verdict.rule });
  return verdict;
}
