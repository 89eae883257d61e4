/**
 * The pages the browser benchmark loads: the seed article in the 2025 layout, and synthetic
 * articles made by repeating its body paragraphs inside the same layout (for the scaling figures).
 * Real article text comes only from the corpus (tests/corpus.ts), at run time.
 */
import { corpusSkipReason, seedArticle } from "../../tests/corpus";
import { SEED_ARTICLE_PATH } from "../../tests/e2e/harness";

/** The article body of the 2025 layout, as the product's recognizer finds it. */
export { BODY_SELECTORS } from "../../page/recognize";

/** The seed page's HTML, or an error saying why the corpus is missing. */
export function seedPageHtml(): string {
  const reason = corpusSkipReason();
  if (reason) throw new Error(`The browser benchmark needs the corpus: ${reason}`);
  const html = seedArticle().page2025;
  if (!html) throw new Error("The corpus has no seed/page-2025.html");
  return html;
}

/** Where the seed page is served (its real path on the site). */
export const SEED_PATH = SEED_ARTICLE_PATH;

/** The site path of the synthetic page `factor` times the seed body (an article-shaped URL). */
export function scaledPath(factor: number): string {
  return `/bai-viet-do-hieu-nang-${factor}x-${990_000 + factor}.html`;
}

const BODY_OPEN = /<div\b[^>]*\bid=["']articleBody["'][^>]*>/i;

/** Start and end offsets of the inner HTML of the article body `<div id="articleBody">`. */
export function articleBodyBounds(html: string): { start: number; end: number } {
  const open = BODY_OPEN.exec(html);
  if (!open) throw new Error("No <div id=articleBody> in the page");
  const start = open.index + open[0].length;
  // Walk nested <div> tags to find the body's own closing tag.
  const tags = /<div\b[^>]*>|<\/div\s*>/gi;
  tags.lastIndex = start;
  let depth = 1;
  for (let tag = tags.exec(html); tag; tag = tags.exec(html)) {
    depth += tag[0][1] === "/" ? -1 : 1;
    if (depth === 0) return { start, end: tag.index };
  }
  throw new Error("The article body <div> is not closed");
}

/**
 * The body's paragraphs (`<p>` elements outside figures: text and sub-heads), or the whole body
 * when it has none (a page whose text is not in paragraphs).
 */
export function bodyParagraphs(html: string): string[] {
  const { start, end } = articleBodyBounds(html);
  const inner = html.slice(start, end).replace(/<figure\b[\s\S]*?<\/figure\s*>/gi, "");
  const paragraphs = inner.match(/<p\b[^>]*>[\s\S]*?<\/p\s*>/gi);
  return paragraphs && paragraphs.length > 0 ? paragraphs : [inner];
}

/** The page with its article body replaced by the body's paragraphs repeated `factor` times. */
export function scaledPageHtml(html: string, factor: number): string {
  const { start, end } = articleBodyBounds(html);
  const paragraphs = bodyParagraphs(html).join("");
  return html.slice(0, start) + paragraphs.repeat(factor) + html.slice(end);
}
