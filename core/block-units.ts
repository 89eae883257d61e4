/**
 * The normalized views of the block read last, shared by the stages that read a block one after
 * another (the term matcher, then citations and dates): each block is normalized once, not once
 * per stage. Pure: a one-entry cache of `normalizeUnits`.
 */
import { newUnitViews, normalizeUnits, type UnitViews } from "./normalize";
import type { TextBlock } from "./types";

/** Buffers of the last views (replaced, not kept, after a very long block). */
let buffers = newUnitViews();
const KEPT_BUFFER_UNITS = 1 << 16;

/** The block and text the buffers hold the views of (null = none). */
let lastBlock: TextBlock | null = null;
let lastText = "";

/**
 * Both normalized views of `block.text` (see `normalizeUnits`). The result is scratch space:
 * use it before the next call for another block, which overwrites it.
 */
export function blockUnits(block: TextBlock): UnitViews {
  if (block === lastBlock && block.text === lastText) return buffers;
  if (buffers.cased.length > KEPT_BUFFER_UNITS) buffers = newUnitViews();
  const units = normalizeUnits(block.text, buffers);
  buffers = units;
  lastBlock = block;
  lastText = block.text;
  return units;
}

/** Normalizes `text` into the shared buffers (for a text that is not a block); see `blockUnits`. */
export function textUnits(text: string): UnitViews {
  if (buffers.cased.length > KEPT_BUFFER_UNITS) buffers = newUnitViews();
  const units = normalizeUnits(text, buffers);
  buffers = units;
  lastBlock = null;
  return units;
}
