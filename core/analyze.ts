import { findCitations } from "./citations";
import { findDates } from "./dates";
import { directiveReader } from "./directives";
import { findTerms } from "./terms";
import type { Analysis, ArticleInput, CitationMatch, DateMatch, TermMatch } from "./types";

/** ISO day (yyyy-mm-dd) of the article's publication, or null. */
function articleDay(published: string | null): string | null {
  return published && /^\d{4}-\d{2}-\d{2}/.test(published) ? published.slice(0, 10) : null;
}

/**
 * An analysis cut into small steps (one block's terms, citations and dates at a time, then one
 * block's directives at a time), so a page can run it in slices between frames instead of one long task.
 * Running every step in order and then calling `result()` equals `analyze(input)`.
 */
export interface AnalysisJob {
  readonly steps: readonly (() => void)[];
  /** The analysis, once every step has run. */
  result(): Analysis;
}

/** Plans the analysis of an article as a job of small steps. */
export function analysisJob(input: ArticleInput): AnalysisJob {
  const day = articleDay(input.meta.published);
  const terms: TermMatch[] = [];
  const citations: CitationMatch[] = [];
  const dates: DateMatch[] = [];
  let result: Analysis | null = null;
  const steps: (() => void)[] = [];
  for (const block of input.blocks) {
    steps.push(() => {
      terms.push(...findTerms([block], { articleDate: day }));
      citations.push(...findCitations(block, day));
      dates.push(...findDates(block, day));
    });
  }
  // Directives carry context (speakers, addressees) from block to block: one reader, fed the
  // blocks in order once every block's terms, citations and dates are known.
  let reader: ReturnType<typeof directiveReader> | null = null;
  for (const block of input.blocks) {
    steps.push(() => {
      reader ??= directiveReader(input, { terms, citations, dates });
      reader.readBlock(block);
    });
  }
  steps.push(() => {
    reader ??= directiveReader(input, { terms, citations, dates });
    result = {
      meta: input.meta,
      blocks: input.blocks,
      terms,
      citations,
      dates,
      directives: reader.directives,
    };
  });
  return {
    steps,
    result() {
      if (!result) throw new Error("analysis job not finished");
      return result;
    },
  };
}

/**
 * Turns an article's text blocks into annotations with offsets into each block's text.
 * The one entry point of the core: the content script, the CLI and the benchmarks all call it.
 */
export function analyze(input: ArticleInput): Analysis {
  const job = analysisJob(input);
  for (const step of job.steps) step();
  return job.result();
}
