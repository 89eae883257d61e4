/**
 * The terms the peer highlighters look for: every Vietnamese form of the product glossary (the
 * canonical form and its aliases, matched case-insensitively) and its abbreviations (matched
 * case-sensitively, as Policy Lens does), so peers and product search for the same set.
 */
import { glossaryEntries } from "../../core/glossary";

/** The glossary's search terms, longest first (so a longer form wins where two overlap). */
export interface PeerTerms {
  readonly forms: string[];
  readonly abbreviations: string[];
}

const byLengthDesc = (a: string, b: string) => b.length - a.length || a.localeCompare(b);

/** The product glossary's forms and abbreviations, without duplicates. */
export function peerTerms(): PeerTerms {
  const forms = new Set<string>();
  const abbreviations = new Set<string>();
  for (const entry of glossaryEntries()) {
    for (const form of [entry.vi, ...entry.aliases]) if (form.trim()) forms.add(form.trim());
    for (const abbr of entry.abbr) if (abbr.trim()) abbreviations.add(abbr.trim());
  }
  return {
    forms: [...forms].sort(byLengthDesc),
    abbreviations: [...abbreviations].sort(byLengthDesc),
  };
}
