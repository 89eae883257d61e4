/**
 * The matching view of a block's text for citations and dates: the case-preserving normalized
 * view from `core/normalize` (NFC, one tone-mark convention, plain spaces and hyphens, Ð → Đ),
 * with its map back to original offsets. Case is kept because capitals carry meaning here:
 * "Luật Giá" is a law, "luật sư" is a lawyer; "NĐ" is a decree, "nđ" is nothing.
 */
import { normalizeViews, originalEnd } from "../normalize";

/** The normalized text and, for each view index (plus one past the end), its original offset. */
export interface TextView {
  readonly original: string;
  readonly text: string;
  readonly toOriginal: ArrayLike<number>;
}

/** Builds the matching view of `original`. Linear in the length of the text. */
export function textView(original: string): TextView {
  const views = normalizeViews(original);
  return { original, text: views.cased, toOriginal: views.toOriginal };
}

/** Original [start, end) of the view range [start, end). */
export function originalSpan(view: TextView, start: number, end: number): [number, number] {
  return [view.toOriginal[start] ?? 0, originalEnd(view.original, view.toOriginal, end)];
}
