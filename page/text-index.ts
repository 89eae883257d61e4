/**
 * The text of a block as a reader sees it, with a map back to the DOM text nodes it came from.
 * Whitespace runs (space, tab, newline, CR, FF — not NBSP) collapse to one space and the text is
 * trimmed, like rendered text; every character of the result remembers its text node and offset,
 * so an annotation's [start, end) becomes a DOM Range and a caret position becomes an offset.
 */
import type { BlockKind } from "../core/types";

/**
 * A run of block text [start, end) that maps one-to-one onto `node.data` from `nodeStart`.
 * A `virtual` segment is the single space that stands for a `<br>`: it has no character in the
 * DOM and maps to the zero-width position (node, nodeStart).
 */
export interface TextSegment {
  readonly node: Text;
  readonly nodeStart: number;
  readonly start: number;
  readonly end: number;
  readonly virtual?: boolean;
}

/** One article block in the page: its reader-visible text and where each character lives. */
export interface DomBlock {
  readonly index: number;
  readonly kind: BlockKind;
  readonly text: string;
  /** The element holding the block (for anonymous runs of inline text, their parent). */
  readonly element: Element;
  /** Sorted by `start`, non-overlapping, covering every character of `text`. */
  readonly segments: readonly TextSegment[];
}

/** Source of a block's text: its text nodes in document order, `null` marking a line break. */
export type TextSource = readonly (Text | null)[];

// HTML's ASCII whitespace; NBSP (U+00A0) is text and stays (core normalizes it).
const COLLAPSIBLE = /[ \t\n\r\f]/;

/** Builds the collapsed text of a block and its segment map. */
export function buildBlockText(source: TextSource): { text: string; segments: TextSegment[] } {
  let text = "";
  const segments: TextSegment[] = [];
  let current: { node: Text; nodeStart: number; start: number } | null = null;
  // Where a pending collapsed space would map: a real whitespace character, or a <br>.
  let pending: { node: Text; offset: number; virtual: boolean } | null = null;
  let lastNode: Text | null = null;

  const close = () => {
    if (current && text.length > current.start) {
      segments.push({ ...current, end: text.length });
    }
    current = null;
  };

  for (const item of source) {
    if (item === null) {
      if (text.length > 0 && !pending && lastNode) {
        pending = { node: lastNode, offset: lastNode.data.length, virtual: true };
      }
      continue;
    }
    const data = item.data;
    lastNode = item;
    close();
    for (let i = 0; i < data.length; i++) {
      const ch = data.charAt(i);
      if (COLLAPSIBLE.test(ch)) {
        if (text.length > 0 && !pending) pending = { node: item, offset: i, virtual: false };
        close();
        continue;
      }
      if (pending) {
        close();
        segments.push({
          node: pending.node,
          nodeStart: pending.offset,
          start: text.length,
          end: text.length + 1,
          ...(pending.virtual ? { virtual: true } : {}),
        });
        text += " ";
        pending = null;
      }
      if (!current) current = { node: item, nodeStart: i, start: text.length };
      text += ch;
    }
    close();
  }
  return { text, segments: mergeSegments(segments) };
}

/** Joins neighbouring segments that continue in the same node (fewer segments to search). */
function mergeSegments(segments: TextSegment[]): TextSegment[] {
  const merged: TextSegment[] = [];
  for (const segment of segments) {
    const last = merged[merged.length - 1];
    if (
      last &&
      !last.virtual &&
      !segment.virtual &&
      last.node === segment.node &&
      last.end === segment.start &&
      last.nodeStart + (last.end - last.start) === segment.nodeStart
    ) {
      merged[merged.length - 1] = { ...last, end: segment.end };
    } else {
      merged.push(segment);
    }
  }
  return merged;
}

/** The segment holding character `offset` (binary search), or undefined past the end. */
function segmentAt(block: DomBlock, offset: number): TextSegment | undefined {
  const segments = block.segments;
  let lo = 0;
  let hi = segments.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const segment = segments[mid] as TextSegment;
    if (offset < segment.start) hi = mid - 1;
    else if (offset >= segment.end) lo = mid + 1;
    else return segment;
  }
  return undefined;
}

/** DOM position of the boundary before character `offset`. */
function positionBefore(block: DomBlock, offset: number): [Text, number] {
  const segment = segmentAt(block, offset);
  if (!segment) throw new RangeError(`offset ${offset} outside block ${block.index}`);
  return [
    segment.node,
    segment.virtual ? segment.nodeStart : segment.nodeStart + offset - segment.start,
  ];
}

