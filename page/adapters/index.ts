/**
 * Site adapters: read a congthuong.vn article page (either layout) into ordered text blocks with
 * a map from each block's text back to the DOM. Works on any Document (a live page, or happy-dom
 * in Node for the CLI and tests); uses no extension API.
 */
import type { ArticleInput, BlockKind, TextBlock } from "../../core/types";
import type { Layout } from "../recognize";
import { buildBlockText, type DomBlock, type TextSource } from "../text-index";
import { dropTrailingByline, type FoundBlock, findBlocks, walkBlocks } from "./blocks";
import { LAYOUTS, type LayoutSelectors } from "./layouts";
import { canonicalUrl, firstMatch, publishedTime } from "./meta";

export type { DomBlock, TextSegment } from "../text-index";
export { parseSiteTime } from "./meta";

/** An article found in a page: the analysis input plus the DOM behind every block. */
export interface DomArticle {
  readonly input: ArticleInput;
  readonly layout: Layout;
  /** The body container (the paragraphs' parent). */
  readonly root: Element;
  /** Blocks in reading order; `blocks[i].index === i` and `input.blocks[i]` holds the same text. */
  readonly blocks: readonly DomBlock[];
  /** The title and lead elements when found (they live outside `root`). */
  readonly titleElement: Element | null;
  readonly leadElement: Element | null;
}

/** Text nodes of a whole element (title, lead), skipping the same non-text subtrees as the body. */
function wholeElement(element: Element, kind: BlockKind): FoundBlock {
  const blocks = findBlocks(element, { exclude: [], dropByline: false });
  const source: (Text | null)[] = [];
  // A lead may hold several paragraphs: join them with a line break (one space in the text).
  for (const block of blocks) {
    if (source.length > 0) source.push(null);
    source.push(...block.source);
  }
  return { element, kind, source };
}

function toDomBlock(found: FoundBlock, index: number): DomBlock | null {
  const { text, segments } = buildBlockText(found.source as TextSource);
  if (text === "") return null;
  return { index, kind: found.kind, text, element: found.element, segments };
}

/** The title from the page head when the article has no title element. */
function headTitle(doc: Document): string {
  const og = doc.querySelector("meta[property='og:title']")?.getAttribute("content") ?? "";
  const title = og || doc.title || "";
  // The older layout appends the paper's name: "… | Báo Công Thương".
  return title.replace(/\s*[|–-]\s*Báo Công Thương\s*$/u, "").trim();
}

/**
 * Reads an article with one layout's selectors, pausing (a bare `yield`) after each block found
 * and each block's text built, so a driver can spread a long article over several tasks.
 */
function* extractWith(
  doc: Document,
  layout: LayoutSelectors,
  url?: string,
): Generator<void, DomArticle | null> {
  const root = doc.querySelector(layout.body);
  if (!root) return null;
  const titleElement = firstMatch(doc, layout.title);
  const leadElement = firstMatch(doc, layout.lead);
  const found: FoundBlock[] = [];
  // A title or lead inside the body (some templates) is read once, as title/lead.
  if (titleElement && !root.contains(titleElement)) found.push(wholeElement(titleElement, "title"));
  if (leadElement && !root.contains(leadElement)) found.push(wholeElement(leadElement, "lead"));
  const body = yield* walkBlocks(root, { exclude: layout.exclude });
  for (const block of dropTrailingByline(body)) {
    if (!titleElement?.contains(block.element) && !leadElement?.contains(block.element)) {
      found.push(block);
    }
  }
  const blocks: DomBlock[] = [];
  for (const block of found) {
    const domBlock = toDomBlock(block, blocks.length);
    if (domBlock) blocks.push(domBlock);
    yield;
  }
  const title = blocks.find((block) => block.kind === "title")?.text ?? headTitle(doc);
  const lead = blocks.find((block) => block.kind === "lead")?.text ?? "";
  const textBlocks: TextBlock[] = blocks.map(({ index, kind, text }) => ({ index, kind, text }));
  return {
    input: {
      meta: {
        url: canonicalUrl(doc, url),
        title,
        lead,
        published: publishedTime(doc, layout.time),
      },
      blocks: textBlocks,
    },
    layout: layout.layout,
    root,
    blocks,
    titleElement,
    leadElement,
  };
}

/**
 * The article of a page as a job of small steps: each `next()` does a little of the reading,
 * and the return value is the article, or null when the page holds no article body. Pages are
 * read with the first layout whose body is present.
 */
export function* extractArticleSteps(
  doc: Document,
  url?: string,
): Generator<void, DomArticle | null> {
  for (const layout of LAYOUTS) {
    const article = yield* extractWith(doc, layout, url);
    if (article) return article;
  }
  return null;
}

/**
 * Reads the article of a page in either site layout, or returns null when the page holds no
 * article body. `url` is the page address, used when the page names no canonical URL.
 */
export function extractArticle(doc: Document, url?: string): DomArticle | null {
  const steps = extractArticleSteps(doc, url);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}
