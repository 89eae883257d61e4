/**
 * Glossary terms in article text: policy terms, institutions, titles (with the person named after
 * them) and abbreviations, matched on a normalized view and reported with original offsets.
 */
import { glossaryEntries } from "../glossary";
import type { TermMatch, TextBlock } from "../types";
import { buildTermIndex, type TermIndex } from "./build";
import { matchTerms } from "./match";
import { noteOn } from "./note";
import { todayIso } from "./today";

export { buildTermIndex, type TermIndex } from "./build";
export { type MatchOptions, matchTerms } from "./match";
export { noteOn } from "./note";
export { CONTEXT_WINDOW_TOKENS, isValidOn } from "./select";

export interface TermOptions {
  /** ISO date of the article (yyyy-mm-dd), to pick the institution names valid then; null = today. */
  readonly articleDate: string | null;
  /** The index to match with; default: the product glossary, compiled once on first use. */
  readonly index?: TermIndex;
}

let defaultIndex: TermIndex | null = null;

/** The term index of the product glossary, built on first use and cached. */
export function defaultTermIndex(): TermIndex {
  defaultIndex ??= buildTermIndex(glossaryEntries());
  return defaultIndex;
}

/** All glossary terms in the blocks, longest match first, non-overlapping, in reading order. */
export function findTerms(blocks: readonly TextBlock[], options: TermOptions): TermMatch[] {
  const index = options.index ?? defaultTermIndex();
  // "Today" is resolved once for the whole article.
  const date = { articleDate: options.articleDate ?? todayIso() };
  const matches: TermMatch[] = [];
  for (const block of blocks) {
    for (const match of matchTerms(index, block, date)) matches.push(match);
  }
  return matches;
}

/** The hover-card note of an entry on `articleDate` (null = today); see `noteOn`. */
export function termNote(
  entryId: string,
  articleDate: string | null,
  index: TermIndex = defaultTermIndex(),
): string {
  return noteOn(index, entryId, articleDate ?? todayIso());
}
