import { BLOCK_KIND as DOM_BLOCK_KIND, type BlockKind, type TextBlock } from './dom-blocks.js';
import { findTagEnd, quoteMemo } from './prepare-html.js';
import { decodeEntities } from './html-to-text.js';

/**
 * One element of the light tree: no attributes beyond the few extraction reads, no text nodes;
 * its text is a contiguous range of the page's blocks, with counts summed over the subtree.
 */
export interface LightNode {
  tag: string;
  /** `class` and `id`, as written. */
  className: string;
  id: string;
  parent: LightNode | null;
  children: LightNode[];
  kind: BlockKind;
  /** The subtree's text in `LightTree.text` (as written, white space not collapsed). */
  textStart: number;
  textEnd: number;
  /** First block of the subtree and one past its last. */
  blockStart: number;
  blockEnd: number;
  /** Characters of text in the subtree, of link text, of heading text; commas. */
  chars: number;
  linkChars: number;
  headingChars: number;
  commas: number;
  /** Elements in the subtree: paragraphs, images, list items, form inputs, embeds. */
  p: number;
  img: number;
  li: number;
  input: number;
  embed: number;
  /** True when a descendant is a block element (Readability's DIV_TO_P_ELEMS). */
  hasBlockChild: boolean;
  /** True when a descendant is a block element other than an image. */
  hasBlockBesidesImage: boolean;
  /** Characters of the element's own text (not inside a child block element). */
  ownChars: number;
  /** Not rendered (`hidden`, `aria-hidden`, `display:none`), or a link to the author. */
  hidden: boolean;
  rel: string;
  itemprop: string;
  role: string;
}

/** A text block with the element whose own text it is. */
export interface LightBlock extends TextBlock {
  owner: LightNode;
  commas: number;
}

/** The light tree of a page and its blocks in document order. */
export interface LightTree {
  root: LightNode;
  body: LightNode;
  blocks: LightBlock[];
  nodes: number;
  /** All text of the page in document order; each element's is `text.slice(textStart, textEnd)`. */
  text: string;
}

/** The block tags of both extractors, and the document's own containers. */
const BLOCK_KIND: Readonly<Record<string, BlockKind>> = { ...DOM_BLOCK_KIND, body: 'other', html: 'other' };
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr', 'keygen']);
// Start tags that close an open <p> (the HTML parser's rule, for the common block elements).
const CLOSES_P = new Set(['p', 'div', 'ul', 'ol', 'dl', 'table', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'pre', 'section', 'article', 'aside', 'header', 'footer', 'nav', 'form', 'figure', 'hr', 'main', 'address', 'fieldset', 'details']);
const SKIP_TEXT = new Set(['head', 'title', 'script', 'style', 'noscript', 'template', 'svg', 'iframe', 'object', 'button', 'select', 'textarea', 'rt', 'rp']);
const BLOCK_CHILD = new Set(['blockquote', 'dl', 'div', 'img', 'ol', 'p', 'pre', 'table', 'ul']);
const IN_HEAD = new Set(['meta', 'link', 'title', 'style', 'script', 'base', 'noscript', 'template', 'head']);
const HEADING = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
const COMMAS = /[\u002C\u060C\uFE50\uFE10\uFE11\u2E41\u2E34\u2E32\uFF0C]/g;
const MAX_BLOCKS = 20_000;

function newNode(tag: string, parent: LightNode | null): LightNode {
  return {
    tag, className: '', id: '', parent, children: [], kind: 'other', textStart: 0, textEnd: 0, blockStart: 0, blockEnd: 0,
    chars: 0, linkChars: 0, headingChars: 0, commas: 0, p: 0, img: 0, li: 0, input: 0, embed: 0,
    hasBlockChild: false, hasBlockBesidesImage: false, ownChars: 0, hidden: false, rel: '', itemprop: '', role: '',
  };
}

