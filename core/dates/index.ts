import type { DateMatch, TextBlock } from "../types";

/** Dates and periods in one block. `articleDate` (ISO) gives the year of "ngày 5/1". */
export function findDates(_block: TextBlock, _articleDate: string | null): DateMatch[] {
  return [];
}
