/**
 * Compiles glossary entries into a term index: one syllable trie for every written form.
 */
import { matchKey, normalizeViews, tokenKeys } from "../normalize";
import type { GlossaryEntry } from "../types";
import {
  type FormKind,
  finalizeTrie,
  insertForm,
  newNode,
  type TrieRoot,
  trieRoot,
  Vocabulary,
} from "./trie";

/** The compiled glossary. Build once (`buildTermIndex`) and reuse for every block. */
export interface TermIndex {
  readonly entries: readonly GlossaryEntry[];
  readonly byId: ReadonlyMap<string, GlossaryEntry>;
  readonly vocabulary: Vocabulary;
  readonly root: TrieRoot;
  /**
   * Context phrases of each ambiguous entry (by entry index), as token-id sequences of the folded
   * view. They apply to the entry's abbreviations only: a full name is not ambiguous.
   */
  readonly contextKeys: ReadonlyMap<number, readonly Int32Array[]>;
  /** Number of forms in the trie. */
  readonly forms: number;
}

/** Placeholders in reference forms ("Luật … số", "NQ .../QH15"): such forms are not literal. */
const PLACEHOLDER = /…|\.\.\./;
/** A trailing qualifier in a canonical form: "Nghị quyết (của Quốc hội)". */
const QUALIFIER = /\s*\([^()]*\)\s*$/;

/**
 * True for a form written in capitals only ("NĐ-CP", "QLTT"): even when listed as an alias it is
 * an abbreviation and matches case-sensitively, so "CT" never matches the letters "ct".
 */
function looksLikeAbbreviation(form: string): boolean {
  return /\p{Lu}/u.test(form) && !/\p{Ll}/u.test(form);
}

interface Form {
  readonly text: string;
  readonly kind: FormKind;
  readonly caseSensitive: boolean;
  readonly derived: boolean;
}

/** The written forms of an entry and how each one matches. */
function formsOf(entry: GlossaryEntry): Form[] {
  const forms: Form[] = [];
  const add = (text: string, kind: FormKind, derived: boolean) => {
    if (!text.trim() || PLACEHOLDER.test(text)) return;
    const caseSensitive = kind === "abbr" || looksLikeAbbreviation(text);
    forms.push({ text, kind, caseSensitive, derived });
  };
  add(entry.vi, "vi", false);
  if (QUALIFIER.test(entry.vi)) add(entry.vi.replace(QUALIFIER, ""), "vi", true);
  for (const alias of entry.aliases) add(alias, "alias", false);
  for (const abbr of entry.abbr) add(abbr, "abbr", false);
  return forms;
}

/**
 * Compiles `entries` into a term index (issuer rows excepted, see below). Cost is linear in the total length of the forms; matching
 * afterwards does not depend on the number of entries.
 */
export function buildTermIndex(entries: readonly GlossaryEntry[]): TermIndex {
  const vocabulary = new Vocabulary();
  const root = newNode();
  const byId = new Map<string, GlossaryEntry>();
  const contextKeys = new Map<number, Int32Array[]>();
  let formCount = 0;
  entries.forEach((entry, index) => {
    byId.set(entry.id, entry);
    // Issuer rows ("CP", "TTg", "BCT" as they close a document symbol) decode citations; as free
    // text they would collide with ordinary words ("Công ty CP").
    if (entry.category === "issuer") return;
    const context = entry.context
      .map((phrase) => matchKey(phrase))
      .filter((key) => key.length > 0)
      .map((key) => Int32Array.from(key.split(" "), (token) => vocabulary.intern(token)));
    if (context.length > 0) contextKeys.set(index, context);
    for (const form of formsOf(entry)) {
      const views = normalizeViews(form.text);
      const folded = tokenKeys(views.folded);
      if (folded.length === 0) continue;
      const ids = folded.map((token) => vocabulary.intern(token));
      const casedKey = form.caseSensitive ? tokenKeys(views.cased).join(" ") : null;
      insertForm(root, ids, {
        entryIndex: index,
        entry,
        kind: form.kind,
        casedKey,
        derived: form.derived,
      });
      formCount++;
    }
  });
  finalizeTrie(root);
  const trie = trieRoot(root, vocabulary.size);
  return { entries, byId, vocabulary, root: trie, contextKeys, forms: formCount };
}
