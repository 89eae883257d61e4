/**
 * The annotations of an Analysis as the page uses them: one flat list with a stable reference
 * (kind + index in its Analysis list) and a lookup of what covers a text position.
 */
import type { Analysis, CitationMatch, DateMatch, Directive, TermMatch } from "../core/types";
import type { TextPosition } from "./text-index";

/** The kinds of annotation the page can show. */
export type AnnotationKind = "term" | "citation" | "directive" | "date";

/** The kinds painted as highlights (dates are shown only inside directive cards). */
export const HIGHLIGHT_KINDS = ["term", "citation", "directive"] as const;
export type HighlightKind = (typeof HIGHLIGHT_KINDS)[number];

/** One annotation with its place in the Analysis lists. */
export type PlacedAnnotation =
  | { readonly kind: "term"; readonly index: number; readonly item: TermMatch }
  | { readonly kind: "citation"; readonly index: number; readonly item: CitationMatch }
  | { readonly kind: "directive"; readonly index: number; readonly item: Directive }
  | { readonly kind: "date"; readonly index: number; readonly item: DateMatch };

/** "term:3": a key for maps and `data-ref` attributes. */
export function refOf(annotation: { kind: AnnotationKind; index: number }): string {
  return `${annotation.kind}:${annotation.index}`;
}

/** Every annotation of an Analysis, in list order per kind. */
export function placeAnnotations(analysis: Analysis): PlacedAnnotation[] {
  return [
    ...analysis.terms.map((item, index) => ({ kind: "term" as const, index, item })),
    ...analysis.citations.map((item, index) => ({ kind: "citation" as const, index, item })),
    ...analysis.directives.map((item, index) => ({ kind: "directive" as const, index, item })),
    ...analysis.dates.map((item, index) => ({ kind: "date" as const, index, item })),
  ];
}

/** The annotation of `kind` at `index`, if the Analysis has one. */
export function findAnnotation(
  annotations: readonly PlacedAnnotation[],
  kind: AnnotationKind,
  index: number,
): PlacedAnnotation | undefined {
  return annotations.find((a) => a.kind === kind && a.index === index);
}

// When spans nest, the most specific wins the card: a citation or term inside a directive.
const HIT_PRIORITY: Readonly<Record<AnnotationKind, number>> = {
  citation: 0,
  term: 1,
  date: 2,
  directive: 3,
};

/**
 * The highlighted annotation covering a text position, most specific first, or null. Only kinds
 * in `kinds` are considered (dates are not painted, so the pointer cannot find them).
 */
export function annotationAt(
  annotations: readonly PlacedAnnotation[],
  position: TextPosition,
  kinds: readonly AnnotationKind[] = HIGHLIGHT_KINDS,
): PlacedAnnotation | null {
  let best: PlacedAnnotation | null = null;
  for (const annotation of annotations) {
    const { block, start, end } = annotation.item;
    if (block !== position.block || position.offset < start || position.offset >= end) continue;
    if (!kinds.includes(annotation.kind)) continue;
    if (!best || HIT_PRIORITY[annotation.kind] < HIT_PRIORITY[best.kind]) best = annotation;
  }
  return best;
}
