/**
 * Highlights near the viewport only, for very long articles. Every change to a page's custom
 * highlights makes the browser revisit all registered ranges of all highlights (measured in
 * Chromium: about 2.3 µs per range, so 24,000 ranges cost a ~57 ms frame for any change, even
 * one added range). An article with more annotations than `WINDOW_LIMIT` therefore registers
 * only the ranges of blocks within a screen of the viewport, follows scrolling with an
 * IntersectionObserver, and never holds more than the limit at once: every change stays cheap.
 */
import type { HighlightKind } from "../annotations";
import type { HighlightRegistry } from "./registry";

/** Most ranges registered at once (beyond this count, the window applies). */
export const WINDOW_LIMIT = 5_000;

/** One painted annotation: its highlight kind and range. */
export interface WindowEntry {
  readonly kind: HighlightKind;
  readonly range: Range;
}

export class RangeWindow {
  private observer: IntersectionObserver | null = null;
  /** Entries by block element, in reading order. */
  private groups = new Map<Element, WindowEntry[]>();
  private readonly near = new Set<Element>();
  private shown = new Set<WindowEntry>();

  constructor(
    private readonly win: Window,
    private readonly registry: HighlightRegistry,
    private readonly limit = WINDOW_LIMIT,
  ) {}

  /** True when the browser can tell what is near the viewport. */
  static supported(win: Window): boolean {
    return (
      typeof (win as unknown as { IntersectionObserver?: unknown }).IntersectionObserver ===
      "function"
    );
  }

  /** True while a window is shown. */
  get active(): boolean {
    return this.observer !== null;
  }

  /** Number of ranges registered now. */
  get size(): number {
    return this.shown.size;
  }

  /** Shows these entries (grouped by block element, in reading order) near the viewport. */
  show(groups: Map<Element, WindowEntry[]>): void {
    this.stop();
    this.groups = groups;
    // The page's own constructor: a content script's global may be another realm's.
    const Observer = (this.win as unknown as { IntersectionObserver: typeof IntersectionObserver })
      .IntersectionObserver;
    const observer = new Observer((changes) => this.onChange(changes), {
      // A screen above and below: highlights are in place before they scroll into view.
      rootMargin: "100% 0px 100% 0px",
    });
    this.observer = observer;
    for (const element of groups.keys()) observer.observe(element);
  }

  /** Unregisters what the window shows and stops following the viewport. */
  stop(): void {
    this.observer?.disconnect();
    this.observer = null;
    for (const entry of this.shown) this.registry.delete(entry.kind, entry.range);
    this.shown = new Set();
    this.near.clear();
    this.groups = new Map();
  }

  private onChange(changes: readonly IntersectionObserverEntry[]): void {
    for (const change of changes) {
      if (change.isIntersecting) this.near.add(change.target);
      else this.near.delete(change.target);
    }
    this.update();
  }

  /** Registers the entries of the blocks near the viewport (up to the limit), and only those. */
  private update(): void {
    const wanted = new Set<WindowEntry>();
    for (const [element, entries] of this.groups) {
      if (!this.near.has(element)) continue;
      for (const entry of entries) {
        if (wanted.size >= this.limit) break;
        wanted.add(entry);
      }
      if (wanted.size >= this.limit) break;
    }
    for (const entry of this.shown) {
      if (!wanted.has(entry)) this.registry.delete(entry.kind, entry.range);
    }
    for (const entry of wanted) {
      if (!this.shown.has(entry)) this.registry.add(entry.kind, entry.range);
    }
    this.shown = wanted;
  }
}