/** DOM position of the boundary after character `offset`. */
function positionAfter(block: DomBlock, offset: number): [Text, number] {
  const segment = segmentAt(block, offset);
  if (!segment) throw new RangeError(`offset ${offset} outside block ${block.index}`);
  return [
    segment.node,
    segment.virtual ? segment.nodeStart : segment.nodeStart + offset - segment.start + 1,
  ];
}

/**
 * A DOM Range covering block.text[start, end): from the node of the first character to just
 * after the last one, across inline elements. Throws a RangeError for offsets outside the text.
 */
export function rangeFor(block: DomBlock, start: number, end: number, doc: Document): Range {
  if (start < 0 || end > block.text.length || start > end) {
    throw new RangeError(`[${start}, ${end}) outside block ${block.index} (${block.text.length})`);
  }
  const range = doc.createRange();
  if (block.text.length === 0) {
    range.selectNodeContents(block.element);
    range.collapse(true);
    return range;
  }
  if (start === end) {
    const [node, offset] =
      start < block.text.length
        ? positionBefore(block, start)
        : positionAfter(block, block.text.length - 1);
    range.setStart(node, offset);
    range.collapse(true);
    return range;
  }
  const [startNode, startOffset] = positionBefore(block, start);
  const [endNode, endOffset] = positionAfter(block, end - 1);
  range.setStart(startNode, startOffset);
  range.setEnd(endNode, endOffset);
  return range;
}

/** A place in the article's text: a block index and an offset into its text. */
export interface TextPosition {
  readonly block: number;
  readonly offset: number;
}

/** Anything holding blocks: one block, or an extracted article. */
export type BlockSource = DomBlock | { readonly blocks: readonly DomBlock[] };

// Text node → blocks that read it, built once per block list (hit-testing runs on pointermove).
const nodeIndexCache = new WeakMap<readonly DomBlock[], WeakMap<Text, DomBlock>>();

function blockOfNode(blocks: readonly DomBlock[], node: Text): DomBlock | undefined {
  let index = nodeIndexCache.get(blocks);
  if (!index) {
    index = new WeakMap();
    for (const block of blocks) {
      for (const segment of block.segments) index.set(segment.node, block);
    }
    nodeIndexCache.set(blocks, index);
  }
  return index.get(node);
}

/** Resolves a boundary point (node, offset) to a text node and offset inside it, if possible. */
function toTextPoint(node: Node, offset: number): [Text, number] | null {
  if (node.nodeType === 3) return [node as Text, offset];
  const child = node.childNodes[offset] ?? null;
  const start = child ?? node.lastChild;
  if (!start) return null;
  if (start.nodeType === 3) return [start as Text, child ? 0 : (start as Text).data.length];
  const doc = node.ownerDocument;
  if (!doc) return null;
  const walker = doc.createTreeWalker(start, 4 /* NodeFilter.SHOW_TEXT */);
  const text = walker.nextNode() as Text | null;
  return text ? [text, child ? 0 : text.data.length] : null;
}

/**
 * The block text position of a DOM point (as from `caretPositionFromPoint`), or null when the
 * point is not in the blocks' text. A point inside collapsed whitespace maps to the next
 * character of the block text (or its end).
 */
export function offsetAt(source: BlockSource, node: Node, offset: number): TextPosition | null {
  const point = toTextPoint(node, offset);
  if (!point) return null;
  const [text, textOffset] = point;
  const block =
    "segments" in source
      ? source.segments.some((s) => s.node === text)
        ? source
        : undefined
      : blockOfNode(source.blocks, text);
  if (!block) return null;
  let after: number | null = null;
  let before: number | null = null;
  for (const segment of block.segments) {
    if (segment.node !== text || segment.virtual) continue;
    const length = segment.end - segment.start;
    if (textOffset >= segment.nodeStart && textOffset < segment.nodeStart + length) {
      return { block: block.index, offset: segment.start + textOffset - segment.nodeStart };
    }
    if (segment.nodeStart >= textOffset && (after === null || segment.start < after)) {
      after = segment.start;
    }
    if (segment.nodeStart + length <= textOffset) before = segment.end;
  }
  const offsetInBlock = after ?? before;
  return offsetInBlock === null ? null : { block: block.index, offset: offsetInBlock };
}
