/**
 * The matching view of a block's text for citations and dates: the case-preserving normalized
 * view from `core/normalize` (NFC, one tone-mark convention, plain spaces and hyphens, Ð → Đ),
 * with its map back to original offsets. Case is kept because capitals carry meaning here:
 * "Luật Giá" is a law, "luật sư" is a lawyer; "NĐ" is a decree, "nđ" is nothing.
 */
import { blockUnits, textUnits } from "../block-units";
import { originalEnd, type UnitViews, unitsToString } from "../normalize";
import type { TextBlock } from "../types";

/** The normalized text and, for each view index (plus one past the end), its original offset. */
export interface TextView {
  readonly original: string;
  readonly text: string;
  readonly toOriginal: ArrayLike<number>;
}

/** Offset maps of short blocks are cut from shared chunks of this many entries. */
const CHUNK_UNITS = 1 << 16;
let chunk = new Uint32Array(0);
let chunkUsed = 0;

/**
 * A copy of the first `length` offsets. Short maps share a chunk (one allocation for many
 * blocks instead of one each); long ones get their own array.
 */
function offsetsCopy(offsets: Uint32Array, length: number): Uint32Array {
  if (length > CHUNK_UNITS / 8) return offsets.slice(0, length);
  if (chunkUsed + length > chunk.length) {
    chunk = new Uint32Array(CHUNK_UNITS);
    chunkUsed = 0;
  }
  const copy = chunk.subarray(chunkUsed, chunkUsed + length);
  copy.set(offsets.subarray(0, length));
  chunkUsed += length;
  return copy;
}

/**
 * Builds the matching view of `original`: the `cased` view and map of `normalizeViews`, without
 * allocating fresh buffers for every block (most of the cost of the view). Linear in the length
 * of the text.
 */
export function textView(original: string): TextView {
  return viewOf(original, textUnits(original));
}

/** The view of `original` from its normalized units. */
function viewOf(original: string, units: UnitViews): TextView {
  return {
    original,
    text: unitsToString(units.cased, 0, units.length),
    toOriginal: offsetsCopy(units.toOriginal, units.length + 1),
  };
}

/**
 * Views of the blocks seen last, so citations and dates (which both match on this view) build it
 * once per block. Weak: a view lives only as long as its block object.
 */
const viewsByBlock = new WeakMap<TextBlock, TextView>();

/** The matching view of a block's text, built once per block object (and text). */
export function blockView(block: TextBlock): TextView {
  const known = viewsByBlock.get(block);
  if (known && known.original === block.text) return known;
  // The term matcher has usually just normalized this block: its units are reused.
  const view = viewOf(block.text, blockUnits(block));
  viewsByBlock.set(block, view);
  return view;
}

/** Original [start, end) of the view range [start, end). */
export function originalSpan(view: TextView, start: number, end: number): [number, number] {
  return [view.toOriginal[start] ?? 0, originalEnd(view.original, view.toOriginal, end)];
}
