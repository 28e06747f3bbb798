/**
 * What the caller says of an article, applied before extraction, in the server thread and in the
 * extraction workers alike: the language it declares fills a gap, and the publication date a
 * reviewer set replaces the article's own, so that "on Tuesday" and a policy's "too late for this
 * article" are read from the date the reviewer gave.
 */
import type { ArticleText } from '../../seed/ingest/read-article.ts';

export interface ArticleGiven {
  declaredLanguage?: string | undefined;
  /** An ISO date already checked (`reviewedPublicationDate`). */
  publishedAt?: string | undefined;
}

export function applyGiven(article: ArticleText, given: ArticleGiven): ArticleText {
  if (given.declaredLanguage && !article.declaredLanguage) article.declaredLanguage = given.declaredLanguage;
  if (given.publishedAt) article.date = given.publishedAt;
  return article;
}
