/**
 * The generic block finder: walks an article body and returns its paragraphs, sub-heads, list
 * items and data-table cells in reading order, each with the text nodes it reads. Boxes that are
 * not article text (captions, related links, bylines, scripts, hidden or our own nodes) are skipped
 * by what they are, not by the exact markup of one page.
 */
import type { BlockKind } from "../../core/types";
import type { TextSource } from "../text-index";

/** Elements that start a new block when they occur inside a body. */
// biome-ignore format: a table reads better packed
const BLOCK_TAGS = new Set([
  "ADDRESS", "ARTICLE", "ASIDE", "BLOCKQUOTE", "CAPTION", "DD", "DETAILS", "DIALOG", "DIV", "DL",
  "DT", "FIELDSET", "FIGCAPTION", "FIGURE", "FOOTER", "FORM", "H1", "H2", "H3", "H4", "H5", "H6",
  "HEADER", "HGROUP", "HR", "LI", "MAIN", "NAV", "OL", "P", "PRE", "SECTION", "TABLE", "TBODY",
  "TD", "TFOOT", "TH", "THEAD", "TR", "UL", "CENTER",
]);

/** Elements whose content is never reader text. */
// biome-ignore format: a table reads better packed
const SKIP_TAGS = new Set([
  "SCRIPT", "STYLE", "NOSCRIPT", "TEMPLATE", "IFRAME", "OBJECT", "EMBED", "SVG", "CANVAS", "VIDEO",
  "AUDIO", "PICTURE", "IMG", "FIGURE", "FIGCAPTION", "ASIDE", "NAV", "FOOTER", "HEADER", "FORM",
  "BUTTON", "SELECT", "TEXTAREA", "INPUT", "MATH", "HEAD",
]);

/**
 * Class and id fragments of boxes that are not article text whatever the layout: captions,
 * bylines, tags, related-news and ad boxes, share bars. Checked as plain substrings (much
 * cheaper than a selector list matched against every element).
 */
const EXCLUDED_CLASS_PARTS = [
  "caption",
  "author",
  "byline",
  "related",
  "tags",
  "share",
  "advert",
  "banner",
];
const EXCLUDED_ID_PARTS = ["related"];

/** True for the extension's own UI and for boxes excluded by name, hidden or not. */
function isGenericallyExcluded(element: Element): boolean {
  if (element.hasAttribute("hidden") || element.getAttribute("aria-hidden") === "true") return true;
  if (element.tagName === "POLICY-LENS-UI" || element.hasAttribute("data-policy-lens-ui")) {
    return true;
  }
  const className = element.getAttribute("class");
  if (className) {
    const lower = className.toLowerCase();
    if (EXCLUDED_CLASS_PARTS.some((part) => lower.includes(part))) return true;
  }
  const id = element.id ? element.id.toLowerCase() : "";
  return id !== "" && EXCLUDED_ID_PARTS.some((part) => id.includes(part));
}

/** Options of one walk. */
export interface BlockFinderOptions {
  /** Layout-specific selectors of subtrees to skip. */
  readonly exclude: readonly string[];
  /** Drop a trailing byline line (bodies only; a title or lead is never a byline). */
  readonly dropByline?: boolean;
}

/** A block as found: its element, kind and the text nodes it reads (null = line break). */
export interface FoundBlock {
  readonly element: Element;
  readonly kind: BlockKind;
  readonly source: TextSource;
}

function isHiddenByStyle(element: Element): boolean {
  const style = element.getAttribute("style");
  if (!style) return false;
  return /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i.test(style);
}

/** A table of images with a caption row, not a table of data. */
function isImageTable(element: Element): boolean {
  return (
    element.tagName === "TABLE" && element.querySelector("img, picture, video, iframe") !== null
  );
}

/** True when the whole subtree is to be skipped. */
export function isExcluded(element: Element, exclude: string): boolean {
  if (SKIP_TAGS.has(element.tagName)) return true;
  if (isGenericallyExcluded(element) || isHiddenByStyle(element) || isImageTable(element)) {
    return true;
  }
  if (exclude === "") return false;
  try {
    return element.matches(exclude);
  } catch {
    return false;
  }
}

/**
 * Memoized checks of one walk: the walk asks about the same elements at several depths, and
 * selector matching is the costly part of extraction.
 */
class WalkCache {
  private readonly excluded = new Map<Element, boolean>();
  private readonly blocks = new Map<Element, boolean>();
  // Facts about subtrees, each computed once per element: asking them of every ancestor of a
  // deeply nested element (textContent, querySelectorAll) would cost the square of the depth.
  private readonly texts = new Map<Element, boolean>();
  private readonly links = new Map<Element, number>();
  constructor(readonly exclude: string) {}

  isExcluded(element: Element): boolean {
    let value = this.excluded.get(element);
    if (value === undefined) {
      value = isExcluded(element, this.exclude);
      this.excluded.set(element, value);
    }
    return value;
  }

