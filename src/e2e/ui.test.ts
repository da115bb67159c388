/**
 * Browser end-to-end tests of the web UI: a real SQLite database (the sample corpus plus hostile
 * articles), the real server (`startServer`, the API and the built UI with its CSP) on a free
 * loopback port, and Debian's chromium driven by playwright-core. Screenshots go to
 * test-artifacts/ui/. Skipped, with a message, when there is no chromium at
 * $STORYLINE_CHROMIUM (default /usr/bin/chromium).
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { startServer, type RunningServer } from '../api/server.js';
import type { ArticleDetailDto, PageDto, SearchHitDto, StatementSummaryDto, StoryDetailDto, StoryWithCoverageDto, OutletsDto } from '../api/schemas.js';
import { ingestSampleCorpus } from '../cli/commands/demo.js';
import { ingest } from '../core/ingest/ingest.js';
import { openStore } from '../core/store/open-store.js';
import type { Store } from '../core/store/store.js';
import { repoPath } from '../testing/repo-path.js';
import { HOSTILE_QUOTE_MARKER, HOSTILE_RECORDS, HOSTILE_TEXT_MARKER } from './hostile-articles.js';

const CHROMIUM = process.env.STORYLINE_CHROMIUM ?? '/usr/bin/chromium';
const UI_DIR = repoPath('dist', 'ui');
const ARTIFACTS = repoPath('test-artifacts', 'ui');
const skip = existsSync(CHROMIUM) ? false : `no chromium at ${CHROMIUM} (install Debian's chromium or set STORYLINE_CHROMIUM)`;
if (skip) console.log(`ui e2e skipped: ${skip}`);

/** What a page did that it must not: dialogs, uncaught errors, console errors, CSP violations. */
interface Incidents {
  dialogs: string[];
  errors: string[];
}

