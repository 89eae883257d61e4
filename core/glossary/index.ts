/**
 * The product glossary: policy terms, institutions (with the names valid before and after the
 * 2025 restructuring), titles, document types, issuer codes, plans, places and directive verbs.
 * The data lives in data/glossary.tsv and is compiled into ./glossary.generated.ts by
 * `npm run glossary`; nothing is read from disk at run time. Entries carry `note: ""`: the notes
 * are compiled apart and read with `glossaryNote` from ./notes (kept out of the content script).
 */
import type { GlossaryEntry, TermCategory } from "../types";
import { GLOSSARY_ENTRIES, GLOSSARY_HAS_SOURCES, GLOSSARY_VERSION } from "./glossary.generated";

export { GLOSSARY_HAS_SOURCES, GLOSSARY_VERSION };

/**
 * All entries, in data/glossary.tsv order (the order breaks ties between equal matches). Their
 * `note` is always "": see `glossaryNote` in ./notes.
 */
export function glossaryEntries(): readonly GlossaryEntry[] {
  return GLOSSARY_ENTRIES;
}

let byId: ReadonlyMap<string, GlossaryEntry> | null = null;

/** The entry with this id, or undefined (e.g. to follow `successor`). */
export function glossaryEntry(id: string): GlossaryEntry | undefined {
  byId ??= new Map(GLOSSARY_ENTRIES.map((entry) => [entry.id, entry]));
  return byId.get(id);
}

/** The entries of one category, in glossary order. */
export function entriesOfCategory(category: TermCategory): GlossaryEntry[] {
  return GLOSSARY_ENTRIES.filter((entry) => entry.category === category);
}

let issuers: ReadonlyMap<string, GlossaryEntry> | null = null;

/**
 * The issuer entry for a code as it closes a document symbol ("CP" in NĐ-CP, "TTg", "BCT",
 * "QH15"), or undefined. Issuer rows are for decoding citations, not free-text terms; their `vi`
 * is the code and `en` the issuer's English name ("the Government").
 */
export function issuerByCode(code: string): GlossaryEntry | undefined {
  if (!issuers) {
    const map = new Map<string, GlossaryEntry>();
    for (const entry of entriesOfCategory("issuer")) {
      for (const form of [entry.vi, ...entry.aliases]) map.set(form, entry);
    }
    issuers = map;
  }
  return issuers.get(code);
}

/**
 * True when the entry's name is valid on `isoDate` (yyyy-mm-dd). Entries without dates are always
 * valid. An old name outside its range is still the only reading of its own text, so matchers
 * should prefer a valid entry among same-key rivals rather than drop the old one.
 */
export function isValidOnDate(entry: GlossaryEntry, isoDate: string): boolean {
  if (entry.validFrom !== null && isoDate < entry.validFrom) return false;
  if (entry.validTo !== null && isoDate > entry.validTo) return false;
  return true;
}

/**
 * The chain of successors of an entry (renamed or merged bodies), nearest first, e.g. Tổng cục
 * Quản lý thị trường → Cục Quản lý và Phát triển thị trường trong nước. Stops at a cycle.
 */
export function successorChain(entry: GlossaryEntry): GlossaryEntry[] {
  const chain: GlossaryEntry[] = [];
  const seen = new Set([entry.id]);
  let next = entry.successor === null ? undefined : glossaryEntry(entry.successor);
  while (next && !seen.has(next.id)) {
    chain.push(next);
    seen.add(next.id);
    next = next.successor === null ? undefined : glossaryEntry(next.successor);
  }
  return chain;
}
