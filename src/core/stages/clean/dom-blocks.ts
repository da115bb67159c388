/**
 * The few DOM facts the extractor needs, typed here because the project compiles without the DOM
 * library (linkedom supplies the implementation at run time).
 */
export interface DomNode {
  nodeType: number;
  nodeName: string;
  childNodes: ArrayLike<DomNode>;
  parentNode: DomNode | null;
  textContent: string | null;
  getAttribute?(name: string): string | null;
}

/** What kind of block a piece of extracted text came from; furniture rules look at it. */
export type BlockKind = 'p' | 'heading' | 'item' | 'quote' | 'pre' | 'caption' | 'cell' | 'other';

/** One paragraph-like piece of extracted text. */
export interface TextBlock {
  text: string;
  kind: BlockKind;
  /** Characters of `text` inside links: a block that is mostly links is a menu or a teaser list. */
  linkChars: number;
}

/** The block-level tags (lower case) and the kind of block each opens; both extractors read it. */
export const BLOCK_KIND: Readonly<Record<string, BlockKind>> = {
  p: 'p', div: 'other', section: 'other', article: 'other', main: 'other', header: 'other', footer: 'other',
  aside: 'other', nav: 'other', address: 'other', center: 'other', form: 'other', fieldset: 'other', details: 'other', summary: 'other',
  h1: 'heading', h2: 'heading', h3: 'heading', h4: 'heading', h5: 'heading', h6: 'heading',
  li: 'item', dt: 'item', dd: 'item', ul: 'other', ol: 'other', dl: 'other',
  blockquote: 'quote', pre: 'pre', figcaption: 'caption', figure: 'other', caption: 'caption',
  td: 'cell', th: 'cell', tr: 'other', table: 'other', tbody: 'other', thead: 'other', tfoot: 'other', hr: 'other',
};
const SKIP = new Set(['RT', 'RP', 'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME', 'OBJECT', 'BUTTON', 'SELECT', 'TEXTAREA', 'HEAD', 'TITLE']);

/**
 * Turns a DOM subtree into text blocks: block elements (paragraphs, headings, list items, cells,
 * captions) start a new block, `<br>` a new line inside it, inline elements add nothing, white space
 * is collapsed. Iterative (an explicit stack), so a deeply nested tree cannot overflow the call stack.
 */
export function domToBlocks(root: DomNode, maxBlocks = 20_000): TextBlock[] {
  const blocks: TextBlock[] = [];
  let parts: string[] = [];
  let kind: BlockKind = 'other';
  let linkChars = 0;
  let linkDepth = 0;
  const flush = (): void => {
    const raw = parts.join('');
    const text = raw.replace(/[ \t\r\f\v\u00a0]+/g, ' ').replace(/ ?\n ?/g, '\n').replace(/\n{2,}/g, '\n').trim();
    if (text && blocks.length < maxBlocks) blocks.push({ text, kind, linkChars: Math.min(linkChars, text.length) });
    parts = [];
    kind = 'other';
    linkChars = 0;
  };
  // Stack entries: a node to enter, or a marker that closes a block element or a link.
  const stack: Array<{ node: DomNode; exit: BlockKind | 'link' | null }> = [{ node: root, exit: null }];
  const kindStack: BlockKind[] = [];
  while (stack.length) {
    const { node, exit } = stack.pop()!;
    if (exit === 'link') {
      linkDepth--;
      continue;
    }
    if (exit !== null) {
      flush();
      kindStack.pop();
      kind = kindStack.length ? kindStack[kindStack.length - 1] : 'other';
      continue;
    }
    if (node.nodeType === 3) {
      const t = node.textContent ?? '';
      if (t) {
        const piece = t.replace(/\s+/g, ' ');
        parts.push(piece);
        if (linkDepth > 0) linkChars += piece.trim().length;
      }
      continue;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) continue;
    const name = node.nodeName.toUpperCase();
    if (SKIP.has(name)) continue;
    if (name === 'BR') {
      parts.push('\n');
      continue;
    }
    if (name === 'A') {
      linkDepth++;
      stack.push({ node, exit: 'link' });
    }
    const blockKind = BLOCK_KIND[name.toLowerCase()];
    if (blockKind !== undefined) {
      flush();
      // The innermost meaningful kind wins: a <p> inside an <li> is a paragraph of the item.
      kind = blockKind === 'other' && kindStack.length ? kindStack[kindStack.length - 1] : blockKind;
      kindStack.push(kind);
      stack.push({ node, exit: blockKind });
    }
    const children = node.childNodes;
    for (let k = children.length - 1; k >= 0; k--) stack.push({ node: children[k], exit: null });
  }
  flush();
  return blocks;
}
