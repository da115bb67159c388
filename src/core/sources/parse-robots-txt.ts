/**
 * robots.txt as RFC 9309 defines it: groups chosen by product token (case-insensitive; the groups of
 * `*` when none names us; all matching groups merged), the longest matching rule deciding, `Allow`
 * winning a tie, `*` and `$` in patterns. `Crawl-delay` is not in the RFC but widely used; we read it
 * from the chosen groups.
 */

/** One Allow or Disallow line. */
export interface RobotsRule {
  allow: boolean;
  /** The path pattern as written (percent-escapes normalised). */
  pattern: string;
}

/** One group: the user agents it names and its rules. */
export interface RobotsGroup {
  agents: string[];
  rules: RobotsRule[];
  /** Crawl-delay in seconds, when the group gives one. */
  crawlDelaySeconds: number | null;
}

/** A parsed robots.txt. */
export interface RobotsTxt {
  groups: RobotsGroup[];
  sitemaps: string[];
}

/** What robots.txt says about one URL for one agent. */
export interface RobotsDecision {
  allowed: boolean;
  /** The deciding rule, as `Allow: /x` or `Disallow: /y`, or null when no rule matched. */
  rule: string | null;
  /** Crawl-delay of the chosen groups in milliseconds (the largest, when merged groups disagree). */
  crawlDelayMs: number | null;
}

/** RFC 9309 asks crawlers to parse at least the first 500 KiB; beyond that is ignored. */
const MAX_PARSED_CHARS = 512 * 1024;

/** Upper-cases percent escapes and escapes characters outside printable ASCII, so both sides compare alike. */
function normalizePath(path: string): string {
  let out = '';
  for (const ch of path) {
    const code = ch.codePointAt(0)!;
    if (code > 0x7e || code < 0x21) out += encodeURIComponent(ch);
    else out += ch;
  }
  return out.replace(/%[0-9a-f]{2}/gi, (m) => m.toUpperCase());
}

/** Parses robots.txt text. Never throws: unknown or malformed lines are skipped, as the RFC says. */
export function parseRobotsTxt(text: string): RobotsTxt {
  const groups: RobotsGroup[] = [];
  const sitemaps: string[] = [];
  let current: RobotsGroup | null = null;
  let lastWasAgent = false;
  for (const rawLine of text.slice(0, MAX_PARSED_CHARS).split(/\r\n|\r|\n/)) {
    const line = rawLine.replace(/#.*$/, '').trim();
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    const key = line.slice(0, colon).trim().toLowerCase();
    const value = line.slice(colon + 1).trim();
    if (key === 'user-agent') {
      if (!current || !lastWasAgent) {
        current = { agents: [], rules: [], crawlDelaySeconds: null };
        groups.push(current);
      }
      current.agents.push(value.toLowerCase());
      lastWasAgent = true;
      continue;
    }
    if (key === 'sitemap') {
      if (value) sitemaps.push(value);
      continue;
    }
    lastWasAgent = false;
    if (!current) continue;
    if ((key === 'allow' || key === 'disallow') && value) {
      current.rules.push({ allow: key === 'allow', pattern: normalizePath(value) });
    } else if (key === 'crawl-delay') {
      const seconds = Number(value);
      if (Number.isFinite(seconds) && seconds >= 0) current.crawlDelaySeconds = seconds;
    }
  }
  return { groups, sitemaps };
}

/** True when a User-agent line names the product token (`Storyline/1.0` names `storyline`). */
function namesAgent(line: string, token: string): boolean {
  const product = line.split(/[\s/]/)[0];
  return product === token;
}

/** Matches a robots pattern (`*` any run, `$` end) against a normalised path from its start. */
function patternMatches(pattern: string, path: string): boolean {
  const anchored = pattern.endsWith('$');
  const body = anchored ? pattern.slice(0, -1) : pattern;
  const pieces = body.split('*');
  // Greedy left-to-right search of each literal piece is correct for `*`-only wildcards.
  if (!path.startsWith(pieces[0])) return false;
  let position = pieces[0].length;
  for (let i = 1; i < pieces.length; i++) {
    const piece = pieces[i];
    if (i === pieces.length - 1 && anchored) {
      return path.length - piece.length >= position && path.endsWith(piece);
    }
    const found = path.indexOf(piece, position);
    if (found < 0) return false;
    position = found + piece.length;
  }
  return anchored ? position === path.length : true;
}

/**
 * Decides whether `agentToken` (lower-case product token, e.g. `storyline`) may fetch `url` (absolute,
 * or a path with query).
 */
export function decideRobots(robots: RobotsTxt, agentToken: string, url: string): RobotsDecision {
  const token = agentToken.toLowerCase();
  let chosen = robots.groups.filter((g) => g.agents.some((a) => namesAgent(a, token)));
  if (chosen.length === 0) chosen = robots.groups.filter((g) => g.agents.includes('*'));
  const delays = chosen.map((g) => g.crawlDelaySeconds).filter((d): d is number => d !== null);
  const crawlDelayMs = delays.length ? Math.max(...delays) * 1000 : null;
  let path: string;
  try {
    const parsed = new URL(url, 'http://robots.invalid');
    path = normalizePath(parsed.pathname + parsed.search);
  } catch {
    path = normalizePath(url);
  }
  // The robots.txt file itself is always allowed.
  if (path === '/robots.txt') return { allowed: true, rule: null, crawlDelayMs };
  let best: RobotsRule | null = null;
  for (const group of chosen) {
    for (const rule of group.rules) {
      if (!patternMatches(rule.pattern, path)) continue;
      if (!best || rule.pattern.length > best.pattern.length || (rule.pattern.length === best.pattern.length && rule.allow && !best.allow)) {
        best = rule;
      }
    }
  }
  if (!best) return { allowed: true, rule: null, crawlDelayMs };
  return { allowed: best.allow, rule: `${best.allow ? 'Allow' : 'Disallow'}: ${best.pattern}`, crawlDelayMs };
}
