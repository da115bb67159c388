import type { CleanText, Removal, Span } from '../../article.js';
import { paragraphsOf } from './clean-document.js';
import { composeMaps, OffsetMapBuilder, toInputOffset } from '../../text/offset-map.js';

/** What to record for a line that `stripLines` removes. */
export interface LineRemoval {
  reason: string;
  evidence?: Removal['evidence'];
}

/**
 * Removes whole lines from an already clean text and returns the new clean text: the paragraph
 * structure of the rest is kept (a blank line stays where one separated the neighbours), the offset
 * map still leads back to the input, and each removal is recorded with input offsets. `decide`
 * returns null for a line that stays. Returns null when nothing was removed.
 */
export function stripLines(clean: CleanText, decide: (line: string) => LineRemoval | null): CleanText | null {
  const text = clean.text;
  const lines: Array<Span & { remove: LineRemoval | null }> = [];
  let start = 0;
  while (start <= text.length) {
    const nl = text.indexOf('\n', start);
    const end = nl === -1 ? text.length : nl;
    if (end > start) lines.push({ start, end, remove: decide(text.slice(start, end)) });
    if (nl === -1) break;
    start = nl + 1;
  }
  if (!lines.some((l) => l.remove)) return null;

  const builder = new OffsetMapBuilder();
  const out: string[] = [];
  const removed: Removal[] = [];
  let cursor = 0; // position in the old clean text up to which input is accounted for
  let lastKeptEnd = -1;
  for (const line of lines) {
    if (line.remove) {
      removed.push({
        start: toInputOffset(clean.map, line.start),
        end: toInputOffset(clean.map, line.end),
        reason: line.remove.reason,
        text: text.slice(line.start, line.end),
        ...(line.remove.evidence ? { evidence: line.remove.evidence } : {}),
      });
      continue;
    }
    if (lastKeptEnd === -1) {
      builder.skip(line.start - cursor);
    } else {
      const sep = text.slice(lastKeptEnd, line.start).includes('\n\n') ? '\n\n' : '\n';
      builder.replace(line.start - cursor, sep.length);
      out.push(sep);
    }
    builder.copy(line.end - line.start);
    out.push(text.slice(line.start, line.end));
    cursor = line.end;
    lastKeptEnd = line.end;
  }
  const newText = out.join('');
  const map = composeMaps(builder.build(), clean.map);
  return {
    ...clean,
    text: newText,
    map,
    paragraphs: paragraphsOf(newText),
    removed: [...clean.removed, ...removed].sort((a, b) => a.start - b.start),
  };
}
