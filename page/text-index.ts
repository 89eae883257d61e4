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

/** HTML's ASCII whitespace (space, tab, LF, CR, FF); NBSP (U+00A0) is text and stays. */
function isCollapsible(code: number): boolean {
  return code === 0x20 || code === 0x0a || code === 0x09 || code === 0x0d || code === 0x0c;
}

/** Whitespace that a node's text cannot keep as it is: a tab or line break, or two spaces. */
const IRREGULAR_SPACE = /[\t\n\r\f]| {2}/;

/** A segment while it is being built (its end grows as neighbouring runs join it). */
interface OpenSegment {
  node: Text;
  nodeStart: number;
  start: number;
  end: number;
  virtual?: boolean;
}

/**
 * Builds the collapsed text of a block and its segment map. A node whose words are apart by
 * single spaces (most of them) is appended whole after one native regex test; others take one pass
 * by code unit: runs of text are appended whole (no string or object per character), and a
 * segment that continues the previous one in the same node extends it instead of adding another.
 */
export function buildBlockText(source: TextSource): { text: string; segments: TextSegment[] } {
  const parts: string[] = [];
  let length = 0;
  const segments: OpenSegment[] = [];
  let last: OpenSegment | null = null;
  // Where a pending collapsed space would map: a real whitespace character, or a <br>.
  let pendingNode: Text | null = null;
  let pendingOffset = 0;
  let pendingVirtual = false;
  let lastNode: Text | null = null;

  const emit = (node: Text, nodeStart: number, runLength: number, virtual: boolean) => {
    const start = length;
    length += runLength;
    if (
      last &&
      !virtual &&
      !last.virtual &&
      last.node === node &&
      last.end === start &&
      last.nodeStart + (last.end - last.start) === nodeStart
    ) {
      last.end = length;
      return;
    }
    last = virtual
      ? { node, nodeStart, start, end: length, virtual: true }
      : { node, nodeStart, start, end: length };
    segments.push(last);
  };

  /** A collapsible space at (node, offset): it stands for its run unless one is pending. */
  const space = (node: Text, offset: number, virtual: boolean) => {
    if (length > 0 && !pendingNode) {
      pendingNode = node;
      pendingOffset = offset;
      pendingVirtual = virtual;
    }
  };
  /** Appends data[from, to) of a node, after the pending space if there is one. */
  const run = (node: Text, data: string, from: number, to: number) => {
    if (pendingNode) {
      emit(pendingNode, pendingOffset, 1, pendingVirtual);
      parts.push(" ");
      pendingNode = null;
    }
    emit(node, from, to - from, false);
    parts.push(from === 0 && to === data.length ? data : data.slice(from, to));
  };

  for (const item of source) {
    if (item === null) {
      if (lastNode) space(lastNode, lastNode.data.length, true);
      continue;
    }
    const data = item.data;
    lastNode = item;
    const n = data.length;
    if (!IRREGULAR_SPACE.test(data)) {
      // The usual text node: words apart by single spaces. Only a space at either end can
      // collapse, so the run between maps one-to-one and is appended whole.
      let from = 0;
      let to = n;
      if (n > 0 && data.charCodeAt(0) === 0x20) {
        space(item, 0, false);
        from = 1;
      }
      const trailing = to > from && data.charCodeAt(to - 1) === 0x20;
      if (trailing) to--;
      if (from < to) run(item, data, from, to);
      if (trailing) space(item, to, false);
      continue;
    }
    let i = 0;
    while (i < n) {
      if (isCollapsible(data.charCodeAt(i))) {
        space(item, i, false);
        i++;
        continue;
      }
      let end = i + 1;
      while (end < n && !isCollapsible(data.charCodeAt(end))) end++;
      run(item, data, i, end);
      i = end;
    }
  }
  return { text: parts.join(""), segments };
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
