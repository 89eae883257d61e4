/**
 * Matching stored checklist items to the directives of the current analysis. Items are never
 * dropped: those whose sentence is gone come back as orphans, shown as "no longer on the page".
 */
import type { QuoteAnchor, SavedItem } from "./schema";
import { similarity } from "./similarity";

/** Below this the sentence is considered a different one (see `similarity`). */
export const FUZZY_THRESHOLD = 0.8;
/** A rewritten sentence between unchanged neighbours needs at least this much in common. */
const CONTEXT_THRESHOLD = 0.5;

export interface Reanchoring {
  /** For each current directive (by index), the key of its stored item, or null. */
  readonly itemKeyByDirective: readonly (string | null)[];
  /** Keys of stored items that match no current directive. */
  readonly orphans: readonly string[];
}

function contextScore(a: QuoteAnchor, b: QuoteAnchor): number {
  return (a.prefix === b.prefix ? 1 : 0) + (a.suffix === b.suffix ? 1 : 0);
}

/**
 * Matches items to directives in three passes: the exact sentence (context breaks ties when a
 * sentence occurs twice), then unchanged context around a rewritten sentence, then fuzzy
 * similarity for small edits. Each directive takes at most one item.
 */
export function reanchor(
  items: Readonly<Record<string, SavedItem>>,
  anchors: readonly QuoteAnchor[],
): Reanchoring {
  const byDirective: (string | null)[] = anchors.map(() => null);
  const pending = new Set(Object.keys(items));

  const assign = (pick: (item: SavedItem, index: number) => number | null) => {
    // Best pairs first, so a weaker candidate never takes a directive a stronger one wanted.
    const pairs: { key: string; index: number; score: number }[] = [];
    for (const key of pending) {
      const item = items[key];
      if (!item) continue;
      for (let index = 0; index < anchors.length; index++) {
        if (byDirective[index] !== null) continue;
        const score = pick(item, index);
        if (score !== null) pairs.push({ key, index, score });
      }
    }
    pairs.sort((x, y) => y.score - x.score);
    for (const { key, index } of pairs) {
      if (!pending.has(key) || byDirective[index] !== null) continue;
      byDirective[index] = key;
      pending.delete(key);
    }
  };

  // 1. Exact sentence.
  assign((item, i) => {
    const anchor = anchors[i] as QuoteAnchor;
    return anchor.exact === item.anchor.exact ? 10 + contextScore(item.anchor, anchor) : null;
  });
  // 2. Same context on both sides, sentence rewritten.
  assign((item, i) => {
    const anchor = anchors[i] as QuoteAnchor;
    if (contextScore(item.anchor, anchor) < 2 || !anchor.prefix || !anchor.suffix) return null;
    const score = similarity(item.anchor.exact, anchor.exact);
    return score >= CONTEXT_THRESHOLD ? score : null;
  });
  // 3. Small edits anywhere.
  assign((item, i) => {
    const anchor = anchors[i] as QuoteAnchor;
    const score = similarity(item.anchor.exact, anchor.exact);
    return score >= FUZZY_THRESHOLD ? score + contextScore(item.anchor, anchor) / 100 : null;
  });

  return { itemKeyByDirective: byDirective, orphans: [...pending] };
}
