/** parseRobotsTxt and decideRobots: RFC 9309 group selection, longest match, wildcards, Crawl-delay. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { decideRobots, parseRobotsTxt } from './parse-robots-txt.js';
import { readFixture } from './testing/fixture-server.js';

const fixture = parseRobotsTxt(readFixture('robots.txt').toString('utf8'));

test('the * group applies when no group names us', () => {
  const cases: Array<[path: string, allowed: boolean]> = [
    ['/', true],
    ['/news/today', true],
    ['/private/', false],
    ['/private/page.html', false],
    ['/private/open', true],
    ['/private/open/more', false],
    ['/files/report.pdf', false],
    ['/files/report.pdf?x=1', true],
    ['/robots.txt', true],
  ];
  for (const [path, allowed] of cases) assert.equal(decideRobots(fixture, 'storyline', path).allowed, allowed, path);
  assert.equal(decideRobots(fixture, 'storyline', '/private/page.html').rule, 'Disallow: /private/');
  assert.equal(decideRobots(fixture, 'storyline', '/').crawlDelayMs, 3000);
  assert.deepEqual(fixture.sitemaps, ['http://example.test/sitemap.xml']);
});

test('a group naming our token wins over *, matched case-insensitively, groups merged', () => {
  const robots = parseRobotsTxt(['User-agent: *', 'Disallow: /', '', 'User-agent: STORYLINE/2.0', 'Disallow: /drafts', '', 'user-agent: storyline', 'allow: /drafts/public', 'crawl-delay: 1.5'].join('\n'));
  assert.equal(decideRobots(robots, 'storyline', '/news').allowed, true);
  assert.equal(decideRobots(robots, 'storyline', '/drafts/x').allowed, false);
  assert.equal(decideRobots(robots, 'storyline', '/drafts/public/x').allowed, true);
  assert.equal(decideRobots(robots, 'storyline', '/').crawlDelayMs, 1500);
  assert.equal(decideRobots(robots, 'otherbot', '/news').allowed, false);
});

test('consecutive User-agent lines share one group; Allow wins a tie', () => {
  const robots = parseRobotsTxt('User-agent: a\nUser-agent: storyline\nDisallow: /x\nAllow: /x\n');
  assert.equal(robots.groups.length, 1);
  assert.equal(decideRobots(robots, 'storyline', '/x').allowed, true);
});

test('percent-escapes and non-ASCII paths compare alike', () => {
  const robots = parseRobotsTxt('User-agent: *\nDisallow: /новини/\nDisallow: /a%3cb\n');
  assert.equal(decideRobots(robots, 'storyline', 'https://example.test/%D0%BD%D0%BE%D0%B2%D0%B8%D0%BD%D0%B8/1').allowed, false);
  assert.equal(decideRobots(robots, 'storyline', '/a%3Cb').allowed, false);
});

// Negative cases: texts that disallow nothing.
const empty = ['', 'garbage without colons', 'Disallow: /\n', 'User-agent: *\nDisallow:\n', '\u0000\u0001binary', 'User-agent: *\n# Disallow: /\n'];
for (const text of empty) {
  test(`disallows nothing: ${JSON.stringify(text)}`, () => {
    assert.equal(decideRobots(parseRobotsTxt(text), 'storyline', '/any/path').allowed, true);
  });
}
