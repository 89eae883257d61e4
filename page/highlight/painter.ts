/**
 * Paints an article's annotations: with the CSS Custom Highlight API where the browser has it,
 * else with fallback marks. Ranges are built in slices that yield to the page, and ranges of
 * blocks that did not change are reused when the article is painted again. On very long articles
 * ranges are built only near the viewport (range-window.ts).
 */
import type { DomArticle } from "../adapters";
import { HIGHLIGHT_KINDS, type HighlightKind, type PlacedAnnotation, refOf } from "../annotations";
import { runSliced } from "../schedule";
import { type DomBlock, rangeFor } from "../text-index";
import { MarkWrapper, type WrapItem } from "./fallback";
import { RangeWindow, WINDOW_LIMIT, type WindowEntry } from "./range-window";
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

/**
 * Ranges of one paint by block identity (element and text), then by kind and span. Two levels,
 * so each block's long key is hashed once per paint rather than once per annotation.
 */
type RangeCache = Map<string, Map<string, Range>>;

/** New ranges of one paint, by kind: registered together when the paint is complete. */
type PendingRanges = Record<HighlightKind, Range[]>;

/** One painted annotation: where it is, and its range (built lazily on very long articles). */
interface PaintEntry extends WindowEntry {
  readonly annotation: PlacedAnnotation;
  readonly block: DomBlock;
  readonly start: number;
  readonly end: number;
}

export class Painter {
  readonly mode: PaintMode;
  private readonly registry: HighlightRegistry | null;
  private readonly wrapper = new MarkWrapper();
  /** The entries of the current paint, in the order of the annotations. */
  private entries: PaintEntry[] = [];
  /** Entry by annotation ref, made on first lookup (most paints are never looked up by ref). */
  private byRef: Map<string, PaintEntry> | null = null;
  /** Ranges by block identity and span, reused when an unchanged block is painted again. */
  private cache: RangeCache = new Map();
  private visible = true;
  /**
   * Runs each change the painter makes to the page's DOM (fallback marks only); the controller
   * sets it to keep its mutation observer from taking our own changes for the page's.
   */
  guard: (change: () => void) => void = (change) => change();
  private flashTimer: ReturnType<typeof setTimeout> | null = null;
  private flashed: Element[] = [];
  /** On very long articles, the ranges near the viewport (see range-window.ts). */
  private readonly window: RangeWindow<PaintEntry> | null;

  constructor(
    private readonly doc: Document,
    win: Window,
    mode: PaintMode,
    private readonly windowLimit = WINDOW_LIMIT,
  ) {
    this.mode = mode;
    this.registry = mode === "highlight-api" ? new HighlightRegistry(win) : null;
    this.registry?.attach();
    // Following the viewport needs scroll events and animation frames.
    const followsScroll =
      typeof win.addEventListener === "function" && typeof win.requestAnimationFrame === "function";
    this.window =
      this.registry && followsScroll
        ? new RangeWindow<PaintEntry>(
            win,
            this.registry,
            (entry) => this.tryRange(entry.block, entry.start, entry.end),
            windowLimit,
          )
        : null;
  }

  /** True when only the ranges near the viewport are registered (a very long article). */
  get windowed(): boolean {
    return this.window?.active ?? false;
  }

  /** True while highlights are shown. */
  get on(): boolean {
    return this.visible;
  }

