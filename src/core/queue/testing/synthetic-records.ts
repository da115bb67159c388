import { readFileSync } from 'node:fs';
import { repoPath } from '../../../testing/repo-path.js';

/**
 * `count` distinct JSONL records made from the bundled sample corpus (samples/corpus), for queue
 * tests and the worker benchmark: copy k of a sample article gets its own id, a URL of its own
 * and a closing paragraph naming the copy, so every record has its own content id while the text
 * stays real news prose of the usual length.
 */
export function syntheticRecords(count: number): Array<Record<string, unknown>> {
  const samples = readFileSync(repoPath('samples', 'corpus', 'articles.jsonl'), 'utf8')
    .split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as Record<string, unknown>)
    .filter((r) => typeof r.text === 'string');
  const out: Array<Record<string, unknown>> = [];
  for (let i = 0; i < count; i++) {
    const base = samples[i % samples.length];
    const copy = Math.floor(i / samples.length);
    out.push({
      ...base,
      id: `${String(base.id)}-c${copy}`,
      url: typeof base.url === 'string' ? `${base.url}?copy=${copy}` : undefined,
      text: `${String(base.text)}\n\nThis report was updated (revision ${copy + 1}).`,
    });
  }
  return out;
}

/** The records as JSONL text. */
export function toJsonl(records: Array<Record<string, unknown>>): string {
  return records.map((r) => JSON.stringify(r)).join('\n') + '\n';
}
