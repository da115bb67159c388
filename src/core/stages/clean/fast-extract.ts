import type { TextBlock } from './dom-blocks.js';
import { buildLightTree, type LightNode, type LightTree } from './light-tree.js';

/** What the light-tree pass found: the main text as blocks, the byline it took out, and sizes. */
export interface FastExtraction {
  blocks: TextBlock[];
  byline: string | null;
  /** Characters of main text (the blocks' text summed). */
  chars: number;
  /** Elements of the light tree. */
  nodes: number;
  /** Characters of text in the whole body. */
  bodyChars: number;
}

// Readability.js's patterns (REGEXPS in Readability.js), so the light pass scores as it does.
const UNLIKELY = /-ad-|ai2html|banner|breadcrumbs|combx|comment|community|cover-wrap|disqus|extra|footer|gdpr|header|legends|menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor|supplemental|ad-break|agegate|pagination|pager|popup|yom-remote/i;
const MAYBE_CONTENT = /and|article|body|column|content|main|shadow/i;
const POSITIVE = /article|body|content|entry|hentry|h-entry|main|page|pagination|post|text|blog|story/i;
const NEGATIVE = /-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|footer|gdpr|masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|widget/i;
const BYLINE = /byline|author|dateline|writtenby|p-author/i;
const SHARE = /(\b|_)(share|sharedaddy)(\b|_)/i;
const AD_WORDS = /^(ad(vertising|vertisement)?|pub(licité)?|werb(ung)?|广告|Реклама|Anuncio)$/iu;
const LOADING_WORDS = /^((loading|正在加载|Загрузка|chargement|cargando)(…|\.\.\.)?)$/iu;
const UNLIKELY_ROLES = new Set(['menu', 'menubar', 'complementary', 'navigation', 'alert', 'alertdialog', 'dialog']);
const SCORED_TAGS = new Set(['p', 'td', 'pre', 'section', 'h2', 'h3', 'h4', 'h5', 'h6']);
const CONDITIONAL = new Set(['form', 'fieldset', 'table', 'ul', 'div']);
const CHAR_THRESHOLD = 500;

/**
 * Readability's selection on the light tree: unlikely candidates and invisible elements dropped,
 * paragraphs scored (commas, length) into their ancestors with the same tag and class weights,
 * the best candidate scaled by link density, moved up where Readability moves it, joined with
 * its qualifying siblings, then cleaned conditionally (link-heavy, list-heavy or form-like
 * containers) as Readability's `_prepArticle` does. Returns the main text as blocks.
 */
export function fastExtract(html: string, options: { metadataByline?: boolean } = {}): FastExtraction {
  const tree = buildLightTree(html);
  const metadataByline = options.metadataByline ?? false;
  // Readability's retries: when an attempt finds less than its threshold, the next one runs
  // without stripping unlikely candidates, then without class weights, then without conditional
  // cleaning; when none reaches it, the longest attempt wins.
  let best: FastExtraction | null = null;
  for (const flags of ATTEMPTS) {
    const attempt = extractOnce(tree, flags, metadataByline);
    if (attempt.chars >= CHAR_THRESHOLD) return attempt;
    if (!best || attempt.chars > best.chars) best = attempt;
  }
  return best!;
}

interface Flags {
  stripUnlikely: boolean;
  weightClasses: boolean;
  cleanConditionally: boolean;
}

const ATTEMPTS: Flags[] = [
  { stripUnlikely: true, weightClasses: true, cleanConditionally: true },
  { stripUnlikely: false, weightClasses: true, cleanConditionally: true },
  { stripUnlikely: false, weightClasses: false, cleanConditionally: true },
  { stripUnlikely: false, weightClasses: false, cleanConditionally: false },
];

function extractOnce(tree: LightTree, flags: Flags, metadataByline: boolean): FastExtraction {
  const dropped = new Set<LightNode>();
  const byline = markDropped(tree, dropped, flags, metadataByline);
  const scores = new Map<LightNode, number>();
  scoreParagraphs(tree, dropped, scores, flags);
  // No candidate, or the body itself: the whole body is the article, as in Readability.
  const top = selectTop(tree, scores, flags) ?? tree.body;
  const parts = top === tree.body ? [top] : joinSiblings(top, scores, dropped);
  const removed = new Set<LightNode>(dropped);
  for (const part of parts) cleanConditionally(tree, part, top, removed, flags);
  const blocks: TextBlock[] = [];
  let chars = 0;
  for (const part of parts) {
    for (let b = part.blockStart; b < part.blockEnd; b++) {
      const block = tree.blocks[b];
      if (isRemoved(block.owner, part, removed)) continue;
      blocks.push({ text: block.text, kind: block.kind, linkChars: block.linkChars });
      chars += block.text.length;
    }
  }
  return { blocks, byline, chars, nodes: tree.nodes, bodyChars: tree.body.chars };
}

