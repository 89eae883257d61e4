import type { TermIndex } from "./build";
import { isValidOn } from "./select";

/**
 * The hover-card note of an entry on `date` (ISO day): the entry's own note, plus,
 * when its name is not valid on that date and it has a `successor`, what the body was renamed to
 * (or what it was called before). A matched name stays the article's wording and keeps its own
 * gloss (`TermMatch.en` describes the body the article names); this note tells the reader about
 * the change.
 */
export function noteOn(index: TermIndex, entryId: string, date: string): string {
  const entry = index.byId.get(entryId);
  if (!entry) return "";
  const successor = entry.successor ? index.byId.get(entry.successor) : undefined;
  if (!successor || isValidOn(entry, date)) return entry.note;
  const change =
    entry.validTo && date > entry.validTo
      ? `Name used until ${entry.validTo}; now ${successor.vi} (${successor.en}).`
      : `Name in use from ${entry.validFrom}; before that ${successor.vi} (${successor.en}).`;
  return entry.note ? `${entry.note} ${change}` : change;
}
