import type { ArticleFilter, Store } from '../store/store.js';
import { exportRecord, EXPORT_CSV_COLUMNS, toCsvRow } from './export-record.js';

/** What to export and how. */
export interface ExportOptions {
  what: 'articles' | 'rejections';
  format: 'jsonl' | 'json' | 'csv';
  filter?: ArticleFilter;
  /** CSV: include the clean text column. */
  text?: boolean;
  /** Called after each record (to count them). */
  onRecord?: () => void;
}

/**
 * The export as text chunks (one record each), streamed from the store without holding the corpus
 * in memory: `storyline export` writes them to a file or standard output, the API to the response.
 * Fields are documented in docs/export.md.
 */
export async function* exportChunks(store: Store, options: ExportOptions): AsyncGenerator<string> {
  let n = 0;
  const emit = (record: Record<string, unknown>, columns: readonly string[]): string => {
    let out: string;
    if (options.format === 'jsonl') out = `${JSON.stringify(record)}\n`;
    else if (options.format === 'json') out = `${n === 0 ? '[\n' : ',\n'}${JSON.stringify(record)}`;
    else out = (n === 0 ? toCsvRow(columns as string[]) : '') + toCsvRow(columns.map((c) => record[c]));
    n++;
    options.onRecord?.();
    return out;
  };
  if (options.what === 'articles') {
    const columns = options.text ? [...EXPORT_CSV_COLUMNS, 'text'] : EXPORT_CSV_COLUMNS;
    const stories = store.stories();
    const displayIds = new Map<string, string>();
    const displayId = async (id: string): Promise<string> => {
      let shown = displayIds.get(id);
      if (shown === undefined) {
        const a = await store.getArticle(id);
        shown = a?.source.externalId ?? id;
        displayIds.set(id, shown);
      }
      return shown;
    };
    for await (const article of store.iterateArticles(options.filter ?? {})) {
      const p = await stories.placement(article.id);
      const placement = p ? { duplicateOf: p.duplicateOf ? await displayId(p.duplicateOf) : null, eventId: p.event, storyId: p.story } : null;
      yield emit(exportRecord(article, placement), columns);
    }
  } else {
    const columns = ['reason', 'detail', 'file', 'line', 'external_id', 'at'];
    for (let offset = 0; ; offset += 1000) {
      const page = await store.listRejections({ limit: 1000, offset });
      for (const r of page.items) yield emit({ reason: r.reason, detail: r.detail, file: r.file, line: r.line, external_id: r.externalId ?? null, at: r.at }, columns);
      if (page.items.length < 1000) break;
    }
  }
  if (options.format === 'json') yield n === 0 ? '[]\n' : '\n]\n';
}

/** The content type of an export format. */
export function exportContentType(format: ExportOptions['format']): string {
  return format === 'csv' ? 'text/csv; charset=utf-8' : format === 'json' ? 'application/json' : 'application/x-ndjson';
}