  /** True when the element's text (its textContent) has a character that is not whitespace. */
  hasText(element: Element): boolean {
    let value = this.texts.get(element);
    if (value === undefined) {
      value = false;
      for (let node = element.firstChild; node && !value; node = node.nextSibling) {
        if (node.nodeType === 3) value = (node as Text).data.trim() !== "";
        else if (node.nodeType === 1) value = this.hasText(node as Element);
      }
      this.texts.set(element, value);
    }
    return value;
  }

  /** Number of links (`a` elements) below the element. */
  linksIn(element: Element): number {
    let value = this.links.get(element);
    if (value === undefined) {
      value = 0;
      for (let child = element.firstElementChild; child; child = child.nextElementSibling) {
        value += (child.localName === "a" ? 1 : 0) + this.linksIn(child);
      }
      this.links.set(element, value);
    }
    return value;
  }

  /** True when an element (inline or not) holds a block element below it. */
  holdsBlocks(element: Element): boolean {
    let value = this.blocks.get(element);
    if (value === undefined) {
      value = false;
      for (let child = element.firstElementChild; child; child = child.nextElementSibling) {
        if (this.isExcluded(child)) continue;
        if (BLOCK_TAGS.has(child.tagName) || this.holdsBlocks(child)) {
          value = true;
          break;
        }
      }
      this.blocks.set(element, value);
    }
    return value;
  }
}

/** The text nodes of an inline run, in order; `<br>` becomes a line break marker. */
function collectText(nodes: readonly Node[], cache: WalkCache, out: (Text | null)[]): void {
  for (const node of nodes) {
    if (node.nodeType === 3) {
      out.push(node as Text);
    } else if (node.nodeType === 1) {
      const element = node as Element;
      if (element.tagName === "BR") out.push(null);
      else if (!cache.isExcluded(element)) collectChildText(element, cache, out);
    }
  }
}

/** As `collectText` for the children of `parent`, without copying the child list. */
function collectChildText(parent: Element, cache: WalkCache, out: (Text | null)[]): void {
  for (let node = parent.firstChild; node; node = node.nextSibling) {
    if (node.nodeType === 3) {
      out.push(node as Text);
    } else if (node.nodeType === 1) {
      const element = node as Element;
      if (element.tagName === "BR") out.push(null);
      else if (!cache.isExcluded(element)) collectChildText(element, cache, out);
    }
  }
}

const HEADING_TAGS = /^H[1-6]$/;
const EMPHASIS_TAGS = new Set(["STRONG", "B"]);
// A sub-head is a short line; a long bold passage is an emphasized paragraph.
const MAX_HEADING_LENGTH = 200;

/** True when every visible character of the run sits inside <strong>/<b>. */
function isAllBold(nodes: Iterable<Node>, cache: WalkCache): boolean {
  let bold = false;
  for (const node of nodes) {
    if (node.nodeType === 3) {
      if ((node as Text).data.trim() !== "") return false;
    } else if (node.nodeType === 1) {
      const element = node as Element;
      if (EMPHASIS_TAGS.has(element.tagName)) {
        if (cache.hasText(element)) bold = true;
      } else if (element.tagName !== "BR") {
        if (!isAllBold(element.childNodes, cache)) return false;
        if (cache.hasText(element)) bold = true;
      }
    }
  }
  return bold;
}

function kindOf(
  element: Element,
  nodes: readonly Node[],
  source: TextSource,
  cache: WalkCache,
): BlockKind {
  if (HEADING_TAGS.test(element.tagName)) return "heading";
  // The bold test first: it fails at the first plain word of a paragraph, so the block's text
  // is joined only for bold runs.
  if (isAllBold(nodes, cache) && sourceText(source).length <= MAX_HEADING_LENGTH) return "heading";
  return "paragraph";
}

const VISIBLE = /\S/;

/** True when a source holds a character that is not whitespace (its text is not empty). */
function hasVisibleText(source: TextSource): boolean {
  for (const node of source) if (node && VISIBLE.test(node.data)) return true;
  return false;
}

/** Reader-visible length of a source, roughly (for emptiness and link-density checks). */
function sourceText(source: TextSource): string {
  return source
    .map((node) => (node ? node.data : " "))
    .join("")
    .replace(/[ \t\n\r\f]+/g, " ")
    .trim();
}

/**
 * True for a run made only of links (a related-news box): at least two links and no text of
 * its own outside them (text inside a wrapper that also holds a link is tolerated).
 */
function isLinkList(nodes: Iterable<Node>, cache: WalkCache): boolean {
  // Fewer than two links in the whole run: not a list of links, whatever else is in it (the
  // common case, decided without reading the run's text).
  let total = 0;
  for (const node of nodes) {
    if (node.nodeType !== 1) continue;
    const element = node as Element;
    total += element.tagName === "A" ? 1 : cache.linksIn(element);
    if (total >= 2) break;
  }
  if (total < 2) return false;
  let links = 0;
  for (const node of nodes) {
    if (node.nodeType === 3) {
      if ((node as Text).data.trim() !== "") return false;
    } else if (node.nodeType === 1) {
      const element = node as Element;
      if (element.tagName === "A") links++;
      else if (element.tagName !== "BR") {
        const inner = cache.linksIn(element);
        // Text beside links inside a wrapper is tolerated: only a link-free box of text
        // disqualifies the run.
        if (inner === 0 && cache.hasText(element)) return false;
        links += inner;
      }
    }
  }
  return links >= 2;
}

