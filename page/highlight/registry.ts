/**
 * Highlights through the CSS Custom Highlight API: one named highlight per kind
 * (`policy-lens-term`, `policy-lens-citation`, `policy-lens-directive`) holding DOM ranges. The
 * page's DOM is never touched; ranges are live, so they follow edits the page makes itself.
 */
import { HIGHLIGHT_KINDS, type HighlightKind } from "../annotations";

/** Registered name of a kind's highlight, as used in `::highlight(…)`. */
export function highlightName(kind: HighlightKind | "flash"): string {
  return `policy-lens-${kind}`;
}

// Where highlights overlap, the more specific one paints its decoration on top.
const PRIORITY: Readonly<Record<HighlightKind | "flash", number>> = {
  directive: 1,
  term: 2,
  citation: 3,
  flash: 4,
};

interface HighlightLike {
  add(range: AbstractRange): unknown;
  delete(range: AbstractRange): boolean;
  clear(): void;
  readonly size: number;
  priority: number;
}

interface HighlightRegistryLike {
  set(name: string, highlight: HighlightLike): unknown;
  get(name: string): HighlightLike | undefined;
  delete(name: string): boolean;
}

type HighlightConstructor = new (...ranges: AbstractRange[]) => HighlightLike;

/** The page's highlight registry and constructor, or null where the API is missing. */
function highlightApi(win: Window): {
  registry: HighlightRegistryLike;
  Highlight: HighlightConstructor;
} | null {
  const scope = win as unknown as {
    CSS?: { highlights?: HighlightRegistryLike };
    Highlight?: HighlightConstructor;
  };
  const registry = scope.CSS?.highlights;
  const Highlight = scope.Highlight;
  return registry && typeof Highlight === "function" ? { registry, Highlight } : null;
}

/** True when the window supports the CSS Custom Highlight API. */
export function supportsHighlightApi(win: Window): boolean {
  return highlightApi(win) !== null;
}

/** The registered highlights of one page. */
export class HighlightRegistry {
  private readonly highlights = new Map<HighlightKind | "flash", HighlightLike>();
  private readonly registry: HighlightRegistryLike;

  constructor(win: Window) {
    const api = highlightApi(win);
    if (!api) throw new Error("CSS Custom Highlight API unavailable");
    this.registry = api.registry;
    for (const kind of [...HIGHLIGHT_KINDS, "flash"] as const) {
      const highlight = new api.Highlight();
      highlight.priority = PRIORITY[kind];
      this.highlights.set(kind, highlight);
    }
  }

  /** Shows the highlights (registers them with the page). */
  attach(): void {
    for (const [kind, highlight] of this.highlights) {
      this.registry.set(highlightName(kind), highlight);
    }
  }

  /** Hides the highlights without forgetting their ranges. */
  detach(): void {
    for (const kind of this.highlights.keys()) this.registry.delete(highlightName(kind));
  }

  add(kind: HighlightKind | "flash", range: Range): void {
    this.highlights.get(kind)?.add(range);
  }

  /** Adds many ranges of one kind in one go (one task, so the page renders them once). */
  addAll(kind: HighlightKind | "flash", ranges: readonly Range[]): void {
    const highlight = this.highlights.get(kind);
    if (!highlight) return;
    for (const range of ranges) highlight.add(range);
  }

  delete(kind: HighlightKind | "flash", range: Range): void {
    this.highlights.get(kind)?.delete(range);
  }

  /** Number of ranges of a kind. */
  size(kind: HighlightKind | "flash"): number {
    return this.highlights.get(kind)?.size ?? 0;
  }

  /** Removes every range of one kind. */
  clearKind(kind: HighlightKind | "flash"): void {
    this.highlights.get(kind)?.clear();
  }

  clear(): void {
    for (const highlight of this.highlights.values()) highlight.clear();
  }
}
