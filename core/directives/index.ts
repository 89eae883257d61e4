import type { ArticleInput, CitationMatch, DateMatch, Directive, TermMatch } from "../types";

export interface DirectiveContext {
  readonly terms: readonly TermMatch[];
  readonly citations: readonly CitationMatch[];
  readonly dates: readonly DateMatch[];
}

/** The directives and commitments of an article, in reading order. */
export function extractDirectives(_input: ArticleInput, _context: DirectiveContext): Directive[] {
  return [];
}
