/** Searching saved checklists by title, addressee and note, ignoring case and diacritics. */
import type { SavedArticle } from "../store/schema";

/** Lower case without diacritics, so "cong thuong" finds "Công Thương". */
export function foldText(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase();
}

function haystack(article: SavedArticle): string {
  const parts = [article.title];
  for (const item of Object.values(article.items)) {
    parts.push(item.note);
    for (const a of item.directive.addressees) parts.push(a.text, a.en);
  }
  return foldText(parts.join("\n"));
}

/** The articles matching every word of `query` (all of them for an empty query). */
export function searchSaved(articles: readonly SavedArticle[], query: string): SavedArticle[] {
  const words = foldText(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...articles];
  return articles.filter((article) => {
    const text = haystack(article);
    return words.every((word) => text.includes(word));
  });
}

/** Ticked and total items of a saved article. */
export function progressOf(article: SavedArticle): { done: number; count: number } {
  const items = Object.values(article.items);
  return { done: items.filter((i) => i.checked).length, count: items.length };
}
