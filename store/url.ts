/**
 * Storage keys for articles. The same article can be reached with tracking parameters, a
 * fragment or a "www." host; all of those must land on one record.
 */
import { ARTICLE_KEY_PREFIX } from "./schema";

/** The URL reduced to what identifies the article: host without "www.", path, no query or hash. */
export function normalizeArticleUrl(url: string): string {
  try {
    const parsed = new URL(url);
    const host = parsed.hostname.toLowerCase().replace(/^www\./, "");
    const path = parsed.pathname.replace(/\/+$/, "");
    return `${host}${path}`;
  } catch {
    // Not a URL (a bare text file has url ""): keep the text itself so it still gets a key.
    return url.trim();
  }
}

/** The `browser.storage.local` key of an article's record. */
export function articleKey(url: string): string {
  return `${ARTICLE_KEY_PREFIX}${normalizeArticleUrl(url)}`;
}

/** True when a storage key belongs to an article record. */
export function isArticleKey(key: string): boolean {
  return key.startsWith(ARTICLE_KEY_PREFIX);
}
