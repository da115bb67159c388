import type { CleanText } from '../../article.js';
import { DEFAULT_PIPELINE } from '../../pipeline/default-pipeline.js';
import { runPipeline } from '../../pipeline/run-pipeline.js';
import { articleFacts } from '../../publication.js';
import type { Stage } from '../../pipeline/stage.js';
import { stripLines } from '../../stages/clean/strip-lines.js';
import { findTemplateLines, templateKey, type TemplateInput, type TemplateLine, type TemplateOptions } from '../../stages/clean/template-lines.js';
import type { StoredArticle, Store } from '../../store/store.js';
import type { CorpusBatch, CorpusStep } from '../corpus-steps.js';

/** The removal reason of a line found to be an outlet's template. */
export const TEMPLATE_REASON = 'template';

/** The outlet an article is grouped under for template detection, or null. */
function outletOf(article: StoredArticle): string | null {
  return articleFacts(article).outlet;
}

/** The lines an article had before template removal: its clean lines and those removed as template. */
function linesOf(article: StoredArticle): string[] {
  const clean = article.clean;
  if (!clean) return [];
  const lines = clean.text.split('\n').filter((l) => l.trim() !== '');
  for (const r of clean.removed) if (r.reason === TEMPLATE_REASON) lines.push(r.text);
  return lines;
}

/**
 * Removes one outlet's template lines from one article's clean text and re-runs the stages after
 * `clean` on the result, so that every offset indexes into the new text. Returns null when the
 * article holds none of them.
 */
export function stripTemplateLines(article: StoredArticle, templates: ReadonlyMap<string, TemplateLine>, stages: readonly Stage[] = DEFAULT_PIPELINE): StoredArticle | null {
  if (!article.clean) return null;
  const stripped: CleanText | null = stripLines(article.clean, (line) => {
    const t = templates.get(templateKey(line));
    return t ? { reason: TEMPLATE_REASON, evidence: { outlet: t.outlet, articles: t.articles, outletArticles: t.outletArticles } } : null;
  });
  if (!stripped) return null;
  const after = stages.filter((s) => s.name !== 'clean');
  const trace = article.trace.filter((t) => t.stage === 'clean');
  const rerun = runPipeline({ ...article, clean: stripped, trace }, after, { receivedAt: new Date(article.ingestedAt) });
  return { ...rerun, ingestedAt: article.ingestedAt };
}

/**
 * Finds each touched outlet's template lines over all its stored articles and removes them from
 * every article of the outlet that still holds one (the batch's, and older ones once a line becomes
 * common enough). Lines removed earlier still count, so a template stays a template as the outlet
 * grows, and a `reprocess` that re-cleans an article has them removed again.
 */
export async function removeTemplateFurniture(store: Store, batch: CorpusBatch, options: TemplateOptions = {}, stages: readonly Stage[] = DEFAULT_PIPELINE): Promise<Record<string, number>> {
  const byOutlet = await outletLines(store, batch);
  const counts = { outlets: byOutlet.size, templateLines: 0, articlesChanged: 0, linesRemoved: 0 };
  for (const docs of byOutlet.values()) {
    const found = findTemplateLines(docs, options);
    if (found.length === 0) continue;
    counts.templateLines += found.length;
    const templates = new Map(found.map((t) => [t.key, t]));
    for (const doc of docs) {
      const holds = doc.lines.some((l) => templates.has(templateKey(l)));
      if (!holds) continue;
      const article = await store.getArticle(doc.articleId);
      if (!article) continue;
      const updated = stripTemplateLines(article, templates, stages);
      if (!updated) continue;
      await store.updateArticle(updated);
      counts.articlesChanged++;
      counts.linesRemoved += updated.clean!.removed.length - article.clean!.removed.length;
    }
  }
  return counts;
}

/** Above this many added articles, one pass over the whole corpus is cheaper than a query per outlet. */
const ONE_PASS_BATCH = 200;

/** The lines of every stored article of each outlet the batch touched, by outlet. */
async function outletLines(store: Store, batch: CorpusBatch): Promise<Map<string, TemplateInput[]>> {
  const byOutlet = new Map<string, TemplateInput[]>();
  const add = (article: StoredArticle, outlet: string): void => {
    const doc = { articleId: article.id, outlet, lines: linesOf(article) };
    const list = byOutlet.get(outlet);
    if (list) list.push(doc);
    else byOutlet.set(outlet, [doc]);
  };
  if (batch.addedIds.length > ONE_PASS_BATCH) {
    const added = new Set(batch.addedIds);
    const touched = new Set<string>();
    for await (const article of store.iterateArticles()) {
      const outlet = outletOf(article);
      if (!outlet) continue;
      if (added.has(article.id)) touched.add(outlet);
      add(article, outlet);
    }
    for (const outlet of [...byOutlet.keys()]) if (!touched.has(outlet)) byOutlet.delete(outlet);
    return byOutlet;
  }
  const outlets = new Set<string>();
  for (const id of batch.addedIds) {
    const article = await store.getArticle(id);
    const outlet = article ? outletOf(article) : null;
    if (outlet) outlets.add(outlet);
  }
  for (const outlet of outlets) {
    for await (const article of store.iterateArticles({ outlet })) {
      if (outletOf(article) === outlet) add(article, outlet);
    }
  }
  return byOutlet;
}

/** The corpus step: template furniture out before the other steps read the articles. */
export const templateFurnitureStep: CorpusStep = {
  name: 'templates',
  run: (store, batch) => removeTemplateFurniture(store, batch),
};
