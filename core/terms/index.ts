import type { TermMatch, TextBlock } from "../types";

export interface TermOptions {
  /** ISO date of the article (yyyy-mm-dd), to pick the institution names valid then; null = today. */
  readonly articleDate: string | null;
}

/** All glossary terms in the blocks, longest match first, non-overlapping. */
export function findTerms(_blocks: readonly TextBlock[], _options: TermOptions): TermMatch[] {
  return [];
}