/** True when the element or an ancestor up to `stop` (inclusive) is in `removed`. */
function isRemoved(node: LightNode, stop: LightNode, removed: Set<LightNode>): boolean {
  for (let n: LightNode | null = node; n; n = n.parent) {
    if (removed.has(n)) return true;
    if (n === stop) return false;
  }
  return false;
}

/**
 * Drops invisible elements, unlikely candidates and unlikely roles, and the first byline element
 * unless the page's meta tags name the author (as Readability does); returns that byline.
 */
function markDropped(tree: LightTree, dropped: Set<LightNode>, flags: Flags, metadataByline: boolean): string | null {
  let byline: string | null = null;
  let bylineDone = metadataByline;
  const walk: Array<{ node: LightNode; inTable: boolean }> = [{ node: tree.body, inTable: false }];
  while (walk.length) {
    const { node, inTable } = walk.pop()!;
    if (node.hidden) {
      dropped.add(node);
      continue;
    }
    const match = `${node.className} ${node.id}`;
    if (!bylineDone && (node.rel === 'author' || node.itemprop.includes('author') || BYLINE.test(match))) {
      const length = textOf(tree, node).trim().length;
      if (length > 0 && length < 100) {
        // A descendant marked itemprop="name" is the name itself.
        const name = findDescendant(node, (d) => d.itemprop.includes('name'));
        byline = textOf(tree, name ?? node).replace(/\s+/g, ' ').trim() || null;
        bylineDone = true;
        dropped.add(node);
        continue;
      }
    }
    if (flags.stripUnlikely && node !== tree.body && node.tag !== 'a' && !inTable && match.length > 1 && UNLIKELY.test(match) && !MAYBE_CONTENT.test(match)) {
      dropped.add(node);
      continue;
    }
    if (flags.stripUnlikely && node.role && UNLIKELY_ROLES.has(node.role)) {
      dropped.add(node);
      continue;
    }
    const childInTable = inTable || node.tag === 'table' || node.tag === 'code';
    for (let k = node.children.length - 1; k >= 0; k--) walk.push({ node: node.children[k], inTable: childInTable });
  }
  return byline;
}

function findDescendant(node: LightNode, test: (n: LightNode) => boolean): LightNode | null {
  const walk = [...node.children].reverse();
  while (walk.length) {
    const n = walk.pop()!;
    if (test(n)) return n;
    for (let k = n.children.length - 1; k >= 0; k--) walk.push(n.children[k]);
  }
  return null;
}

function textOf(tree: LightTree, node: LightNode): string {
  return tree.text.slice(node.textStart, node.textEnd);
}

function classWeight(node: LightNode, flags: Flags): number {
  if (!flags.weightClasses) return 0;
  let w = 0;
  if (node.className) {
    if (NEGATIVE.test(node.className)) w -= 25;
    if (POSITIVE.test(node.className)) w += 25;
  }
  if (node.id) {
    if (NEGATIVE.test(node.id)) w -= 25;
    if (POSITIVE.test(node.id)) w += 25;
  }
  return w;
}

function initialScore(node: LightNode, flags: Flags): number {
  let s = 0;
  switch (node.tag) {
    case 'div': s = 5; break;
    case 'pre': case 'td': case 'blockquote': s = 3; break;
    case 'address': case 'ol': case 'ul': case 'dl': case 'dd': case 'dt': case 'li': case 'form': s = -3; break;
    case 'h1': case 'h2': case 'h3': case 'h4': case 'h5': case 'h6': case 'th': s = -5; break;
    default: break;
  }
  return s + classWeight(node, flags);
}

/**
 * How Readability sees a div: `p` when it holds no block element (its phrasing content becomes a
 * paragraph that replaces it), `gone` when its only child is a paragraph (the paragraph takes its
 * place), `div` otherwise.
 */
function divRole(node: LightNode): 'p' | 'gone' | 'div' {
  if (node.tag !== 'div') return 'div';
  if (!node.hasBlockBesidesImage) return linkDensity(node) < 0.25 ? 'p' : 'div';
  if (node.ownChars === 0 && node.children.length === 1 && node.children[0].tag === 'p' && linkDensity(node) < 0.25) return 'gone';
  return 'div';
}

/** The parent as Readability's tree has it (a div replaced by its only paragraph is skipped). */
function up(node: LightNode): LightNode | null {
  let a = node.parent;
  while (a && a.tag === 'div' && divRole(a) === 'gone') a = a.parent;
  return a;
}

