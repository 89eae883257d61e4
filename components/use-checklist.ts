/**
 * The checklist of the article in the tab: current directives joined with what is stored for the
 * article (re-anchored), kept in sync with storage changes made by other popups.
 */
import { useCallback, useEffect, useMemo, useState } from "preact/hooks";
import type { Analysis, Directive } from "../core/types";
import { anchorOf, snapshotOf } from "../store/anchor";
import {
  type ArticleInfo,
  type ChecklistEntry,
  type ItemChange,
  loadArticle,
  onArticlesChanged,
  StoreError,
} from "../store/articles";
import { reanchor } from "../store/reanchor";
import { sendWrite } from "../store/remote-write";
import type { SavedArticle, SavedItem } from "../store/schema";
import { RECORD_VERSION } from "../store/schema";

/** One current directive with the reader's tick and note. */
export interface ChecklistRow {
  /** Index of the directive in `analysis.directives` (what "show on page" sends). */
  readonly index: number;
  readonly directive: Directive;
  readonly checked: boolean;
  readonly note: string;
}

/** A stored item whose sentence is no longer in the article. */
export interface OrphanRow {
  readonly key: string;
  readonly item: SavedItem;
}

export interface Checklist {
  readonly rows: readonly ChecklistRow[];
  readonly orphans: readonly OrphanRow[];
  /** Code of the last store failure, shown until the next successful write. */
  readonly error: StoreError["code"] | null;
  /** True once the article has a stored record (ticked, noted or saved). */
  readonly saved: boolean;
  /** Stores the checklist as it is, so the article appears under Saved without a tick. */
  readonly save: () => Promise<void>;
  readonly change: (index: number, change: ItemChange) => Promise<void>;
  readonly changeOrphan: (key: string, change: ItemChange) => Promise<void>;
  /** The article's record as it would be exported now (stored ticks over current directives). */
  readonly snapshot: () => SavedArticle;
}

function codeOf(error: unknown): StoreError["code"] {
  return error instanceof StoreError ? error.code : "failed";
}

/** The checklist of `analysis`, stored under `url`. */
export function useChecklist(analysis: Analysis, url: string): Checklist {
  const [record, setRecord] = useState<SavedArticle | null>(null);
  const [error, setError] = useState<StoreError["code"] | null>(null);

  const info: ArticleInfo = useMemo(
    () => ({ url, title: analysis.meta.title, published: analysis.meta.published }),
    [url, analysis],
  );
  const anchors = useMemo(
    () => analysis.directives.map((d) => anchorOf(d, analysis.blocks)),
    [analysis],
  );

  useEffect(() => {
    let live = true;
    const load = () =>
      loadArticle(url).then(
        (found) => {
          if (live) setRecord(found);
        },
        (failure: unknown) => {
          if (live) setError(codeOf(failure));
        },
      );
    void load();
    const stop = onArticlesChanged(() => void load());
    return () => {
      live = false;
      stop();
    };
  }, [url]);

  const matching = useMemo(() => reanchor(record?.items ?? {}, anchors), [record, anchors]);

  const entries: ChecklistEntry[] = useMemo(
    () =>
      analysis.directives.map((d, i) => ({
        storedKey: matching.itemKeyByDirective[i] ?? null,
        anchor: anchors[i] as ChecklistEntry["anchor"],
        snapshot: snapshotOf(d),
      })),
    [analysis, anchors, matching],
  );

  const rows = useMemo(
    () =>
      analysis.directives.map((directive, index) => {
        const key = matching.itemKeyByDirective[index];
        const item = key ? record?.items[key] : undefined;
        return { index, directive, checked: item?.checked ?? false, note: item?.note ?? "" };
      }),
    [analysis, matching, record],
  );

  const orphans = useMemo(
    () =>
      matching.orphans
        .map((key) => ({ key, item: record?.items[key] as SavedItem }))
        .filter((row) => row.item)
        .sort((a, b) => a.item.position - b.item.position),
    [matching, record],
  );

  const run = useCallback(async (write: () => Promise<SavedArticle | null>) => {
    try {
      const saved = await write();
      setRecord(saved);
      setError(null);
    } catch (failure) {
      // The stored record is unchanged (a failed set writes nothing): keep showing it.
      setError(codeOf(failure));
    }
  }, []);

  // Writes go to the background (store/remote-write.ts): the popup may close before they end.
  const change = useCallback(
    (index: number, itemChange: ItemChange) =>
      run(() =>
        sendWrite({
          kind: "checklist",
          info,
          entries,
          change: { target: index, change: itemChange },
        }),
      ),
    [run, info, entries],
  );
  const save = useCallback(
    () => run(() => sendWrite({ kind: "checklist", info, entries, change: null })),
    [run, info, entries],
  );
  const changeOrphan = useCallback(
    (key: string, itemChange: ItemChange) =>
      run(() => sendWrite({ kind: "item", url, key, change: itemChange })),
    [run, url],
  );

  const snapshot = useCallback((): SavedArticle => {
    const now = Date.now();
    const items: Record<string, SavedItem> = {};
    for (const { key, item } of orphans) items[key] = item;
    entries.forEach((entry, position) => {
      const stored = entry.storedKey ? record?.items[entry.storedKey] : undefined;
      items[entry.storedKey ?? `new-${position}`] = {
        anchor: entry.anchor,
        checked: stored?.checked ?? false,
        note: stored?.note ?? "",
        updatedAt: stored?.updatedAt ?? 0,
        position,
        directive: entry.snapshot,
      };
    });
    return {
      version: RECORD_VERSION,
      url,
      title: info.title,
      published: info.published,
      savedAt: record?.savedAt ?? now,
      updatedAt: record?.updatedAt ?? now,
      items,
    };
  }, [orphans, entries, record, url, info]);

  return { rows, orphans, error, saved: record !== null, save, change, changeOrphan, snapshot };
}
