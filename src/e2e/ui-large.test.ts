/**
 * The UI on a story of many articles (default 1,000; `STORYLINE_UI_LARGE=N`): how long each view
 * takes from navigation to its content, and how many DOM elements it builds. Opt-in, as ingesting
 * the generated story takes about a minute: `STORYLINE_UI_LARGE=1000 node scripts/run-tests.mjs
 * e2e/ui-large`. The measurements are printed and written to test-artifacts/ui/large-story.json.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { startServer, type RunningServer } from '../api/server.js';
import type { PageDto, StoryWithCoverageDto } from '../api/schemas.js';
import { ingest } from '../core/ingest/ingest.js';
import { openStore } from '../core/store/open-store.js';
import type { Store } from '../core/store/store.js';
import { repoPath } from '../testing/repo-path.js';
import { largeStoryRecords } from './large-story.js';

const CHROMIUM = process.env.STORYLINE_CHROMIUM ?? '/usr/bin/chromium';
const COUNT = Number(process.env.STORYLINE_UI_LARGE ?? 0);
/**
 * Articles generated: the clusterer splits some late articles of one long story into small ones
 * of their own, so more are generated than the story needs.
 */
const RECORDS = Math.ceil(COUNT * 1.3);
const UI_DIR = repoPath('dist', 'ui');
const ARTIFACTS = repoPath('test-artifacts', 'ui');
const skip = !COUNT ? 'set STORYLINE_UI_LARGE=1000 to run the large-story check'
  : !existsSync(CHROMIUM) ? `no chromium at ${CHROMIUM}` : false;

/** Views must stay under this many DOM elements, whatever the story's size. */
const MAX_ELEMENTS = 6000;
/** And be ready within this many milliseconds (generous: shared CI machines). */
const MAX_MS = 5000;

describe(COUNT ? `web UI on a story of ${COUNT} articles` : 'web UI on a large story', { skip }, () => {
  let dir: string;
  let store: Store;
  let server: RunningServer;
  let browser: Browser;
  let ingestMs = 0;

  before(async () => {
    if (!existsSync(join(UI_DIR, 'index.html'))) throw new Error(`The web UI is not built at ${UI_DIR}: run npm run build.`);
    mkdirSync(ARTIFACTS, { recursive: true });
    dir = mkdtempSync(join(tmpdir(), 'storyline-ui-large-'));
    const file = join(dir, 'large.jsonl');
    writeFileSync(file, largeStoryRecords(RECORDS).map((r) => JSON.stringify(r)).join('\n') + '\n');
    store = await openStore(join(dir, 'large.db'));
    const t0 = performance.now();
    const summary = await ingest(store, [file]);
    ingestMs = performance.now() - t0;
    assert.equal(summary.added, RECORDS);
    server = await startServer({ store, port: 0, uiDir: UI_DIR });
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
    });
  });

  after(async () => {
    await browser?.close();
    await server?.close();
    await store?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  test('every view of the largest story is quick and small', async () => {
    const res = await fetch(new URL('/api/stories?limit=1', server.url));
    const stories = (await res.json()) as PageDto<StoryWithCoverageDto>;
    const story = stories.items[0];
    assert.ok(story.articles >= COUNT, `the largest story has ${story.articles} of ${RECORDS} generated articles, fewer than ${COUNT}`);
    const articles = (await (await fetch(new URL(`/api/stories/${story.id}/articles?limit=1`, server.url))).json()) as PageDto<{ id: string }>;
    const detail = (await (await fetch(new URL(`/api/stories/${story.id}`, server.url))).json()) as { entities: Array<{ id: string }> };
    const s = `/stories/${encodeURIComponent(story.id)}`;
    const views: Array<[string, string, string]> = [
      ['stories', '/', '.story-card'],
      ['story overview', s, '#h-events'],
      ['story timeline', `${s}?tab=timeline`, '.tl-item'],
      ['story quotes', `${s}?tab=quotes`, '.quote'],
      ['story outlets', `${s}?tab=outlets`, '.outlet-col li'],
      ['story entities', `${s}?tab=entities`, '.tab-panel tbody tr'],
      ['story articles', `${s}?tab=articles`, '.tab-panel tbody tr'],
      ['entity', `/entities/${encodeURIComponent(detail.entities[0].id)}`, '#h-aliases'],
      ['search', '/search?q=Calder', '.hit'],
      ['article reader', `/articles/${encodeURIComponent(articles.items[0].id)}`, '.article-text p'],
    ];
    const page: Page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const rows: Array<{ view: string; coldMs: number; ms: number; elements: number }> = [];
    for (const [view, path, ready] of views) {
      // Twice: the first load fills the server's response cache (cold); the second is a repeat visit.
      const ms: number[] = [];
      for (let i = 0; i < 2; i++) {
        const t0 = performance.now();
        await page.goto(new URL(path, server.url).href);
        await page.locator(ready).first().waitFor();
        ms.push(performance.now() - t0);
      }
      const elements = await page.evaluate<number>("document.getElementsByTagName('*').length");
      rows.push({ view, coldMs: Math.round(ms[0]), ms: Math.round(ms[1]), elements });
      if (view === 'story timeline') await page.screenshot({ path: join(ARTIFACTS, 'large-story-timeline.png') });
    }
    await page.close();
    const report = { generated: RECORDS, storyArticles: story.articles, ingestSeconds: Math.round(ingestMs / 100) / 10, views: rows };
    writeFileSync(join(ARTIFACTS, 'large-story.json'), JSON.stringify(report, null, 2) + '\n');
    console.log(`ingest of ${RECORDS} articles: ${report.ingestSeconds} s; the largest story has ${story.articles} articles`);
    for (const r of rows) console.log(`${r.view.padEnd(16)} ${String(r.coldMs).padStart(6)} ms cold ${String(r.ms).padStart(6)} ms again ${String(r.elements).padStart(6)} elements`);
    for (const r of rows) {
      assert.ok(r.elements < MAX_ELEMENTS, `${r.view}: ${r.elements} elements`);
      assert.ok(r.coldMs < MAX_MS && r.ms < MAX_MS, `${r.view}: ${r.coldMs} ms, ${r.ms} ms`);
    }
  });
});
