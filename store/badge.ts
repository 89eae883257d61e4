/**
 * The toolbar badge: how many directives on the tab's article are still open. The content script
 * reports how many directives the article has; ticks live in storage, so the badge subtracts the
 * ticked items of that article and follows every tick made in any popup.
 */
import type { SavedArticle } from "./schema";

/** Badge text for an article with `total` directives (null: not an article) and its record. */
export function badgeText(total: number | null, record: SavedArticle | null): string {
  if (total === null || total === 0) return "";
  const ticked = record ? Object.values(record.items).filter((item) => item.checked).length : 0;
  const open = Math.max(0, total - ticked);
  return open === 0 ? "" : open > 99 ? "99+" : String(open);
}
