/**
 * The Terms tab's content: every term, legal document and date of the analysis, one entry per
 * distinct thing (with its count and where each mention is), grouped by category.
 */
import type { Analysis, TermCategory } from "../core/types";
import type { ShowKind } from "./page-client";

/** One distinct term, document or date, and the indices of its mentions in its Analysis list. */
export interface TermEntry {
  readonly key: string;
  readonly vi: string;
  readonly en: string;
  readonly kind: ShowKind;
  readonly indices: readonly number[];
}

export interface TermGroup {
  /** A term category, "citations" or "dates" (also the i18n key suffix). */
  readonly id: TermCategory | "citations" | "dates";
  readonly entries: readonly TermEntry[];
}

/** Categories in the order a reader of policy news needs them. */
export const CATEGORY_ORDER: readonly TermCategory[] = [
  "institution",
  "title",
  "issuer",
  "doc-type",
  "plan",
  "concept",
  "abbreviation",
  "place",
  "directive-verb",
];

function collect<T>(
  list: readonly T[],
  kind: ShowKind,
  describe: (item: T) => { key: string; vi: string; en: string },
): TermEntry[] {
  const byKey = new Map<string, { vi: string; en: string; indices: number[] }>();
  list.forEach((item, index) => {
    const { key, vi, en } = describe(item);
    const entry = byKey.get(key) ?? { vi, en, indices: [] };
    entry.indices.push(index);
    byKey.set(key, entry);
  });
  return [...byKey].map(([key, e]) => ({ key, vi: e.vi, en: e.en, kind, indices: e.indices }));
}

/** Groups the analysis; empty groups are left out. */
export function groupTerms(analysis: Analysis): TermGroup[] {
  const terms = collect(analysis.terms, "term", (term) => {
    if (term.person) {
      const title = term.text.slice(0, term.person.start - term.start).trimEnd();
      return {
        key: `${term.entryId}|${term.person.ascii}`,
        vi: `${title} ${term.person.name}`,
        en: `${term.en} ${term.person.ascii}`,
      };
    }
    const vi = term.expansion ? `${term.text} (${term.expansion})` : term.vi;
    return { key: term.expansion ? `${term.entryId}|${term.text}` : term.entryId, vi, en: term.en };
  });
  const groups: TermGroup[] = CATEGORY_ORDER.map((id) => ({
    id,
    entries: terms.filter((e) => analysis.terms[e.indices[0] ?? -1]?.category === id),
  }));
  groups.push({
    id: "citations",
    entries: collect(analysis.citations, "citation", (c) => ({
      key: c.symbol ?? c.text,
      vi: c.text,
      en: c.en,
    })),
  });
  groups.push({
    id: "dates",
    entries: collect(analysis.dates, "date", (d) => ({
      key: `${d.text}|${d.en}`,
      vi: d.text,
      en: d.en,
    })),
  });
  return groups.filter((g) => g.entries.length > 0);
}
