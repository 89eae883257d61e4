/**
 * Highlights near the viewport only, for very long articles. Every change to a page's custom
 * highlights makes the browser revisit all registered ranges of all highlights (measured in
 * Chromium: about 2.3 µs per range, so 24,000 ranges cost a ~57 ms frame for any change, even
 * one added range). An article with more annotations than `WINDOW_LIMIT` therefore registers
 * only the ranges of blocks within a screen of the viewport, follows scrolling, and never holds
 * more than the limit at once: every change stays cheap.
 *
 * The blocks near the viewport are found by a binary search over the blocks' boxes (blocks are in
 * reading order, so their tops grow down the page): a few box reads per scroll frame, where an
 * IntersectionObserver over thousands of blocks cost the browser a long frame to set up.
 *
 * Ranges are built when their block comes near the viewport and dropped when it leaves: tens of
 * thousands of live Range objects made garbage collection pauses of 25–35 ms while painting
 * (traced on a 5,000-paragraph page), and every live range is updated on each DOM change.
 */
import type { HighlightKind } from "../annotations";
import type { HighlightRegistry } from "./registry";

/** Most ranges registered at once (beyond this count, the window applies). */
export const WINDOW_LIMIT = 2_000;

/** One painted annotation: its highlight kind and its range while one is built. */
export interface WindowEntry {
  readonly kind: HighlightKind;
  range: Range | null;
}

/** The entries of one block element, in reading order. */
interface Group<E extends WindowEntry> {
  readonly element: Element;
  readonly entries: readonly E[];
}

export class RangeWindow<E extends WindowEntry = WindowEntry> {
  private groups: Group<E>[] = [];
  private shown = new Set<E>();
  private frame: number | null = null;
  private readonly onScroll = () => this.schedule();

  constructor(
    private readonly win: Window,
    private readonly registry: HighlightRegistry,
    /** Builds an entry's range, or null when its text is no longer in the page. */
    private readonly build: (entry: E) => Range | null,
    private readonly limit = WINDOW_LIMIT,
  ) {}

  /** True while a window is shown. */
  get active(): boolean {
    return this.groups.length > 0;
  }

  /** Shows these entries (grouped by block element, in reading order) near the viewport. */
  show(groups: ReadonlyMap<Element, readonly E[]>): void {
    this.stop();
    for (const [element, entries] of groups) this.groups.push({ element, entries });
    if (this.groups.length === 0) return;
    // Capture: scrolling inside any scroll container of the page moves the article too.
    this.win.addEventListener("scroll", this.onScroll, { capture: true, passive: true });
    this.win.addEventListener("resize", this.onScroll, { passive: true });
    this.update();
  }

  /** Unregisters what the window shows and stops following the viewport. */
  stop(): void {
    this.win.removeEventListener("scroll", this.onScroll, { capture: true });
    this.win.removeEventListener("resize", this.onScroll);
    if (this.frame !== null) this.win.cancelAnimationFrame(this.frame);
    this.frame = null;
    for (const entry of this.shown) this.hide(entry);
    this.shown = new Set();
    this.groups = [];
  }

  /** One update per frame, however many scroll events arrive. */
  private schedule(): void {
    if (this.frame !== null) return;
    this.frame = this.win.requestAnimationFrame(() => {
      this.frame = null;
      this.update();
    });
  }

  /** Index of the first block whose box ends below `y` (viewport coordinates). */
  private firstEndingBelow(y: number): number {
    let lo = 0;
    let hi = this.groups.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const box = (this.groups[mid] as Group<E>).element.getBoundingClientRect();
      if (box.bottom < y) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Registers the entries of the blocks within a screen of the viewport (up to the limit). */
  update(): void {
    const height = this.win.innerHeight || 800;
    // A screen above and below: highlights are in place before they scroll into view.
    const top = -height;
    const bottom = 2 * height;
    const wanted = new Set<E>();
    for (let i = this.firstEndingBelow(top); i < this.groups.length; i++) {
      const group = this.groups[i] as Group<E>;
      const box = group.element.getBoundingClientRect();
      if (box.top > bottom) break;
      // A hidden block has an empty box: nothing of it is on screen.
      if (box.width === 0 && box.height === 0) continue;
      for (const entry of group.entries) {
        if (wanted.size >= this.limit) break;
        wanted.add(entry);
      }
      if (wanted.size >= this.limit) break;
    }
    for (const entry of this.shown) {
      if (!wanted.has(entry)) this.hide(entry);
    }
    for (const entry of wanted) {
      if (this.shown.has(entry)) continue;
      entry.range ??= this.build(entry);
      if (entry.range) this.registry.add(entry.kind, entry.range);
      else wanted.delete(entry);
    }
    this.shown = wanted;
  }

  /** Unregisters an entry and lets its range go. */
  private hide(entry: E): void {
    if (entry.range) this.registry.delete(entry.kind, entry.range);
    entry.range = null;
  }
}
