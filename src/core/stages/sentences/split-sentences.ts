import { createRequire } from 'node:module';
import type { Sentence, Span } from '../../article.js';

// wink-nlp's sentence boundary detection, without the POS tagger this stage does not need:
// measured about 875 articles/s with POS tags, compromise about 45 articles/s (issue "Storyline core").
// The model is loaded on first use, so commands that never split sentences start fast.
const require = createRequire(import.meta.url);
type WinkFactory = typeof import('wink-nlp').default;
type WinkNlp = ReturnType<WinkFactory>;
let nlp: WinkNlp | null = null;

function getNlp(): WinkNlp {
  if (!nlp) {
    const winkNLP = require('wink-nlp') as WinkFactory;
    const model = require('wink-eng-lite-web-model') as Parameters<WinkFactory>[0];
    nlp = winkNLP(model, ['sbd']);
  }
  return nlp;
}

/** Sentences of a text and the number of tokens, with offsets; no sentence crosses a paragraph. */
export function splitSentences(text: string, paragraphs: Span[]): { sentences: Sentence[]; tokens: number } {
  const nlp = getNlp();
  const its = nlp.its;
  const sentences: Sentence[] = [];
  let tokens = 0;
  paragraphs.forEach((para, index) => {
    const body = text.slice(para.start, para.end);
    if (!body.trim()) return;
    const doc = nlp.readDoc(body);
    const words = doc.tokens().out() as string[];
    const spaces = doc.tokens().out(its.precedingSpaces) as string[];
    tokens += words.length;
    // Character offset of each token: wink keeps every token and the space before it, so walking
    // them with indexOf from a cursor recovers exact positions even where it normalises nothing.
    const starts: number[] = new Array(words.length);
    const ends: number[] = new Array(words.length);
    let cursor = 0;
    for (let t = 0; t < words.length; t++) {
      cursor += spaces[t]?.length ?? 0;
      let at = body.startsWith(words[t], cursor) ? cursor : body.indexOf(words[t], cursor);
      if (at < 0) at = cursor;
      starts[t] = at;
      ends[t] = at + words[t].length;
      cursor = ends[t];
    }
    const spans = doc.sentences().out(its.span) as unknown as Array<[number, number]>;
    for (const [first, last] of spans) {
      if (first >= words.length) continue;
      const start = para.start + starts[first];
      const end = para.start + ends[Math.min(last, words.length - 1)];
      if (end > start) sentences.push({ start, end, paragraph: index });
    }
  });
  return { sentences, tokens };
}
