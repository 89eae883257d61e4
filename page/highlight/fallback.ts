/**
 * The fallback highlighter, for browsers without the CSS Custom Highlight API: wraps the text of
 * each range in a `<policy-lens-mark>` element. Text nodes are split only at range ends,
 * whitespace-only runs are never wrapped (so no mark lands where a table or list allows only
 * structure), and `unwrap` restores the original nodes exactly: the first piece of every split
 * node is the original node, so maps built on the untouched page stay valid afterwards.
 */
import type { HighlightKind } from "../annotations";

/** The custom element that carries a fallback highlight (page CSS aimed at span misses it). */
export const MARK_TAG = "policy-lens-mark";

/** One range to wrap, with the kind it shows and the annotation it belongs to. */
export interface WrapItem {
  readonly kind: HighlightKind;
  readonly ref: string;
  readonly range: Range;
}

interface TextPart {
  readonly node: Text;
  readonly start: number;
  readonly end: number;
}

// Elements whose children may only be structure; text (and so marks) never belongs there.
const STRUCTURAL_PARENTS = new Set([
  "TABLE",
  "THEAD",
  "TBODY",
  "TFOOT",
  "TR",
  "COLGROUP",
  "UL",
  "OL",
  "DL",
  "SELECT",
  "OPTGROUP",
  "DATALIST",
]);
const WHITESPACE_ONLY = /^[ \t\n\r\f]*$/;
// Wrap order: outer marks first, so a term inside a directive ends up the innermost mark.
const WRAP_ORDER: Readonly<Record<HighlightKind, number>> = { directive: 0, term: 1, citation: 2 };

/** The parts of text nodes a range covers, in document order. */
function textParts(range: Range): TextPart[] {
  const root = range.commonAncestorContainer as Node | null;
  // The page may have removed the text between painting and wrapping: nothing left to wrap.
  if (!root || !range.startContainer.isConnected || !range.endContainer.isConnected) return [];
  if (root.nodeType === 3) {
    return [{ node: root as Text, start: range.startOffset, end: range.endOffset }];
  }
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  const parts: TextPart[] = [];
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    if (!range.intersectsNode(node)) continue;
    const start = node === range.startContainer ? range.startOffset : 0;
    const end = node === range.endContainer ? range.endOffset : node.data.length;
    if (end > start) parts.push({ node, start, end });
  }
  return parts;
}

/** Wraps ranges in marks and takes them out again. One instance per page. */
export class MarkWrapper {
  /** Original node → its pieces after splitting (pieces[0] is the original node). */
  private readonly splits = new Map<Text, Text[]>();
  private readonly pieceOrigin = new WeakMap<Text, { original: Text; offset: number }>();
  private marks: Element[] = [];

  /** True while marks are in the page. */
  get active(): boolean {
    return this.marks.length > 0;
  }

  /** Wraps every item; call `unwrap` before wrapping a new set. */
  wrap(items: readonly WrapItem[]): void {
    if (this.active) this.unwrap();
    const sorted = [...items].sort((a, b) => WRAP_ORDER[a.kind] - WRAP_ORDER[b.kind]);
    const planned = sorted.map((item) => ({ item, parts: textParts(item.range) }));
    // Split every node at all range ends first, so no later split moves a wrapped piece.
    const cuts = new Map<Text, Set<number>>();
    for (const { parts } of planned) {
      for (const part of parts) {
        const set = cuts.get(part.node) ?? new Set<number>();
        set.add(part.start).add(part.end);
        cuts.set(part.node, set);
      }
    }
    const pieceStarts = new Map<Text, number[]>();
    for (const [node, offsets] of cuts) {
      const inner = [...offsets].filter((o) => o > 0 && o < node.data.length).sort((a, b) => a - b);
      const pieces: Text[] = [node];
      let current = node;
      let consumed = 0;
      for (const offset of inner) {
        current = current.splitText(offset - consumed);
        consumed = offset;
        pieces.push(current);
      }
      if (pieces.length > 1) this.splits.set(node, pieces);
      pieceStarts.set(node, [0, ...inner]);
      pieces.forEach((piece, i) => {
        this.pieceOrigin.set(piece, { original: node, offset: i === 0 ? 0 : (inner[i - 1] ?? 0) });
      });
    }
    for (const { item, parts } of planned) {
      for (const part of parts) {
        const pieces = this.splits.get(part.node) ?? [part.node];
        const starts = pieceStarts.get(part.node) ?? [0];
        pieces.forEach((piece, i) => {
          const start = starts[i] ?? 0;
          if (start >= part.start && start < part.end) this.wrapPiece(piece, item);
        });
      }
    }
  }

  private wrapPiece(piece: Text, item: WrapItem): void {
    const parent = piece.parentNode;
    if (!parent || WHITESPACE_ONLY.test(piece.data)) return;
    if (parent.nodeType === 1 && STRUCTURAL_PARENTS.has((parent as Element).tagName)) return;
    const mark = (piece.ownerDocument as Document).createElement(MARK_TAG);
    mark.setAttribute("data-kind", item.kind);
    mark.setAttribute("data-ref", item.ref);
    parent.insertBefore(mark, piece);
    mark.appendChild(piece);
    this.marks.push(mark);
  }

  /** Removes every mark and joins split text nodes back into their original nodes. */
  unwrap(): void {
    for (const mark of this.marks.reverse()) {
      const parent = mark.parentNode;
      if (!parent) continue;
      while (mark.firstChild) parent.insertBefore(mark.firstChild, mark);
      parent.removeChild(mark);
    }
    this.marks = [];
    for (const [original, pieces] of this.splits) {
      original.data = pieces.map((piece) => piece.data).join("");
      for (const piece of pieces.slice(1)) piece.parentNode?.removeChild(piece);
    }
    this.splits.clear();
  }

  /** The original text node and offset of a point in a (possibly split) text node. */
  originOf(node: Text, offset: number): [Text, number] {
    const origin = this.pieceOrigin.get(node);
    return origin && this.active ? [origin.original, origin.offset + offset] : [node, offset];
  }

  /** The marks of one annotation, in document order. */
  marksOf(ref: string): Element[] {
    return this.marks
      .filter((mark) => mark.getAttribute("data-ref") === ref)
      .sort((a, b) => (a.compareDocumentPosition(b) & 4 ? -1 : 1));
  }

  /** True for nodes the wrapper put in the page (for mutation filtering). */
  owns(node: Node): boolean {
    return node.nodeType === 1 && (node as Element).tagName.toLowerCase() === MARK_TAG;
  }
}