  /** Number of painted ranges per kind. */
  counts(): Record<HighlightKind, number> {
    const counts = { term: 0, citation: 0, directive: 0 };
    for (const { kind } of this.entries) counts[kind]++;
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
    const previous = this.entries;
    const previousCache = this.cache;
    this.entries = [];
    this.byRef = null;
    this.cache = new Map();
    const items = annotations.filter((a) => isHighlightKind(a.kind));
    // A very long article: ranges are built later, near the viewport only.
    const lazy = this.window !== null && items.length > this.windowLimit;
    // Per block of this paint: its ranges, and the previous paint's ranges of the same block.
    const blockCaches = new Map<DomBlock, [Map<string, Range>, Map<string, Range> | undefined]>();
    const pending: PendingRanges = { term: [], citation: [], directive: [] };
    // Entries by block element in reading order, for the viewport window (long articles only).
    const groups = new Map<Element, PaintEntry[]>();
    const done = await runSliced(
      items,
      (annotation) => {
        const block = article.blocks[annotation.item.block];
        if (!block || !isHighlightKind(annotation.kind)) return;
        const { start, end } = annotation.item;
        if (end > block.text.length || start >= end) return;
        const kind = annotation.kind;
        let range: Range | null = null;
        if (!lazy) {
          range = this.cachedRange(block, kind, start, end, blockCaches, previousCache, pending);
          if (!range) return;
        }
        const entry: PaintEntry = { kind, range, annotation, block, start, end };
        this.entries.push(entry);
        if (!lazy) return;
        let group = groups.get(block.element);
        if (!group) {
          group = [];
          groups.set(block.element, group);
        }
        group.push(entry);
      },
      cancelled,
    );
    // All new ranges enter the page's highlights at once, also when cancelled midway (what was
    // built stays until the next paint or `clear`): registering them one by one as slices ran
    // made every frame between slices render all ranges so far, quadratic on long pages.
    if (this.registry && this.window && this.entries.length > this.windowLimit) {
      this.registry.clear();
      this.window.show(groups);
    } else if (this.registry && (lazy || this.window?.active)) {
      // Short enough to register every range (again): the window stops, all ranges are built.
      this.window?.stop();
      this.registry.clear();
      const built: PaintEntry[] = [];
      for (const entry of this.entries) {
        entry.range ??= this.tryRange(entry.block, entry.start, entry.end);
        if (!entry.range) continue;
        this.registry.add(entry.kind, entry.range);
        built.push(entry);
      }
      this.entries = built;
    } else if (this.registry) {
      const kept = new Set<Range>();
      for (const ranges of this.cache.values())
        for (const range of ranges.values()) kept.add(range);
      for (const { kind, range } of previous) {
        if (range && !kept.has(range)) this.registry.delete(kind, range);
      }
      for (const kind of HIGHLIGHT_KINDS) this.registry.addAll(kind, pending[kind]);
    }
    if (this.mode === "fallback" && this.visible) this.wrapAll();
    return done;
  }

  /**
   * The range of a span of a block: the previous paint's when the block is unchanged, else a new
   * one (queued in `pending` for registration). Null when the block's text moved.
   */
  private cachedRange(
    block: DomBlock,
    kind: HighlightKind,
    start: number,
    end: number,
    blockCaches: Map<DomBlock, [Map<string, Range>, Map<string, Range> | undefined]>,
    previousCache: RangeCache,
    pending: PendingRanges,
  ): Range | null {
    let caches = blockCaches.get(block);
    if (!caches) {
      const key = blockKey(block);
      let current = this.cache.get(key);
      if (!current) {
        current = new Map();
        this.cache.set(key, current);
      }
      caches = [current, previousCache.get(key)];
      blockCaches.set(block, caches);
    }
    const key = `${kind}:${start}:${end}`;
    const reused = caches[1]?.get(key);
    const range = reused ?? caches[0].get(key) ?? this.tryRange(block, start, end);
    if (!range) return null;
    if (!reused && !caches[0].has(key)) pending[kind].push(range);
    caches[0].set(key, range);
    return range;
  }

  /**
   * A range over block text [start, end), or null when the page changed the block's text nodes
   * since extraction (between slices): that span is skipped, and the page's change brings a new
   * extraction and paint.
   */
  private tryRange(block: DomBlock, start: number, end: number): Range | null {
    try {
      return rangeFor(block, start, end, this.doc);
    } catch {
      return null;
    }
  }

  private wrapAll(): void {
    const items: WrapItem[] = [];
    for (const { kind, range, annotation } of this.entries) {
      if (range) items.push({ kind, ref: refOf(annotation), range });
    }
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
    if (!this.byRef) {
      this.byRef = new Map();
      for (const entry of this.entries) this.byRef.set(refOf(entry.annotation), entry);
    }
    return this.byRef.get(ref)?.range ?? null;
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
    this.window?.stop();
    this.unwrapMarks();
    this.registry?.clear();
    this.entries = [];
    this.byRef = null;
    this.cache = new Map();
  }

  /** Clears and unregisters the highlights (the content script is going away). */
  dispose(): void {
    this.clear();
    this.registry?.detach();
  }
}
