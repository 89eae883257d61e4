/**
 * Merging two versions of one article record, item by item: the newer change to an item wins and
 * nothing present in either version is lost.
 */
import type { SavedArticle, SavedItem } from "./schema";

/** Union of the items; where both have an item, the one changed last. */
export function mergeItems(
  a: Readonly<Record<string, SavedItem>>,
  b: Readonly<Record<string, SavedItem>>,
): Record<string, SavedItem> {
  const merged: Record<string, SavedItem> = { ...a };
  for (const [key, item] of Object.entries(b)) {
    const mine = merged[key];
    if (!mine || item.updatedAt > mine.updatedAt) merged[key] = item;
  }
  return merged;
}

/** Merges `incoming` into `stored` (same article); metadata comes from the newer record. */
export function mergeArticles(stored: SavedArticle, incoming: SavedArticle): SavedArticle {
  const newer = incoming.updatedAt > stored.updatedAt ? incoming : stored;
  return {
    ...newer,
    savedAt: Math.min(stored.savedAt, incoming.savedAt),
    updatedAt: Math.max(stored.updatedAt, incoming.updatedAt),
    items: mergeItems(stored.items, incoming.items),
  };
}