/**
 * Builds the light tree of prepared markup (scripts, styles and comments already gone) in one
 * forward scan: elements with their class, id, role and visibility, text gathered into blocks the
 * way `domToBlocks` cuts them (block elements start a block, `<br>` a line), and per element the
 * counts that main-text selection needs. Unclosed elements are closed by the usual implied end
 * tags; a stray end tag is ignored. Linear in the markup size, no DOM.
 */
export function buildLightTree(html: string): LightTree {
  const root = newNode('#root', null);
  let body: LightNode | null = null;
  const stack: LightNode[] = [root];
  const blocks: LightBlock[] = [];
  let parts: string[] = [];
  let partChars = 0;
  let linkChars = 0;
  let linkDepth = 0;
  let skipDepth = 0;
  let nodes = 0;
  let head: LightNode | null = null;
  const quotes = quoteMemo();
  const all: string[] = [];
  let allLength = 0;
  // The innermost open block element: the owner of the text being gathered.
  const owners: LightNode[] = [root];

  const flush = (): void => {
    if (!partChars) {
      parts = [];
      return;
    }
    const text = parts.join('').replace(/[ \t\r\f\v\u00a0]+/g, ' ').replace(/ ?\n ?/g, '\n').replace(/\n{2,}/g, '\n').trim();
    parts = [];
    partChars = 0;
    const links = linkChars;
    linkChars = 0;
    if (!text || blocks.length >= MAX_BLOCKS) return;
    const owner = owners[owners.length - 1];
    COMMAS.lastIndex = 0;
    let commas = 0;
    while (COMMAS.exec(text) !== null) commas++;
    blocks.push({ text, kind: owner.kind, linkChars: Math.min(links, text.length), owner, commas });
    owner.chars += text.length;
    owner.ownChars += text.length;
    owner.linkChars += Math.min(links, text.length);
    owner.commas += commas;
    if (HEADING.has(owner.tag)) owner.headingChars += text.length;
  };
  const close = (): void => {
    const node = stack.pop()!;
    if (BLOCK_KIND[node.tag] !== undefined) {
      flush();
      if (owners[owners.length - 1] === node) owners.pop();
    }
    if (node.tag === 'a' && linkDepth > 0) linkDepth--;
    if (SKIP_TEXT.has(node.tag) && skipDepth > 0) skipDepth--;
    node.blockEnd = blocks.length;
    node.textEnd = allLength;
    const parent = node.parent!;
    parent.chars += node.chars;
    parent.linkChars += node.linkChars;
    parent.headingChars += node.headingChars;
    parent.commas += node.commas;
    parent.p += node.p + (node.tag === 'p' ? 1 : 0);
    parent.img += node.img;
    parent.li += node.li + (node.tag === 'li' ? 1 : 0);
    parent.input += node.input;
    parent.embed += node.embed;
    if (node.hasBlockChild || BLOCK_CHILD.has(node.tag)) parent.hasBlockChild = true;
    if (node.hasBlockBesidesImage || BLOCK_CHILD.has(node.tag)) parent.hasBlockBesidesImage = true;
  };

  let i = 0;
  const n = html.length;
  while (i < n) {
    const lt = html.indexOf('<', i);
    const textEnd = lt < 0 ? n : lt;
    if (textEnd > i && skipDepth === 0) {
      const chunk = html.slice(i, textEnd);
      const piece = chunk.indexOf('&') >= 0 ? decodeEntities(chunk) : chunk;
      parts.push(piece);
      partChars += piece.length;
      all.push(piece);
      allLength += piece.length;
      if (linkDepth > 0) linkChars += piece.trim().length;
    }
    if (lt < 0) break;
    const c1 = html.charCodeAt(lt + 1);
    const closing = c1 === 47; // '/'
    const nameStart = closing ? lt + 2 : lt + 1;
    let k = nameStart;
    for (; k < n; k++) {
      const c = html.charCodeAt(k);
      if (!((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57 && k > nameStart) || ((c === 45 || c === 58) && k > nameStart))) break;
    }
    if (k === nameStart) {
      // Not a tag: a doctype, a processing instruction or a lone '<'.
      const c = html.charCodeAt(lt + 1);
      if (c === 33 || c === 63) {
        const gt = html.indexOf('>', lt);
        i = gt < 0 ? n : gt + 1;
      } else {
        if (skipDepth === 0) {
          parts.push('<');
          partChars++;
        }
        i = lt + 1;
      }
      continue;
    }
    const name = html.slice(nameStart, k).toLowerCase();
    const gt = findTagEnd(html, k, quotes);
    i = gt;
    if (closing) {
      if (name === 'br') {
        parts.push('\n');
        continue;
      }
      // Pop to the matching open element; a stray end tag closes nothing.
      let d = stack.length - 1;
      while (d > 0 && stack[d].tag !== name) d--;
      if (d > 0) while (stack.length > d) close();
      continue;
    }
    if (name === 'br') {
      parts.push('\n');
      partChars++;
      continue;
    }
    // Any element that cannot be in <head> ends it (also when the page never closes it).
    if (head !== null && !IN_HEAD.has(name)) {
      while (stack.includes(head)) close();
      head = null;
    }
    const top = stack[stack.length - 1];
    if (top.tag === 'p' && CLOSES_P.has(name)) close();
    else if ((name === 'li' && top.tag === 'li') || ((name === 'dt' || name === 'dd') && (top.tag === 'dt' || top.tag === 'dd')) || (name === 'option' && top.tag === 'option')) close();
    else if ((name === 'td' || name === 'th') && (top.tag === 'td' || top.tag === 'th')) close();
    else if (name === 'tr') {
      if (top.tag === 'td' || top.tag === 'th') close();
      if (stack[stack.length - 1].tag === 'tr') close();
    }
    const parent = stack[stack.length - 1];
    if (name === 'img') {
      parent.img++;
      parent.hasBlockChild = true;
      continue;
    }
    if (name === 'input') {
      parent.input++;
      continue;
    }
    if (name === 'embed') {
      parent.embed++;
      continue;
    }
    if (VOID.has(name)) continue;
    const tagText = gt - lt > k - lt + 1 ? html.slice(lt, gt) : '';
    if (tagText.endsWith('/>')) continue;
    const node = newNode(name, parent);
    nodes++;
    if (tagText) readAttributes(node, tagText);
    if (name === 'object' || name === 'iframe') parent.embed++;
    parent.children.push(node);
    stack.push(node);
    if (name === 'body' && body === null) body = node;
    if (name === 'head' && body === null) head = node;
    if (name === 'a') linkDepth++;
    if (SKIP_TEXT.has(name)) skipDepth++;
    const blockKind = BLOCK_KIND[name];
    if (blockKind !== undefined) {
      flush();
      const outer = owners[owners.length - 1];
      node.kind = blockKind === 'other' ? outer.kind : blockKind;
      owners.push(node);
    }
    node.blockStart = blocks.length;
    node.textStart = allLength;
  }
  while (stack.length > 1) close();
  flush();
  root.blockEnd = blocks.length;
  root.textEnd = allLength;
  return { root, body: body ?? root, blocks, nodes, text: all.join('') };
}

// Only the attributes selection reads; the rest of a tag (data-*, srcset, handlers) is not parsed.
const WANTED = /\s(class|id|role|rel|itemprop|hidden|aria-hidden|style)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/gi;

function readAttributes(node: LightNode, tag: string): void {
  WANTED.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = WANTED.exec(tag)) !== null) {
    const value = m[2] ?? m[3] ?? m[4] ?? '';
    switch (m[1].toLowerCase()) {
      case 'class': if (!node.className) node.className = value; break;
      case 'id': if (!node.id) node.id = value; break;
      case 'role': node.role ||= value; break;
      case 'rel': node.rel ||= value; break;
      case 'itemprop': node.itemprop ||= value; break;
      case 'hidden': node.hidden = true; break;
      case 'aria-hidden': if (value === 'true') node.hidden = true; break;
      case 'style': if (/display\s*:\s*none|visibility\s*:\s*hidden/i.test(value)) node.hidden = true; break;
      default: break;
    }
  }
}
