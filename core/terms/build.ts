/**
 * Compiles glossary entries into a term index: one syllable trie for every written form.
 */
import {
  CharClass,
  charClassTable,
  newUnitViews,
  normalizeUnits,
  unitsToString,
} from "../normalize";
import type { GlossaryEntry } from "../types";
import { newTokenBuffers, scanTokens } from "./tokens";
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
  let upper = false;
  for (let i = 0; i < form.length; i++) {
    const code = form.charCodeAt(i);
    // A surrogate pair is one character for the regexes: leave such a form to them.
    if (code >= 0xd800 && code <= 0xdfff) return ABBREVIATION_CASE.test(form) && !LOWER.test(form);
    const kind = letterCase(code);
    if (kind === LOWER_CASE) return false;
    if (kind === UPPER_CASE) upper = true;
  }
  return upper;
}

const ABBREVIATION_CASE = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;
const UPPER_CASE = 1;
const LOWER_CASE = 2;
const OTHER_CASE = 3;
/** Per BMP code unit: 0 = not yet known, then UPPER_CASE, LOWER_CASE or OTHER_CASE. */
const letterCases = new Uint8Array(0x10000);

/**
 * `/\p{Lu}/u` and `/\p{Ll}/u` of one code unit, memoized: the ~1,400 forms are tested character by
 * character with a table instead of two regex searches each (this runs on a page's first analysis).
 */
function letterCase(code: number): number {
  let kind = letterCases[code] as number;
  if (kind === 0) {
    const ch = String.fromCharCode(code);
    kind = ABBREVIATION_CASE.test(ch) ? UPPER_CASE : LOWER.test(ch) ? LOWER_CASE : OTHER_CASE;
    letterCases[code] = kind;
  }
  return kind;
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

/** Scratch buffers of the form tokenizer (building is synchronous, one form at a time). */
const scratchViews = newUnitViews();
const scratchTokens = newTokenBuffers();

/**
 * The folded-view token ids of `text` (normalized into the scratch views), interning new tokens;
 * returns how many, written into `scratchTokens.ids`. The same splitter as the matcher's, so a
 * form and a text give the same ids; no string per token or per view: building the product
 * glossary's ~1,400 forms is on every page's critical path.
 */
function internTokens(text: string, vocabulary: Vocabulary): number {
  return scanTokens(normalizeUnits(text, scratchViews), vocabulary, true, scratchTokens);
}

/** The cased view of the scratch views as tokens joined by single spaces ("TP . HCM"). */
function casedKeyOfScratch(): string {
  const { cased, length } = scratchViews;
  const klass = charClassTable();
  let key = "";
  let wordStart = -1;
  for (let i = 0; i <= length; i++) {
    const k = i < length ? klass[cased[i] as number] : CharClass.Space;
    if (k === CharClass.Word) {
      if (wordStart < 0) wordStart = i;
      continue;
    }
    if (wordStart >= 0) {
      key += (key === "" ? "" : " ") + unitsToString(cased, wordStart, i);
      wordStart = -1;
    }
    if (k === CharClass.Punct)
      key += (key === "" ? "" : " ") + String.fromCharCode(cased[i] as number);
  }
  return key;
}

/**
 * Compiles `entries` into a term index (issuer rows excepted, see below). Cost is linear in the
 * total length of the forms, with no allocation per character or token; matching afterwards does
 * not depend on the number of entries.
 */
export function buildTermIndex(entries: readonly GlossaryEntry[]): TermIndex {
  const vocabulary = new Vocabulary();
  const root = newNode();
  const byId = new Map<string, GlossaryEntry>();
  const contextKeys = new Map<number, Int32Array[]>();
  let formCount = 0;
  for (let index = 0; index < entries.length; index++) {
    const entry = entries[index] as GlossaryEntry;
    byId.set(entry.id, entry);
    // Issuer rows ("CP", "TTg", "BCT" as they close a document symbol) decode citations; as free
    // text they would collide with ordinary words ("Công ty CP").
    if (entry.category === "issuer") continue;
    if (entry.context.length > 0) {
      const context: Int32Array[] = [];
      for (const phrase of entry.context) {
        const count = internTokens(phrase, vocabulary);
        if (count > 0) context.push(scratchTokens.ids.slice(0, count));
      }
      if (context.length > 0) contextKeys.set(index, context);
    }
    for (const form of formsOf(entry)) {
      const count = internTokens(form.text, vocabulary);
      if (count === 0) continue;
      insertForm(root, scratchTokens.ids, count, {
        entryIndex: index,
        entry,
        kind: form.kind,
        casedKey: form.caseSensitive ? casedKeyOfScratch() : null,
        derived: form.derived,
      });
      formCount++;
    }
  }
  finalizeTrie(root);
  const trie = trieRoot(root, vocabulary.size);
  return { entries, byId, vocabulary, root: trie, contextKeys, forms: formCount };
}