/**
 * Readability's paragraph scores: each scored element (p, td, pre, section, h2-h6, a div without
 * block children, loose text in a div) with 25 characters or more gives 2 + commas + length/100
 * (at most 3) to five levels of ancestors, divided by 1, 2, then 3 per level.
 */
function scoreParagraphs(tree: LightTree, dropped: Set<LightNode>, scores: Map<LightNode, number>, flags: Flags): void {
  const add = (start: LightNode | null, text: number, commas: number): void => {
    if (text < 25) return;
    const score = 2 + commas + Math.min(Math.floor(text / 100), 3);
    let level = 0;
    for (let a: LightNode | null = start; a && a.parent && level < 5; a = up(a), level++) {
      if (a.tag === 'html' || a.tag === '#root') break;
      if (!scores.has(a)) scores.set(a, initialScore(a, flags));
      scores.set(a, scores.get(a)! + score / (level === 0 ? 1 : level === 1 ? 2 : level * 3));
    }
  };
  const walk: LightNode[] = [tree.body];
  while (walk.length) {
    const node = walk.pop()!;
    if (dropped.has(node)) continue;
    if (SCORED_TAGS.has(node.tag)) add(up(node), node.chars, node.commas);
    else if (node.tag === 'div') {
      const role = divRole(node);
      if (role === 'p') {
        add(up(node), node.chars, node.commas);
        continue;
      }
      if (node.ownChars > 0) {
        // Loose text between the div's blocks: each run is a paragraph of the div.
        for (let b = node.blockStart; b < node.blockEnd; b++) {
          const block = tree.blocks[b];
          if (block.owner === node) add(node, block.text.length, block.commas);
        }
      }
    }
    for (const child of node.children) walk.push(child);
  }
  for (const [node, s] of scores) scores.set(node, s * (1 - linkDensity(node)));
}

function linkDensity(node: LightNode): number {
  return node.chars ? node.linkChars / node.chars : 0;
}

function ancestorsOf(node: LightNode): LightNode[] {
  const out: LightNode[] = [];
  for (let a = up(node); a; a = up(a)) out.push(a);
  return out;
}

/** The top candidate, moved up as Readability moves it (shared ancestors, rising scores, only child). */
function selectTop(tree: LightTree, scores: Map<LightNode, number>, flags: Flags): LightNode | null {
  const ranked = [...scores].sort((a, b) => b[1] - a[1]).slice(0, 5);
  if (!ranked.length) return null;
  let top = ranked[0][0];
  const topScore = ranked[0][1];
  if (top === tree.body || top.tag === 'html') return null;
  const body = tree.body;
  const alternatives = ranked.slice(1).filter(([, s]) => topScore > 0 && s / topScore >= 0.75).map(([n]) => new Set(ancestorsOf(n)));
  if (alternatives.length >= 3) {
    for (let p = up(top); p && p !== body && p.tag !== 'html'; p = up(p)) {
      if (alternatives.filter((set) => set.has(p!)).length >= 3) {
        top = p;
        break;
      }
    }
  }
  if (!scores.has(top)) scores.set(top, initialScore(top, flags));
  let last = scores.get(top)!;
  const threshold = last / 3;
  for (let p = up(top); p && p !== body && p.tag !== 'html'; p = up(p)) {
    const s = scores.get(p);
    if (s === undefined) continue;
    if (s < threshold) break;
    if (s > last) {
      top = p;
      break;
    }
    last = s;
  }
  for (let p = up(top); p && p !== body && p.tag !== 'html' && p.tag !== '#root' && p.children.length === 1; p = up(p)) top = p;
  return top;
}

/** The top candidate and the siblings Readability appends to it, in document order. */
function joinSiblings(top: LightNode, scores: Map<LightNode, number>, dropped: Set<LightNode>): LightNode[] {
  const parent = top.parent;
  if (!parent) return [top];
  const topScore = scores.get(top) ?? 0;
  const threshold = Math.max(10, topScore * 0.2);
  const out: LightNode[] = [];
  for (const sibling of parent.children) {
    if (sibling === top) {
      out.push(sibling);
      continue;
    }
    if (dropped.has(sibling)) continue;
    const bonus = top.className && sibling.className === top.className ? topScore * 0.2 : 0;
    const s = scores.get(sibling);
    if (s !== undefined && s + bonus >= threshold) out.push(sibling);
    else if (sibling.tag === 'p' || (sibling.tag === 'div' && divRole(sibling) !== 'div')) {
      const density = linkDensity(sibling);
      if (sibling.chars > 80 && density < 0.25) out.push(sibling);
      else if (sibling.chars < 80 && sibling.chars > 0 && density === 0 && sibling.p === 0) out.push(sibling);
    }
  }
  return out;
}

