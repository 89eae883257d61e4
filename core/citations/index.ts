import type { CitationMatch, TextBlock } from "../types";

/** Legal document references in one block. `articleDate` (ISO) fills a missing year. */
export function findCitations(_block: TextBlock, _articleDate: string | null): CitationMatch[] {
  return [];
}
