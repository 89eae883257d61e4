/**
 * Annotations of an article grouped by block, for the "which terms, citations and dates fall
 * inside this sentence" lookups the extractor makes for every directive. Filtering the whole
 * article's list per directive made long articles quadratic; here a lookup costs a binary search
 * plus the matches. Pure.
 */
import type { Span } from "../types";

/** One block's annotations in their original order, and whether that order is by `start`. */
interface Group<T> {
  readonly items: T[];
  sorted: boolean;
}

/** Annotations by block; every lookup returns items in the order of the original list. */
export class BlockSpans<T extends Span> {
  private readonly groups = new Map<number, Group<T>>();

  constructor(list: readonly T[]) {
    for (const item of list) {
      // A reversed span would break the early stop in `within`: such a group is filtered.
      const ordered = item.end >= item.start;
      const group = this.groups.get(item.block);
      if (!group) {
        this.groups.set(item.block, { items: [item], sorted: ordered });
        continue;
      }
      const last = group.items[group.items.length - 1] as T;
      if (item.start < last.start || !ordered) group.sorted = false;
      group.items.push(item);
    }
  }

  /** The annotations of `block` with `from <= start` and `end <= to`, in the original order. */
  within(block: number, from: number, to: number): T[] {
    const group = this.groups.get(block);
    if (!group) return [];
    const { items } = group;
    if (!group.sorted) return items.filter((x) => x.start >= from && x.end <= to);
    let lo = 0;
    let hi = items.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((items[mid] as T).start < from) lo = mid + 1;
      else hi = mid;
    }
    const found: T[] = [];
    // Sorted by start and no span reversed: nothing starting after `to` can end by `to`.
    for (let i = lo; i < items.length; i++) {
      const x = items[i] as T;
      if (x.start > to) break;
      if (x.end <= to) found.push(x);
    }
    return found;
  }
}
