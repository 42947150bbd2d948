import { createHash } from 'node:crypto';
import type { ArticleText } from '../model/article.js';

/**
 * An article's id comes from its content, not its file, so the same story in two files (a
 * republication) gets the same id and is merged, and ids stay stable when files are renamed.
 */
export function articleId(article: ArticleText): string {
  const body = article.paragraphs
    .filter((p) => p.kind === 'text')
    .slice(0, 2)
    .map((p) => p.text)
    .join('');
  return 'a' + sha256(normalizeForIdentity(article.title) + '\n' + normalizeForIdentity(body).slice(0, 300)).slice(0, 11);
}

/** Letters and digits only: republished copies differ in spacing, punctuation width and line breaks. */
export function normalizeForIdentity(s: string): string {
  return s.normalize('NFKC').replace(/[^\p{L}\p{N}]/gu, '');
}

export function sha256(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}
