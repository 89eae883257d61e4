import { findCitations } from "./citations";
import { findDates } from "./dates";
import { extractDirectives } from "./directives";
import { findTerms } from "./terms";
import type { Analysis, ArticleInput } from "./types";

/** ISO day (yyyy-mm-dd) of the article's publication, or null. */
function articleDay(published: string | null): string | null {
  return published && /^\d{4}-\d{2}-\d{2}/.test(published) ? published.slice(0, 10) : null;
}

/**
 * Turns an article's text blocks into annotations with offsets into each block's text.
 * The one entry point of the core: the content script, the CLI and the benchmarks all call it.
 */
export function analyze(input: ArticleInput): Analysis {
  const day = articleDay(input.meta.published);
  const terms = findTerms(input.blocks, { articleDate: day });
  const citations = input.blocks.flatMap((block) => findCitations(block, day));
  const dates = input.blocks.flatMap((block) => findDates(block, day));
  const directives = extractDirectives(input, { terms, citations, dates });
  return { meta: input.meta, blocks: input.blocks, terms, citations, dates, directives };
}