describe('web UI in chromium', { skip }, () => {
  let dir: string;
  let store: Store;
  let server: RunningServer;
  let browser: Browser;
  let context: BrowserContext;
  let base: string;
  const incidents: Incidents = { dialogs: [], errors: [] };

  const getJson = async <T>(path: string): Promise<T> => {
    const res = await fetch(new URL(path, base));
    assert.equal(res.status, 200, `${path} answered ${res.status}`);
    return (await res.json()) as T;
  };

  const shot = async (page: Page, name: string): Promise<void> => {
    await page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: true });
  };

  /** A fresh page whose every incident is recorded, and where `window.__pwned` starts undefined. */
  const newPage = async (): Promise<Page> => {
    const page = await context.newPage();
    page.on('dialog', (d) => {
      incidents.dialogs.push(`${d.type()}: ${d.message()}`);
      void d.dismiss();
    });
    page.on('pageerror', (e) => incidents.errors.push(`pageerror: ${e.message}`));
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') incidents.errors.push(`console ${m.type()}: ${m.text()}`);
    });
    return page;
  };

  // Browser-side code is passed as strings: the root tsconfig has no DOM library.
  const pwned = (page: Page): Promise<unknown> => page.evaluate('window.__pwned');

  before(async () => {
    if (!existsSync(join(UI_DIR, 'index.html'))) throw new Error(`The web UI is not built at ${UI_DIR}: run npm run build.`);
    mkdirSync(ARTIFACTS, { recursive: true });
    dir = mkdtempSync(join(tmpdir(), 'storyline-ui-'));
    const db = join(dir, 'ui.db');
    await ingestSampleCorpus(db);
    const hostile = join(dir, 'hostile.jsonl');
    writeFileSync(hostile, HOSTILE_RECORDS.map((r) => JSON.stringify(r)).join('\n') + '\n');
    const s = await openStore(db);
    try {
      const summary = await ingest(s, [hostile]);
      assert.equal(summary.added, HOSTILE_RECORDS.length, `hostile articles stored: ${JSON.stringify(summary.rejections)}`);
    } finally {
      await s.close();
    }
    store = await openStore(db);
    server = await startServer({ store, port: 0, uiDir: UI_DIR });
    base = server.url;
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
    });
    context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  });

  after(async () => {
    await browser?.close();
    await server?.close();
    await store?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  test('the home page lists the stories with size, outlets and a coverage sparkline', async () => {
    const api = await getJson<PageDto<StoryWithCoverageDto>>('/api/stories?limit=25');
    const page = await newPage();
    const res = await page.goto(base);
    assert.ok(res, 'a response');
    const csp = res.headers()['content-security-policy'] ?? '';
    assert.match(csp, /script-src 'self'/, 'a strict CSP is sent with the page');
    assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval/);
    await page.locator('.story-card').first().waitFor();
    const cards = page.locator('.story-card');
    assert.equal(await cards.count(), api.items.length);
    assert.equal(await page.locator('.count').textContent(), `${api.total} stories`);
    const first = api.items[0];
    const card = cards.first();
    assert.equal(await card.locator('h2').textContent(), first.label);
    assert.match((await card.locator('.meta').textContent()) ?? '', new RegExp(`^${first.articles} articles?`));
    assert.equal(await card.locator('.chips li').count(), Math.min(first.outlets.length, 8) + (first.outlets.length > 8 ? 1 : 0));
    const spark = card.locator('svg.sparkline');
    assert.equal(await spark.count(), 1);
    assert.match((await spark.getAttribute('aria-label')) ?? '', new RegExp(`${first.coverage.reduce((a, c) => a + c.articles, 0)} articles from`));
    await shot(page, 'home');
    await page.close();
  });

  test('a story: open it, see its timeline, filter its quotes by a speaker, open an entity', async () => {
    const stories = await getJson<PageDto<StoryWithCoverageDto>>('/api/stories?limit=500');
    // The story with the most distinct speakers: the speaker filter has something to filter.
    const details = await Promise.all(stories.items.map((s) => getJson<StoryDetailDto>(`/api/stories/${encodeURIComponent(s.id)}`)));
    const story = details.sort((a, b) => b.speakers.length - a.speakers.length)[0];
    assert.ok(story.speakers.length >= 2, 'the sample corpus has a story with several speakers');
    const page = await newPage();
    await page.goto(base);
    await page.getByRole('link', { name: story.label, exact: true }).click();
    await page.waitForURL(`**/stories/${encodeURIComponent(story.id)}`);
    assert.equal(await page.locator('h1').textContent(), story.label);
    await shot(page, 'story-overview');

    await page.getByRole('link', { name: 'Timeline', exact: true }).click();
    await page.locator('.timeline-chart svg').waitFor();
    const timeline = await getJson<{ items: unknown[] }>(`/api/stories/${encodeURIComponent(story.id)}/timeline`);
    assert.equal(await page.locator('.tl-item').count(), Math.min(100, timeline.items.length));
    await shot(page, 'story-timeline');

    await page.getByRole('link', { name: 'Who said what', exact: true }).click();
    await page.locator('.speaker-group').first().waitFor();
    const all = await getJson<PageDto<StatementSummaryDto>>(`/api/stories/${encodeURIComponent(story.id)}/quotes?limit=100`);
    assert.equal(await page.locator('.tab-panel .count').textContent(), `${all.total} statement${all.total === 1 ? '' : 's'}`);
    const speaker = [...story.speakers].sort((a, b) => b.statements - a.statements)[0];
    const value = speaker.entity ?? speaker.name;
    await page.getByLabel('Speaker').selectOption(value);
    await page.waitForURL((u) => u.searchParams.get('speaker') === value);
    const filtered = await getJson<PageDto<StatementSummaryDto>>(`/api/stories/${encodeURIComponent(story.id)}/quotes?limit=100&speaker=${encodeURIComponent(value)}`);
    assert.ok(filtered.total > 0 && filtered.total < all.total, `the filter narrows ${all.total} statements to ${filtered.total}`);
    await page.locator('.tab-panel .count', { hasText: 'by this speaker' }).waitFor();
    assert.equal(await page.locator('.tab-panel .count').textContent(), `${filtered.total} statement${filtered.total === 1 ? '' : 's'} by this speaker`);
    const shown = (await page.locator('.quote-text').allTextContents()).sort();
    assert.deepEqual(shown, filtered.items.map((q) => q.text).sort());
    await shot(page, 'story-quotes-by-speaker');

    await page.getByRole('link', { name: 'Outlets', exact: true }).click();
    await page.locator('.outlet-col').first().waitFor();
    assert.equal(await page.locator('.outlet-col').count(), story.outlets.length);

    await page.getByRole('link', { name: 'Entities', exact: true }).last().click();
    await page.locator('.tab-panel table.data').waitFor();
    const entity = story.entities[0];
    // By its address: two entities of a story may share a name (a place and an organisation).
    await page.locator(`.tab-panel a[href="/entities/${encodeURIComponent(entity.id)}"]`).first().click();
    await page.waitForURL(`**/entities/${encodeURIComponent(entity.id)}`);
    assert.equal(await page.locator('h1').textContent(), entity.name);
    const detail = await getJson<{ aliases: unknown[]; roles: unknown[]; statements: unknown[] }>(`/api/entities/${encodeURIComponent(entity.id)}`);
    await page.locator('#h-aliases').waitFor();
    assert.equal(await page.locator('section[aria-labelledby="h-aliases"] tbody tr').count(), detail.aliases.length);
    assert.equal(await page.locator('section[aria-labelledby="h-statements"] .quote').count(), detail.statements.length);
    await shot(page, 'entity');
    await page.close();
  });

  test('search with an outlet filter shows what the API finds, and only that outlet', async () => {
    const outlets = await getJson<OutletsDto>('/api/outlets');
    const outlet = [...outlets.items].filter((o) => o.outlet && !o.outlet.startsWith('Hostile')).sort((a, b) => b.articles - a.articles)[0].outlet!;
    const articles = await getJson<PageDto<{ title: string | null }>>(`/api/articles?outlet=${encodeURIComponent(outlet)}&limit=1`);
    // The longest word of one of its titles: a query that matches at least that article.
    const word = (articles.items[0].title ?? '').split(/[^\p{L}]+/u).sort((a, b) => b.length - a.length)[0];
    const page = await newPage();
    await page.goto(base);
    await page.getByRole('link', { name: 'Search', exact: true }).click();
    await page.getByLabel('Words').fill(word);
    await page.getByLabel('Outlet').selectOption(outlet);
    await page.getByRole('button', { name: 'Search' }).click();
    await page.waitForURL((u) => u.searchParams.get('q') === word && u.searchParams.get('outlet') === outlet);
    await page.locator('.hit').first().waitFor();
    const api = await getJson<PageDto<SearchHitDto>>(`/api/search?q=${encodeURIComponent(word)}&outlet=${encodeURIComponent(outlet)}&limit=20`);
    assert.ok(api.total > 0);
    assert.equal(await page.locator('.hit').count(), api.items.length);
    assert.deepEqual(await page.locator('.hit h2').allTextContents(), api.items.map((h) => h.title ?? h.id));
    for (const meta of await page.locator('.hit .meta span:first-child').allTextContents()) assert.equal(meta, outlet);
    assert.ok(await page.locator('.hit mark').count() > 0, 'matches are marked in the snippets');
    await shot(page, 'search');

    // Speaker and date filters: articles quoting the most reported speaker, from a date on.
    const quotes = await getJson<PageDto<StatementSummaryDto>>('/api/quotes?limit=1');
    const speaker = quotes.items[0].speakerName!;
    const since = quotes.items[0].firstPublished!.slice(0, 10);
    const term = quotes.items[0].text.split(/[^\p{L}]+/u).sort((a, b) => b.length - a.length)[0];
    await page.getByLabel('Words').fill(term);
    await page.getByLabel('Outlet').selectOption('');
    await page.getByLabel('Speaker').fill(speaker);
    await page.getByLabel('Since').fill(since);
    await page.getByRole('button', { name: 'Search' }).click();
    await page.waitForURL((u) => u.searchParams.get('speaker') === speaker && u.searchParams.get('since') === since && !u.searchParams.has('outlet'));
    const filtered = await getJson<PageDto<SearchHitDto>>(`/api/search?q=${encodeURIComponent(term)}&speaker=${encodeURIComponent(speaker)}&since=${since}&limit=20`);
    assert.ok(filtered.total > 0, `"${term}" finds the article quoting ${speaker}`);
    await page.locator('.count', { hasText: `${filtered.total} article` }).waitFor();
    assert.deepEqual(await page.locator('.hit h2').allTextContents(), filtered.items.map((h) => h.title ?? h.id));
    await shot(page, 'search-speaker-since');
    await page.close();
  });

  test('the article reader highlights entities, quotes and dates, each linking where it should', async () => {
    // An article with quotes that are statements, entities that are resolved and a story.
    const quotes = await getJson<PageDto<StatementSummaryDto>>('/api/quotes?limit=50');
    let article: ArticleDetailDto | null = null;
    for (const q of quotes.items) {
      const statement = await getJson<{ reports: Array<{ article: string }> }>(`/api/statements/${encodeURIComponent(q.id)}`);
      const d = await getJson<ArticleDetailDto>(`/api/articles/${encodeURIComponent(statement.reports[0].article)}`);
      if (Object.keys(d.entityIds).length && Object.keys(d.statementIds).length && d.placement && (d.article.dates ?? []).length) {
        article = d;
        break;
      }
    }
    assert.ok(article, 'an article with resolved entities, statements, dates and a story');
    const a = article.article;
    const page = await newPage();
    await page.goto(new URL(`/articles/${encodeURIComponent(a.id)}`, base).href);
    await page.locator('.article-text p').first().waitFor();
    // Every character of the clean text is on the page, in order, as text.
    const shown = (await page.locator('.article-text').textContent())!.replace(/❞/g, '').replace(/\s+/g, '');
    assert.equal(shown, a.clean!.text.replace(/\s+/g, ''));
    const entityLinks = await page.locator('a.hl-entity').evaluateAll((els) => els.map((e) => e.getAttribute('href')));
    const resolved = new Set(Object.values(article.entityIds).map((id) => `/entities/${encodeURIComponent(id)}`));
    assert.ok(entityLinks.length > 0);
    for (const h of entityLinks) assert.ok(resolved.has(h!), `${h} is one of the article's resolved entities`);
    const quoteLinks = await page.locator('a.quote-link').evaluateAll((els) => els.map((e) => e.getAttribute('href')));
    const statements = new Set(Object.values(article.statementIds).map((id) => `/statements/${encodeURIComponent(id)}`));
    assert.ok(quoteLinks.length > 0);
    for (const h of quoteLinks) assert.ok(statements.has(h!), `${h} is one of the article's statements`);
    const dateLinks = await page.locator('a.hl-date').evaluateAll((els) => els.map((e) => e.getAttribute('href')));
    assert.ok(dateLinks.length > 0);
    for (const h of dateLinks) assert.equal(h, `/stories/${encodeURIComponent(article.placement!.story)}?tab=timeline`);
    await shot(page, 'article');

    // The links lead to their pages.
    await page.locator('a.quote-link').first().click();
    await page.waitForURL('**/statements/**');
    await page.locator('.statement-text').waitFor();
    await page.goBack();
    await page.locator('a.hl-entity').first().click();
    await page.waitForURL('**/entities/**');
    await page.locator('#h-aliases').waitFor();
    await page.close();
  });

  test('hostile articles show their markup as text and nothing in them runs', async () => {
    const page = await newPage();
    const visit = async (path: string, ready: string): Promise<void> => {
      const res = await page.goto(new URL(path, base).href);
      assert.match(res?.headers()['content-security-policy'] ?? '', /script-src 'self'/);
      await page.locator(ready).first().waitFor();
      // Give any injected handler (onerror of a broken image, onload) time to fire.
      await page.waitForTimeout(300);
    };
    const list = await getJson<PageDto<{ id: string; externalId: string | null }>>('/api/articles?limit=500');
    const hostile = list.items.filter((x) => x.externalId?.startsWith('hostile-'));
    const ids = hostile.map((x) => x.id);
    assert.equal(ids.length, HOSTILE_RECORDS.length);
    for (const id of ids) {
      await visit(`/articles/${encodeURIComponent(id)}`, '.article-text p');
      assert.equal(await pwned(page), undefined, `nothing ran on the reader of ${id}`);
      const hostileDom = await page.evaluate(`({
        scripts: [...document.scripts].filter((s) => !s.src.includes('/assets/')).length,
        handlers: document.querySelectorAll('[onerror],[onload],[onclick],[onmouseover]').length,
        frames: document.querySelectorAll('iframe,object,embed').length,
        imgs: document.querySelectorAll('img').length,
        jsLinks: [...document.querySelectorAll('a[href]')].filter((el) => !/^(https?:|\\/|#)/.test(el.getAttribute('href'))).length,
      })`);
      assert.deepEqual(hostileDom, { scripts: 0, handlers: 0, frames: 0, imgs: 0, jsLinks: 0 });
      await shot(page, `hostile-${id}`);
    }
    // The text article: its markup is on the page, as text, where the article has it.
    const textId = hostile.find((x) => x.externalId === 'hostile-text')!.id;
    await visit(`/articles/${encodeURIComponent(textId)}`, '.article-text p');
    const text = (await page.locator('.article-text').textContent()) ?? '';
    assert.ok(text.includes(HOSTILE_TEXT_MARKER), 'the script tag shows as text');
    assert.ok(text.includes(HOSTILE_QUOTE_MARKER.slice(0, 12)), 'the img tag shows as text');
    assert.match((await page.locator('h1').textContent()) ?? '', /<img src=x onerror=/);
    assert.equal(await page.locator('a.external').count(), 0, 'a javascript: URL is never a link');
    assert.equal(await page.locator('.unsafe-url').count(), 1, 'it is shown as text');
    // Lists and search show the same fields.
    await visit('/search?q=Varnel', '.hit');
    assert.equal(await pwned(page), undefined);
    await visit('/', '.story-card');
    assert.equal(await pwned(page), undefined);
    await visit(`/search?q=Varnel&outlet=${encodeURIComponent(String(HOSTILE_RECORDS[0].outlet))}`, '.filters');
    assert.equal(await pwned(page), undefined);
    await shot(page, 'hostile-search');
    await page.close();
  });

  test('keyboard: a skip link first, then the navigation; focus moves to the content on navigation', async () => {
    const page = await newPage();
    await page.goto(base);
    await page.locator('.story-card').first().waitFor();
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate('document.activeElement?.textContent'), 'Skip to content');
    await page.keyboard.press('Enter');
    await page.waitForFunction("document.activeElement?.id === 'main' || location.hash === '#main'");
    // Through the navigation to the first story with the keyboard only.
    await page.goto(base);
    await page.locator('.story-card').first().waitFor();
    const first = await page.locator('.story-card h2 a').first().textContent();
    await page.locator('.story-card h2 a').first().focus();
    await page.keyboard.press('Enter');
    await page.waitForURL('**/stories/**');
    await page.locator('h1', { hasText: first! }).waitFor();
    assert.equal(await page.evaluate('document.activeElement?.id'), 'main', 'focus moved to the new content');
    // Every link and control can take focus and shows an outline when it has it.
    await page.keyboard.press('Tab');
    const outline = await page.evaluate('getComputedStyle(document.activeElement).outlineStyle');
    assert.notEqual(outline, 'none');
    await page.close();
  });

  test('narrow screens: no page wider than the screen', async () => {
    const narrow = await browser.newContext({ viewport: { width: 375, height: 800 } });
    const page = await narrow.newPage();
    const stories = await getJson<PageDto<StoryWithCoverageDto>>('/api/stories?limit=1');
    const story = await getJson<StoryDetailDto>(`/api/stories/${encodeURIComponent(stories.items[0].id)}`);
    const article = await getJson<PageDto<{ id: string }>>(`/api/stories/${encodeURIComponent(story.id)}/articles?limit=1`);
    const pages: Array<[string, string, string]> = [
      ['stories', '/', '.story-card'],
      ['timeline', `/stories/${encodeURIComponent(story.id)}?tab=timeline`, '.tl-item'],
      ['outlets', `/stories/${encodeURIComponent(story.id)}?tab=outlets`, '.outlet-col'],
      ['entity', `/entities/${encodeURIComponent(story.entities[0].id)}`, '#h-aliases'],
      ['article', `/articles/${encodeURIComponent(article.items[0].id)}`, '.article-text p'],
      ['search', '/search?q=talks', '.hit'],
    ];
    for (const [name, path, ready] of pages) {
      await page.goto(new URL(path, base).href);
      await page.locator(ready).first().waitFor();
      const { scroll, width } = await page.evaluate<{ scroll: number; width: number }>('({ scroll: document.documentElement.scrollWidth, width: window.innerWidth })');
      assert.ok(scroll <= width + 1, `${path}: ${scroll}px of content in a ${width}px screen`);
      await page.screenshot({ path: join(ARTIFACTS, `narrow-${name}.png`) });
    }
    await narrow.close();
  });

  test('an unknown story shows the API error; an unknown address shows a not-found page', async () => {
    const page = await newPage();
    await page.goto(new URL('/stories/no-such-story', base).href);
    const alert = page.getByRole('alert');
    await alert.waitFor();
    assert.match((await alert.textContent()) ?? '', /NOT_FOUND/);
    await page.goto(new URL('/no/such/page', base).href);
    assert.equal(await page.locator('h1').textContent(), 'Not found');
    await page.close();
    // The browser logs the 404 of the API call as a console error: expected here, not an incident.
    const i = incidents.errors.findIndex((e) => e.includes('404'));
    if (i >= 0) incidents.errors.splice(i, 1);
  });

  test('no dialog, uncaught error or console error on any page', () => {
    assert.deepEqual(incidents.dialogs, []);
    assert.deepEqual(incidents.errors, []);
  });
});
