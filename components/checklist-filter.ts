/** Filtering the checklist by addressee, status and kind. */
import type { DirectiveSnapshot } from "../store/schema";

export type StatusFilter = "all" | "open" | "done";
export type KindFilter = "all" | "directive" | "commitment";

export interface ChecklistFilter {
  /** English gloss of the addressee, or "" for everyone. */
  readonly addressee: string;
  readonly status: StatusFilter;
  readonly kind: KindFilter;
}

export const NO_FILTER: ChecklistFilter = { addressee: "", status: "all", kind: "all" };

/** True when an item passes the filter. */
export function passes(
  filter: ChecklistFilter,
  directive: DirectiveSnapshot,
  checked: boolean,
): boolean {
  if (filter.status === "open" && checked) return false;
  if (filter.status === "done" && !checked) return false;
  if (filter.kind !== "all" && directive.kind !== filter.kind) return false;
  if (filter.addressee && !directive.addressees.some((a) => a.en === filter.addressee))
    return false;
  return true;
}

/** The distinct addressees (by English gloss) with their Vietnamese form, in order of appearance. */
export function addresseeOptions(
  directives: readonly DirectiveSnapshot[],
): { en: string; text: string }[] {
  const seen = new Map<string, { en: string; text: string }>();
  for (const d of directives) {
    for (const a of d.addressees) if (!seen.has(a.en)) seen.set(a.en, { en: a.en, text: a.text });
  }
  return [...seen.values()];
}
