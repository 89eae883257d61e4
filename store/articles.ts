/**
 * The checklist store: one record per article in `browser.storage.local`. Every write is a
 * read-modify-write under one lock, so two popups ticking at the same time both keep their ticks.
 */
import { browser } from "wxt/browser";
import { anchorKey } from "./anchor";
import { withLock } from "./lock";
import { mergeArticles } from "./merge";
import { decodeArticle } from "./migrate";
import type {
  DirectiveSnapshot,
  QuoteAnchor,
  SavedArticle,
  SavedItem,
  StoreProblem,
} from "./schema";
import { RECORD_VERSION } from "./schema";
import { articleKey, isArticleKey } from "./url";

/** Why a store operation failed; `code` picks the message shown to the reader. */
export class StoreError extends Error {
  override readonly name = "StoreError";
  constructor(
    readonly code: "quota" | "unreadable" | "failed",
    message: string,
  ) {
    super(message);
  }
}

/** The article a change belongs to (from the analysis meta). */
export interface ArticleInfo {
  readonly url: string;
  readonly title: string;
  readonly published: string | null;
}

/** One current directive as the checklist sees it. */
export interface ChecklistEntry {
  /** Key of the stored item matched by re-anchoring, or null for a directive not stored yet. */
  readonly storedKey: string | null;
  readonly anchor: QuoteAnchor;
  readonly snapshot: DirectiveSnapshot;
}

/** What the reader changed on one item. */
export interface ItemChange {
  readonly checked?: boolean;
  readonly note?: string;
}

// One lock for the whole store: writes are rare and small, and imports touch many keys at once.
const LOCK = "policy-lens:store";

async function write(values: Record<string, SavedArticle>): Promise<void> {
  try {
    await browser.storage.local.set(values);
  } catch (error) {
    const text = error instanceof Error ? error.message : String(error);
    if (/quota/i.test(text)) {
      throw new StoreError("quota", `Storage is full; nothing was changed (${text})`);
    }
    throw new StoreError("failed", `Could not save: ${text}`);
  }
}

async function readRaw(key: string): Promise<unknown> {
  const found = await browser.storage.local.get(key);
  return found[key];
}

/** The record of an article, null when none. Throws `unreadable` for a damaged record. */
export async function loadArticle(url: string): Promise<SavedArticle | null> {
  const raw = await readRaw(articleKey(url));
  if (raw === undefined) return null;
  const decoded = decodeArticle(raw);
  if (!decoded.ok)
    throw new StoreError("unreadable", `Saved checklist unreadable: ${decoded.reason}`);
  return decoded.record;
}

/** Every readable record, newest change first, and the records that could not be read. */
export async function listArticles(): Promise<{
  articles: SavedArticle[];
  problems: StoreProblem[];
}> {
  const all = await browser.storage.local.get(null);
  const articles: SavedArticle[] = [];
  const problems: StoreProblem[] = [];
  for (const [key, value] of Object.entries(all)) {
    if (!isArticleKey(key)) continue;
    const decoded = decodeArticle(value);
    if (decoded.ok) articles.push(decoded.record);
    else problems.push({ key, reason: decoded.reason });
  }
  articles.sort((a, b) => b.updatedAt - a.updatedAt);
  return { articles, problems };
}

function emptyItem(anchor: QuoteAnchor, snapshot: DirectiveSnapshot, position: number): SavedItem {
  // updatedAt 0: any change the reader really made, anywhere, is newer than this placeholder.
  return { anchor, checked: false, note: "", updatedAt: 0, position, directive: snapshot };
}

/** Brings the stored items in line with the current directives (new ones added, moved ones re-keyed). */
function withEntries(
  items: Readonly<Record<string, SavedItem>>,
  entries: readonly ChecklistEntry[],
): Record<string, SavedItem> {
  const next: Record<string, SavedItem> = { ...items };
  for (const [position, entry] of entries.entries()) {
    const key = anchorKey(entry.anchor);
    const previous =
      (entry.storedKey !== null ? next[entry.storedKey] : undefined) ?? next[key] ?? null;
    if (entry.storedKey !== null && entry.storedKey !== key) delete next[entry.storedKey];
    next[key] = previous
      ? { ...previous, anchor: entry.anchor, position, directive: entry.snapshot }
      : emptyItem(entry.anchor, entry.snapshot, position);
  }
  return next;
}

/**
 * Saves the checklist of an article (every current directive, unticked unless already stored) and
 * applies `change` to the item at `target` (an index into `entries`), if given.
 */
export function saveChecklist(
  info: ArticleInfo,
  entries: readonly ChecklistEntry[],
  change?: { readonly target: number; readonly change: ItemChange },
  now: number = Date.now(),
): Promise<SavedArticle> {
  return withLock(LOCK, async () => {
    const stored = await loadArticle(info.url);
    const items = withEntries(stored?.items ?? {}, entries);
    const entry = change ? entries[change.target] : undefined;
    if (change && entry) {
      const key = anchorKey(entry.anchor);
      const item = items[key] ?? emptyItem(entry.anchor, entry.snapshot, change.target);
      items[key] = { ...item, ...change.change, updatedAt: now };
    }
    const record: SavedArticle = {
      version: RECORD_VERSION,
      url: info.url,
      title: info.title,
      published: info.published,
      savedAt: stored?.savedAt ?? now,
      updatedAt: now,
      items,
    };
    await write({ [articleKey(info.url)]: record });
    return record;
  });
}

/** Changes an item that is no longer on the page (known only by its stored key). */
export function changeStoredItem(
  url: string,
  key: string,
  change: ItemChange,
  now: number = Date.now(),
): Promise<SavedArticle | null> {
  return withLock(LOCK, async () => {
    const stored = await loadArticle(url);
    const item = stored?.items[key];
    if (!stored || !item) return stored;
    const record: SavedArticle = {
      ...stored,
      updatedAt: now,
      items: { ...stored.items, [key]: { ...item, ...change, updatedAt: now } },
    };
    await write({ [articleKey(url)]: record });
    return record;
  });
}

/** Removes an article's record; returns it so the reader can undo. */
export function deleteArticle(url: string): Promise<SavedArticle | null> {
  return withLock(LOCK, async () => {
    const stored = await loadArticle(url);
    await browser.storage.local.remove(articleKey(url));
    return stored;
  });
}

/**
 * Writes records back, merged item by item with whatever is stored now (undo of a delete, import).
 * All records go in one `set`, so a failure (quota) leaves every stored record as it was.
 */
export function putArticles(
  records: readonly SavedArticle[],
): Promise<{ added: number; merged: number }> {
  return withLock(LOCK, async () => {
    const values: Record<string, SavedArticle> = {};
    let added = 0;
    let merged = 0;
    for (const record of records) {
      const key = articleKey(record.url);
      const current = values[key] ?? (await loadArticle(record.url));
      if (current) merged++;
      else added++;
      values[key] = current ? mergeArticles(current, record) : record;
    }
    await write(values);
    return { added, merged };
  });
}

/** Calls `listener` whenever an article record changes (in this or any other extension page). */
export function onArticlesChanged(listener: () => void): () => void {
  const handle = (changes: Record<string, unknown>, area: string) => {
    if (area === "local" && Object.keys(changes).some(isArticleKey)) listener();
  };
  browser.storage.onChanged.addListener(handle);
  return () => browser.storage.onChanged.removeListener(handle);
}
