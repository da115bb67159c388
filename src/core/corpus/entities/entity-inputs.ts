/**
 * Turns an article's `entities` field into resolver inputs: the bridge between the per-article
 * `entities` stage and cross-article resolution.
 */
import type { Article } from '../../article.js';
import type { EntityInput } from './types.js';

/** The resolver inputs of one article (empty when the `entities` stage has not run). */
export function entityInputsOf(article: Pick<Article, 'id' | 'entities' | 'source' | 'clean'>): EntityInput[] {
  const outlet = article.clean?.outlet ?? article.source?.outlet ?? null;
  return (article.entities ?? []).map((e) => ({
    id: e.id,
    name: e.name,
    type: e.type,
    mentions: e.mentions.map((m) => m.text),
    article: article.id,
    outlet,
    roles: e.roles ?? [],
  }));
}
