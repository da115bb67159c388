import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { toInputOffset } from '../../text/offset-map.js';
import { buildLightTree } from './light-tree.js';
import { fastExtract } from './fast-extract.js';
import { cleanDocument } from './clean-document.js';
import { prepareHtml } from './prepare-html.js';

const here = fileURLToPath(new URL('.', import.meta.url));
const FIXTURES = [join(here, 'fixtures'), join(here, '../../../../../src/core/stages/clean/fixtures')].find((p) => existsSync(p))!;

const para = (topic: string, k: number): string =>
  `The council's report on ${topic}, part ${k}, says the new plan will cost more than expected, and the vote, delayed twice, is now due next month; members asked for more detail on the budget, the schedule and the contractors.`;

/** A news page written for these tests: menus, a teaser list, a share bar, comments, an article. */
function page(options: { hiddenPromo?: boolean } = {}): string {
  return `<!doctype html><html lang="en"><head><title>Bridge vote delayed | Example Times</title>
<meta name="author" content="Jane Roe"></head><body>
<div class="site-menu"><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li></ul></div>
<div id="page"><div class="main-column">
<article class="story">
<h1>Bridge vote delayed again</h1>
<div class="byline">By Jane Roe</div>
<div class="story-body">
<p>${para('the bridge', 1)}</p>
<p>${para('the bridge', 2)}
<p>${para('the bridge', 3)}</p>
${options.hiddenPromo ? '<div style="display:none"><p>Subscribe now for unlimited access to every story on this site, with no limits at all, today.</p></div>' : ''}
<div class="share-tools"><a href="/s/fb">Facebook</a> <a href="/s/tw">Twitter</a></div>
<p>${para('the bridge', 4)}</p>
<ul><li>First point of the plan, with its cost</li><li>Second point of the plan</li></ul>
<p>${para('the bridge', 5)}</p>
</div>
</article>
<div class="related-stories"><h2>More news</h2><ul><li><a href="/a">Another story about a different matter entirely</a></li><li><a href="/b">Yet another story about something else</a></li></ul></div>
<div id="comments"><p>Great article, thanks, I learnt a lot, and I agree with the council, mostly, though not on cost.</p></div>
</div></div>
<div class="footer-links"><a href="/about">About us</a> <a href="/contact">Contact</a></div>
</body></html>`;
}

describe('clean: light tree', () => {
  it('cuts blocks as a DOM would, closing unclosed paragraphs and list items', () => {
    const tree = buildLightTree('<body><div><p>one<p>two</div><ul><li>a<li>b</ul><p>x<br>y</p></span></body>');
    assert.deepEqual(tree.blocks.map((b) => b.text), ['one', 'two', 'a', 'b', 'x\ny']);
    assert.deepEqual(tree.blocks.map((b) => b.kind), ['p', 'p', 'item', 'item', 'p']);
    const div = tree.body.children[0];
    assert.equal(div.tag, 'div');
    assert.equal(div.p, 2);
    assert.equal(div.chars, 6);
  });

  it('counts link text and reads class, id and visibility', () => {
    const tree = buildLightTree('<body><div class="a b" id="c" data-x="class=zzz"><a href="/">link text</a> plain</div><div hidden>gone</div><div aria-hidden="true">also</div></body>');
    const [first, second, third] = tree.body.children;
    assert.equal(first.className, 'a b');
    assert.equal(first.id, 'c');
    assert.equal(first.linkChars, 'link text'.length);
    assert.equal(first.chars, 'link text plain'.length);
    assert.equal(second.hidden, true);
    assert.equal(third.hidden, true);
  });

  it('ends a tag after a long quoted attribute that contains ">", and stays linear on unclosed quotes', () => {
    const json = `{"html":"<strong>${'x'.repeat(30_000)}</strong>"}`;
    const tree = buildLightTree(`<body><div data-props='${json}'><p>real text</p></div></body>`);
    assert.deepEqual(tree.blocks.map((b) => b.text), ['real text']);
    const t0 = performance.now();
    const hostile = `<body>${"<a title='x>y ".repeat(50_000)}</body>`;
    buildLightTree(hostile);
    prepareHtml(hostile);
    assert.ok(performance.now() - t0 < 5_000);
  });

  it('decodes character references in text', () => {
    const tree = buildLightTree('<body><p>caf&eacute; &amp; bar&#33;</p></body>');
    assert.equal(tree.blocks[0].text, 'café & bar!');
  });

  it('stays linear on deep nesting and on a flood of unclosed elements', () => {
    const deep = `<body>${'<div>'.repeat(1200)}deep text${'</div>'.repeat(1200)}</body>`;
    const t0 = performance.now();
    assert.equal(buildLightTree(deep).blocks[0].text, 'deep text');
    const flood = `<body>${'<span><b>x '.repeat(20_000)}</body>`;
    assert.equal(buildLightTree(flood).blocks.length, 1);
    assert.ok(performance.now() - t0 < 5_000);
  });
});

describe('clean: main text from the light tree', () => {
  it('keeps the article and drops menus, teasers, share bars, comments and the byline element', () => {
    const html = prepareHtml(page()).html;
    const r = fastExtract(html);
    const text = r.blocks.map((b) => b.text).join('\n');
    for (let k = 1; k <= 5; k++) assert.ok(text.includes(`part ${k},`), `paragraph ${k} kept`);
    assert.ok(text.includes('First point of the plan'));
    for (const gone of ['Home', 'Another story', 'Facebook', 'Great article', 'About us']) assert.ok(!text.includes(gone), `${gone} dropped`);
    assert.ok(!text.includes('By Jane Roe'));
    assert.equal(r.byline, 'By Jane Roe');
  });

  it('drops invisible containers', () => {
    const r = fastExtract(prepareHtml(page({ hiddenPromo: true })).html);
    assert.ok(!r.blocks.some((b) => b.text.includes('Subscribe now')));
  });

  it('cleanDocument uses it, with offsets back to the input, and agrees with Readability on the article', () => {
    const input = page();
    const light = cleanDocument(input, 'html', { url: 'https://example.com/2024/05/06/bridge' });
    const dom = cleanDocument(input, 'html', { url: 'https://example.com/2024/05/06/bridge', extractor: 'readability' });
    assert.equal(light.extraction?.method, 'light');
    assert.equal(dom.extraction?.method, 'readability');
    assert.equal(light.text, dom.text);
    assert.equal(light.byline, 'Jane Roe');
    for (let i = 0; i < light.text.length; i++) {
      if (light.text[i] === '\n') continue;
      assert.equal(input[toInputOffset(light.map, i)], light.text[i], `clean offset ${i}`);
    }
    assert.ok(light.removed.some((r) => r.reason === 'not-main-text' && r.text.includes('Another story')));
  });

  it('returns what little a near-empty page has without building a DOM', () => {
    const r = cleanDocument('<html><body><p>Only a short note.</p></body></html>', 'html');
    assert.equal(r.extraction?.method, 'light');
    assert.equal(r.text, 'Only a short note.');
  });

  it('gives the same main text as Readability on the HTML fixtures', () => {
    for (const slug of readdirSync(FIXTURES).sort()) {
      const file = join(FIXTURES, slug, 'input.html');
      if (!existsSync(file)) continue;
      const input = readFileSync(file, 'utf8');
      const light = cleanDocument(input, 'html');
      const dom = cleanDocument(input, 'html', { extractor: 'readability' });
      assert.equal(light.text, dom.text, slug);
      assert.equal(light.byline, dom.byline, slug);
    }
  });
});
