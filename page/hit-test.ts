/**
 * What annotation is under the pointer. Highlights get no pointer events, so the text under the
 * pointer is found with `caretPositionFromPoint` (or `caretRangeFromPoint`), mapped to a block
 * offset with `offsetAt`, checked against the character's own box (the caret API also answers
 * in margins), and looked up among the annotations.
 */
import type { DomArticle } from "./adapters";
import { annotationAt, findAnnotation, type PlacedAnnotation } from "./annotations";
import { MARK_TAG } from "./highlight/fallback";
import { offsetAt, rangeFor, type TextPosition } from "./text-index";

/** A caret point: a node and an offset in it. */
export interface CaretPoint {
  readonly node: Node;
  readonly offset: number;
}

interface CaretDocument {
  caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
  caretRangeFromPoint?: (x: number, y: number) => Range | null;
}

/** The caret point at viewport coordinates, with whichever API the browser has. */
export function caretAt(doc: Document, x: number, y: number): CaretPoint | null {
  const caretDoc = doc as unknown as CaretDocument;
  if (typeof caretDoc.caretPositionFromPoint === "function") {
    const position = caretDoc.caretPositionFromPoint.call(doc, x, y);
    return position ? { node: position.offsetNode, offset: position.offset } : null;
  }
  if (typeof caretDoc.caretRangeFromPoint === "function") {
    const range = caretDoc.caretRangeFromPoint.call(doc, x, y);
    return range ? { node: range.startContainer, offset: range.startOffset } : null;
  }
  return null;
}

const contains = (rect: DOMRect, x: number, y: number) =>
  x >= rect.left && x <= rect.right && y >= rect.top && y <= rect.bottom;

/**
 * The text position whose character box holds (x, y), given the caret there. The caret sits
 * between two characters, so both neighbours are tried.
 */
export function positionUnderPointer(
  article: DomArticle,
  caret: CaretPoint,
  x: number,
  y: number,
  doc: Document,
  origin: (node: Text, offset: number) => [Text, number] = (n, o) => [n, o],
): TextPosition | null {
  if (caret.node.nodeType !== 3) return null;
  const [node, offset] = origin(caret.node as Text, caret.offset);
  const position = offsetAt(article, node, offset);
  if (!position) return null;
  const block = article.blocks[position.block];
  if (!block) return null;
  for (const candidate of [position.offset, position.offset - 1]) {
    if (candidate < 0 || candidate >= block.text.length) continue;
    const rects = rangeFor(block, candidate, candidate + 1, doc).getClientRects();
    for (const rect of Array.from(rects)) {
      if (contains(rect, x, y)) return { block: position.block, offset: candidate };
    }
  }
  return null;
}

/** The annotation of the innermost fallback mark at an event target, if any. */
export function annotationOfMark(
  target: EventTarget | null,
  annotations: readonly PlacedAnnotation[],
): PlacedAnnotation | null {
  const element = target as Element | null;
  const mark = typeof element?.closest === "function" ? element.closest(MARK_TAG) : null;
  const ref = mark?.getAttribute("data-ref");
  if (!ref) return null;
  const [kind, index] = ref.split(":");
  if (kind !== "term" && kind !== "citation" && kind !== "directive") return null;
  return findAnnotation(annotations, kind, Number(index)) ?? null;
}

/** The annotation under the pointer, or null. */
export function annotationUnderPointer(
  article: DomArticle,
  annotations: readonly PlacedAnnotation[],
  caret: CaretPoint | null,
  x: number,
  y: number,
  doc: Document,
): PlacedAnnotation | null {
  if (!caret) return null;
  const position = positionUnderPointer(article, caret, x, y, doc);
  return position ? annotationAt(annotations, position) : null;
}

/** The client rect of a range nearest to a point (the line the pointer is on), else its box. */
export function anchorRect(range: Range, x?: number, y?: number): DOMRect {
  const rects = Array.from(range.getClientRects()).filter((r) => r.width > 0 || r.height > 0);
  // Without a pointer (keyboard, popup) the card goes beside the whole span, never over it.
  if (rects.length === 0 || x === undefined || y === undefined) {
    return range.getBoundingClientRect();
  }
  let best = rects[0] as DOMRect;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const rect of rects) {
    const dy = y < rect.top ? rect.top - y : y > rect.bottom ? y - rect.bottom : 0;
    const dx = x < rect.left ? rect.left - x : x > rect.right ? x - rect.right : 0;
    const distance = dy * 1000 + dx;
    if (distance < bestDistance) {
      best = rect;
      bestDistance = distance;
    }
  }
  return best;
}
