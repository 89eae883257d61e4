/**
 * Glossary terms in article text: policy terms, institutions, titles (with the person named after
 * them) and abbreviations, matched on a normalized view and reported with original offsets.
 */
import { glossaryEntries } from "../glossary";
import type { TermMatch, TextBlock } from "../types";
import { buildTermIndex, type TermIndex } from "./build";
import { matchTerms } from "./match";
import { isValidOn } from "./select";

export { buildTermIndex, type TermIndex } from "./build";
export { type MatchOptions, matchTerms } from "./match";
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
  const date = { articleDate: options.articleDate ?? new Date().toISOString().slice(0, 10) };
  const matches: TermMatch[] = [];
  for (const block of blocks) {
    for (const match of matchTerms(index, block, date)) matches.push(match);
  }
  return matches;
}

/**
 * The hover-card note of an entry on `articleDate` (null = today): the entry's own note, plus,
 * when its name is not valid on that date and it has a `successor`, what the body was renamed to
 * (or what it was called before). A matched name stays the article's wording and keeps its own
 * gloss (`TermMatch.en` describes the body the article names); this note tells the reader about
 * the change.
 */
export function termNote(
  entryId: string,
  articleDate: string | null,
  index: TermIndex = defaultTermIndex(),
): string {
  const entry = index.byId.get(entryId);
  if (!entry) return "";
  const date = articleDate ?? new Date().toISOString().slice(0, 10);
  const successor = entry.successor ? index.byId.get(entry.successor) : undefined;
  if (!successor || isValidOn(entry, date)) return entry.note;
  const change =
    entry.validTo && date > entry.validTo
      ? `Name used until ${entry.validTo}; now ${successor.vi} (${successor.en}).`
      : `Name in use from ${entry.validFrom}; before that ${successor.vi} (${successor.en}).`;
  return entry.note ? `${entry.note} ${change}` : change;
}
