/** RobotsCache against the fixture server: rules applied to fetches, caching, and RFC 9309 statuses. */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { isStorylineError } from '../errors.js';
import { ManualClock } from './clock.js';
import { fetchDocument, type FetchOptions } from './fetch-document.js';
import { RobotsCache } from './robots-cache.js';
import { startFixtureServer, type FixtureServer } from './testing/fixture-server.js';

const T = { timeout: 10_000 };
let server: FixtureServer;
const local: FetchOptions = { allowPrivateNetwork: true, totalTimeoutMs: 5000 };

before(async () => {
  server = await startFixtureServer();
});
after(async () => {
  await server.close();
});

function robotsFetches(): number {
  return server.requests.filter((r) => r.path === '/robots.txt').length;
}

test('a disallowed page is refused with FETCH_ROBOTS; allowed pages are fetched', T, async () => {
  server.state.robotsStatus = 200;
  const robots = new RobotsCache({ clock: new ManualClock(0), fetchOptions: local });
  await assert.rejects(fetchDocument(server.origin + '/private/page.html', { ...local, robots }), (error: unknown) => isStorylineError(error) && error.code === 'FETCH_ROBOTS');
  assert.ok(!server.requests.some((r) => r.path === '/private/page.html'), 'the disallowed page was never requested');
  const open = await fetchDocument(server.origin + '/private/open', { ...local, robots });
  assert.equal(open.status, 200);
  const verdict = await robots.check(server.origin + '/public/page.html');
  assert.deepEqual(verdict, { allowed: true, rule: null, crawlDelayMs: 3000, source: 'fetched' });
});

test('robots.txt is checked on every redirect hop', T, async () => {
  server.state.robotsStatus = 200;
  const robots = new RobotsCache({ clock: new ManualClock(0), fetchOptions: local });
  await assert.rejects(fetchDocument(server.origin + '/to-private-path', { ...local, robots }), (error: unknown) => isStorylineError(error) && error.code === 'FETCH_ROBOTS');
});

test('robots.txt is fetched once per origin until it expires', T, async () => {
  server.state.robotsStatus = 200;
  const clock = new ManualClock(1_000_000);
  const robots = new RobotsCache({ clock, fetchOptions: local, ttlMs: 60_000 });
  const before = robotsFetches();
  await Promise.all([robots.check(server.origin + '/a'), robots.check(server.origin + '/b'), robots.check(server.origin + '/c')]);
  assert.equal(robotsFetches(), before + 1);
  clock.advance(59_000);
  await robots.check(server.origin + '/d');
  assert.equal(robotsFetches(), before + 1);
  clock.advance(2_000);
  await robots.check(server.origin + '/e');
  assert.equal(robotsFetches(), before + 2);
});

test('RFC 9309 statuses: 4xx allows everything, 5xx disallows everything', T, async () => {
  try {
    server.state.robotsStatus = 404;
    const absent = new RobotsCache({ clock: new ManualClock(0), fetchOptions: local });
    assert.deepEqual(await absent.check(server.origin + '/private/page.html'), { allowed: true, rule: null, crawlDelayMs: null, source: 'absent' });
    server.state.robotsStatus = 503;
    const failing = new RobotsCache({ clock: new ManualClock(0), fetchOptions: local });
    const verdict = await failing.check(server.origin + '/public/page.html');
    assert.equal(verdict.allowed, false);
    assert.equal(verdict.source, 'unreachable');
  } finally {
    server.state.robotsStatus = 200;
  }
});

test('a blocked origin is reported as blocked, not as a robots verdict', T, async () => {
  const robots = new RobotsCache({ clock: new ManualClock(0), fetchOptions: { totalTimeoutMs: 2000 } });
  await assert.rejects(robots.check('http://10.0.0.1/x'), (error: unknown) => isStorylineError(error) && error.code === 'FETCH_BLOCKED_ADDRESS');
});