/**
 * Readability's `_prepArticle` on the light tree: share widgets, headers with a negative class
 * weight, and forms, tables, lists and containers that look like furniture (few commas and more
 * list items than paragraphs, links over a fifth of the text, inputs, embeds) are removed,
 * innermost first, each removal taken out of its ancestors' counts.
 */
function cleanConditionally(tree: LightTree, part: LightNode, top: LightNode, removed: Set<LightNode>, flags: Flags): void {
  // Post-order: children before parents, so a container is judged without what was removed in it.
  const order: LightNode[] = [];
  const walk: LightNode[] = [part];
  while (walk.length) {
    const node = walk.pop()!;
    if (removed.has(node)) continue;
    order.push(node);
    for (const child of node.children) walk.push(child);
  }
  const lost = new Map<LightNode, { chars: number; links: number; p: number; li: number; img: number; input: number; commas: number; headings: number }>();
  const stats = (node: LightNode) => {
    const l = lost.get(node);
    return l
      ? { chars: node.chars - l.chars, links: node.linkChars - l.links, p: node.p - l.p, li: node.li - l.li, img: node.img - l.img, input: node.input - l.input, commas: node.commas - l.commas, headings: node.headingChars - l.headings }
      : { chars: node.chars, links: node.linkChars, p: node.p, li: node.li, img: node.img, input: node.input, commas: node.commas, headings: node.headingChars };
  };
  const remove = (node: LightNode): void => {
    removed.add(node);
    const s = stats(node);
    const self = { ...s, p: s.p + (node.tag === 'p' ? 1 : 0), li: s.li + (node.tag === 'li' ? 1 : 0) };
    for (let a = node.parent; a; a = a.parent) {
      const l = lost.get(a) ?? { chars: 0, links: 0, p: 0, li: 0, img: 0, input: 0, commas: 0, headings: 0 };
      l.chars += self.chars;
      l.links += self.links;
      l.p += self.p;
      l.li += self.li;
      l.img += self.img;
      l.input += self.input;
      l.commas += self.commas;
      l.headings += self.headings;
      lost.set(a, l);
      if (a === part) break;
    }
  };
  for (let k = order.length - 1; k >= 0; k--) {
    const node = order[k];
    const weight = classWeight(node, flags);
    const match = `${node.className} ${node.id}`;
    if (node !== part && node.parent === top && SHARE.test(match) && stats(node).chars < CHAR_THRESHOLD) {
      remove(node);
      continue;
    }
    if ((node.tag === 'h1' || node.tag === 'h2') && weight < 0) {
      remove(node);
      continue;
    }
    if (!flags.cleanConditionally || node === part || !CONDITIONAL.has(node.tag)) continue;
    if (node.tag === 'div' && divRole(node) !== 'div') continue; // a paragraph to Readability
    if (hasAncestor(node, part, 'table') || hasAncestor(node, part, 'code') || hasAncestor(node, part, 'pre')) continue;
    if (weight < 0) {
      remove(node);
      continue;
    }
    const s = stats(node);
    if (s.commas >= 10) continue;
    const isList = node.tag === 'ul' || node.tag === 'ol';
    const li = s.li - 100;
    const density = s.chars ? s.links / s.chars : 0;
    const headingDensity = s.chars ? s.headings / s.chars : 0;
    let bad = false;
    if (s.chars < 20 && s.chars > 0) {
      const text = textOf(tree, node).trim();
      if (AD_WORDS.test(text) || LOADING_WORDS.test(text)) bad = true;
    }
    if (s.img > 1 && s.p / s.img < 0.5 && !hasAncestor(node, part, 'figure')) bad = true;
    if (!isList && li > s.p) bad = true;
    if (s.input > Math.floor(s.p / 3)) bad = true;
    if (!isList && headingDensity < 0.9 && s.chars < 25 && (s.img === 0 || s.img > 2) && density > 0) bad = true;
    if (!isList && weight < 25 && density > 0.2) bad = true;
    if (weight >= 25 && density > 0.5) bad = true;
    if ((node.embed === 1 && s.chars < 75) || node.embed > 1) bad = true;
    if (bad) remove(node);
  }
}

function hasAncestor(node: LightNode, stop: LightNode, tag: string): boolean {
  for (let a = node.parent; a && a !== stop.parent; a = a.parent) if (a.tag === tag) return true;
  return false;
}