/** Finds the blocks of a body element in reading order. */
export function findBlocks(body: Element, options: BlockFinderOptions): FoundBlock[] {
  const walker = new BlockWalker(options);
  walker.walk(body);
  return options.dropByline === false ? walker.found : dropTrailingByline(walker.found);
}

/**
 * The blocks of a body element in reading order, one child of the body at a time, so a caller
 * can pause between them (a page of thousands of paragraphs is read in slices). Each `next()`
 * reads one child (with everything inside it); the value is the blocks found so far. A trailing
 * byline is not dropped here: see `dropTrailingByline`.
 */
export function* walkBlocks(
  body: Element,
  options: BlockFinderOptions,
): Generator<void, FoundBlock[]> {
  const walker = new BlockWalker(options);
  if (!walker.holdsBlocks(body)) {
    walker.walk(body);
    return walker.found;
  }
  const children = Array.from(body.childNodes);
  let run: Node[] = [];
  for (const child of children) {
    run = walker.child(body, child, run);
    yield;
  }
  walker.emit(body, run);
  return walker.found;
}

/** One walk over a body: the blocks found, in reading order. */
class BlockWalker {
  readonly found: FoundBlock[] = [];
  private readonly cache: WalkCache;

  constructor(options: BlockFinderOptions) {
    this.cache = new WalkCache(options.exclude.join(","));
  }

  holdsBlocks(element: Element): boolean {
    return this.cache.holdsBlocks(element);
  }

  /** Reads an element and everything inside it. */
  walk(element: Element): void {
    if (!this.cache.holdsBlocks(element)) {
      this.emit(element, Array.from(element.childNodes));
      return;
    }
    let run: Node[] = [];
    for (const child of Array.from(element.childNodes)) run = this.child(element, child, run);
    this.emit(element, run);
  }

  /**
   * Reads one child of a block-holding element. Inline content between block children forms
   * anonymous blocks (text typed straight into a div next to paragraphs): `run` is the inline
   * content gathered so far, and the run to carry on is returned.
   */
  child(element: Element, child: Node, run: Node[]): Node[] {
    if (child.nodeType !== 1) {
      run.push(child);
      return run;
    }
    const childElement = child as Element;
    if (this.cache.isExcluded(childElement)) {
      // A skipped box (an image table, a figure) still separates the text around it: a run
      // must not join text across it, or a sentence's range would span the box.
      if (!BLOCK_TAGS.has(childElement.tagName)) return run;
      this.emit(element, run);
      return [];
    }
    if (BLOCK_TAGS.has(childElement.tagName) || this.cache.holdsBlocks(childElement)) {
      this.emit(element, run);
      this.walk(childElement);
      return [];
    }
    run.push(child);
    return run;
  }

  /** Adds the block of an inline run, unless it is empty or only a list of links. */
  emit(element: Element, nodes: readonly Node[]): void {
    const cache = this.cache;
    if (nodes.length === 0 || isLinkList(nodes, cache)) return;
    const source: (Text | null)[] = [];
    collectText(nodes, cache, source);
    if (!hasVisibleText(source)) return;
    this.found.push({ element, kind: kindOf(element, nodes, source, cache), source });
  }
}

const FINAL_PUNCTUATION = /[.!?…:;,”"')\]]$/u;
// Vietnamese names: every word capitalized ("Việt Nga - Thanh Tuấn", "Vũ Tuân").
const NAME_LINE = /^(?:\p{Lu}[\p{L}\p{M}.]*)(?:\s+(?:[-–,&]\s+)?\p{Lu}[\p{L}\p{M}.]*)*$/u;
const MAX_BYLINE_LENGTH = 60;
// Credit prefixes before the names: "Tin, ảnh: …", "Bài và ảnh: …", "Clip: …".
const CREDIT_PREFIX = /^(?:(?:tin|bài|ảnh|clip|video|thực hiện|nhóm pv)[\s,và&]*)+:\s*/iu;

function isRightAligned(element: Element, body: Element | null): boolean {
  for (let node: Element | null = element; node && node !== body; node = node.parentElement) {
    const style = node.getAttribute("style") ?? "";
    if (/text-align\s*:\s*right/i.test(style)) return true;
    if ((node.getAttribute("align") ?? "").toLowerCase() === "right") return true;
  }
  return false;
}

/**
 * Removes the byline the older layout keeps as the body's last paragraph: a short, right-aligned
 * line, or a short line of capitalized names without final punctuation.
 */
export function dropTrailingByline(blocks: FoundBlock[]): FoundBlock[] {
  const last = blocks[blocks.length - 1];
  if (!last) return blocks;
  const text = sourceText(last.source);
  if (text.length > MAX_BYLINE_LENGTH || FINAL_PUNCTUATION.test(text)) return blocks;
  const names = text.replace(CREDIT_PREFIX, "");
  if (isRightAligned(last.element, null) || NAME_LINE.test(names)) return blocks.slice(0, -1);
  return blocks;
}
