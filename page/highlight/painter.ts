/**
 * Paints an article's annotations: with the CSS Custom Highlight API where the browser has it,
 * else with fallback marks. Ranges are built in slices that yield to the page, and ranges of
 * blocks that did not change are reused when the article is painted again.
 */
import type { DomArticle } from "../adapters";
import { HIGHLIGHT_KINDS, type HighlightKind, type PlacedAnnotation, refOf } from "../annotations";
import { runSliced } from "../schedule";
import { type DomBlock, rangeFor } from "../text-index";
import { MarkWrapper, type WrapItem } from "./fallback";
import { HighlightRegistry, supportsHighlightApi } from "./registry";

export type PaintMode = "highlight-api" | "fallback";

/** The mode to use: the API when present, unless the fallback is forced (tests, diagnostics). */
export function choosePaintMode(win: Window, forceFallback: boolean): PaintMode {
  return !forceFallback && supportsHighlightApi(win) ? "highlight-api" : "fallback";
}

const isHighlightKind = (kind: string): kind is HighlightKind =>
  (HIGHLIGHT_KINDS as readonly string[]).includes(kind);

// Stable ids of block elements, so a block is "the same" across extractions.
const elementIds = new WeakMap<Element, number>();
let nextElementId = 1;
function blockKey(block: DomBlock): string {
  let id = elementIds.get(block.element);
  if (id === undefined) {
    id = nextElementId++;
    elementIds.set(block.element, id);
  }
  return `${id}\u0000${block.text}`;
}

export class Painter {
  readonly mode: PaintMode;
  private readonly registry: HighlightRegistry | null;
  private readonly wrapper = new MarkWrapper();
  /** Range per annotation ref of the current paint. */
  private ranges = new Map<string, { kind: HighlightKind; range: Range }>();
  /** Ranges by block identity and span, reused when an unchanged block is painted again. */
  private cache = new Map<string, Range>();
  private visible = true;
  /**
   * Runs each change the painter makes to the page's DOM (fallback marks only); the controller
   * sets it to keep its mutation observer from taking our own changes for the page's.
   */
  guard: (change: () => void) => void = (change) => change();
  private flashTimer: ReturnType<typeof setTimeout> | null = null;
  private flashed: Element[] = [];

  constructor(
    private readonly doc: Document,
    win: Window,
    mode: PaintMode,
  ) {
    this.mode = mode;
    this.registry = mode === "highlight-api" ? new HighlightRegistry(win) : null;
    this.registry?.attach();
  }

  /** True while highlights are shown. */
  get on(): boolean {
    return this.visible;
  }

  /** Number of painted ranges per kind. */
  counts(): Record<HighlightKind, number> {
    const counts = { term: 0, citation: 0, directive: 0 };
    for (const { kind } of this.ranges.values()) counts[kind]++;
    return counts;
  }

  /**
   * Paints the annotations of an article, replacing the previous paint. Resolves false when
   * cancelled midway (what was painted stays until the next paint or `clear`).
   */
  async paint(
    article: DomArticle,
    annotations: readonly PlacedAnnotation[],
    cancelled: () => boolean = () => false,
  ): Promise<boolean> {
    this.unwrapMarks();
    const previous = this.ranges;
    const previousCache = this.cache;
    this.ranges = new Map();
    this.cache = new Map();
    const items = annotations.filter((a) => isHighlightKind(a.kind));
    const done = await runSliced(
      items,
      (annotation) => {
        const block = article.blocks[annotation.item.block];
        if (!block || !isHighlightKind(annotation.kind)) return;
        const { start, end } = annotation.item;
        if (end > block.text.length || start >= end) return;
        const key = `${blockKey(block)}\u0000${annotation.kind}:${start}:${end}`;
        const range = previousCache.get(key) ?? rangeFor(block, start, end, this.doc);
        this.cache.set(key, range);
        this.ranges.set(refOf(annotation), { kind: annotation.kind, range });
        if (this.registry && !previousCache.has(key)) this.registry.add(annotation.kind, range);
      },
      cancelled,
    );
    // Ranges no longer painted leave the registry; reused ones were never taken out.
    if (this.registry) {
      const kept = new Set(this.cache.values());
      for (const { kind, range } of previous.values()) {
        if (!kept.has(range)) this.registry.delete(kind, range);
      }
    }
    if (this.mode === "fallback" && this.visible) this.wrapAll();
    return done;
  }

  private wrapAll(): void {
    const items: WrapItem[] = [];
    for (const [ref, { kind, range }] of this.ranges) items.push({ kind, ref, range });
    this.guard(() => this.wrapper.wrap(items));
  }

  private unwrapMarks(): void {
    if (this.wrapper.active) this.guard(() => this.wrapper.unwrap());
  }

  /** Shows or hides the highlights; hiding the fallback restores the page's DOM exactly. */
  setVisible(on: boolean): void {
    if (on === this.visible) return;
    this.visible = on;
    if (this.registry) {
      if (on) this.registry.attach();
      else this.registry.detach();
    } else if (on) {
      this.wrapAll();
    } else {
      this.unwrapMarks();
    }
  }

  /** Takes fallback marks out (before the page's text is read again); `paint` puts them back. */
  unwrapForReading(): void {
    this.unwrapMarks();
  }

  /** The original text point of a point in the page (fallback marks split text nodes). */
  originOf(node: Text, offset: number): [Text, number] {
    return this.wrapper.originOf(node, offset);
  }

  /** True when fallback marks are in the page. */
  get wrapped(): boolean {
    return this.wrapper.active;
  }

  /** A range over an annotation as the page is now, or null when it is not painted. */
  rangeOf(ref: string): Range | null {
    if (this.wrapper.active) {
      const marks = this.wrapper.marksOf(ref);
      const first = marks[0];
      const last = marks[marks.length - 1];
      if (!first || !last) return null;
      const range = this.doc.createRange();
      range.setStartBefore(first);
      range.setEndAfter(last);
      return range;
    }
    return this.ranges.get(ref)?.range ?? null;
  }

  /** Briefly marks a range (after scrolling to it), so the eye finds it. */
  flash(ref: string, range: Range, durationMs = 1600): void {
    this.endFlash();
    if (this.registry) this.registry.add("flash", range);
    else {
      this.flashed = this.wrapper.marksOf(ref);
      for (const mark of this.flashed) mark.setAttribute("data-flash", "");
    }
    this.flashTimer = setTimeout(() => this.endFlash(), durationMs);
  }

  private endFlash(): void {
    if (this.flashTimer) clearTimeout(this.flashTimer);
    this.flashTimer = null;
    this.registry?.clearKind("flash");
    for (const mark of this.flashed) mark.removeAttribute("data-flash");
    this.flashed = [];
  }

  /** Removes every highlight and mark; the page is as it was before painting. */
  clear(): void {
    this.endFlash();
    this.unwrapMarks();
    this.registry?.clear();
    this.ranges = new Map();
    this.cache = new Map();
  }

  /** Clears and unregisters the highlights (the content script is going away). */
  dispose(): void {
    this.clear();
    this.registry?.detach();
  }
}
