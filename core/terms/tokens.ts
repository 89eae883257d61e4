/**
 * A block's text as tokens of its normalized views: runs of letters/digits (syllables, numbers,
 * abbreviations) and single punctuation marks. Spaces separate tokens and are not tokens, so
 * "2021 - 2030" and "2021-2030" give the same tokens and a form can never match inside a word.
 */
import {
  CharClass,
  charClassTable,
  newUnitViews,
  normalizeUnits,
  originalEnd,
  type UnitViews,
} from "../normalize";
import { HASH_SEED, hashStep, type Vocabulary } from "./trie";

/**
 * The tokens of one text. Offsets are view offsets; `originalSpan()` maps them to the original.
 * The buffers are scratch space reused by the next `tokenize` call: use a `Tokens` before
 * tokenizing the next text.
 */
export interface Tokens {
  readonly original: string;
  readonly views: UnitViews;
  readonly count: number;
  /** View offset where token k starts. */
  readonly starts: Int32Array;
  /** View offset one past token k. */
  readonly ends: Int32Array;
  /** Vocabulary id of token k's folded form, -1 when no glossary form has it. */
  readonly ids: Int32Array;
}

/** Token offsets and ids, grown as needed and reused from one text to the next. */
export interface TokenBuffers {
  starts: Int32Array;
  ends: Int32Array;
  ids: Int32Array;
}

/** Empty token buffers (they grow on first use). */
export function newTokenBuffers(): TokenBuffers {
  return { starts: new Int32Array(256), ends: new Int32Array(256), ids: new Int32Array(256) };
}

/** Scratch buffers shared by successive calls (the matcher is synchronous, one block at a time). */
const scratch = { views: newUnitViews(), buffers: newTokenBuffers() };

/** Normalizes and tokenizes `text`, looking each token up in `vocabulary`. Linear. */
export function tokenize(text: string, vocabulary: Vocabulary): Tokens {
  return tokenizeViews(text, normalizeUnits(text, scratch.views), vocabulary);
}

/**
 * Tokenizes the normalized `views` of `text` (as `tokenize`, for views already made, e.g. by
 * `blockUnits`). The tokens refer to `views`: use them before those are overwritten.
 */
export function tokenizeViews(text: string, views: UnitViews, vocabulary: Vocabulary): Tokens {
  const out = scratch.buffers;
  const count = scanTokens(views, vocabulary, false, out);
  return { original: text, views, count, starts: out.starts, ends: out.ends, ids: out.ids };
}

/**
 * The one token splitter, for texts and for glossary forms alike: writes the start, end and
 * vocabulary id of each token of the folded view into `out` (grown when short) and returns how
 * many. With `add`, tokens the vocabulary lacks are added (building the glossary); without it,
 * they get -1 (matching). Each token is hashed as it is read, so no string is made per token.
 */
export function scanTokens(
  views: UnitViews,
  vocabulary: Vocabulary,
  add: boolean,
  out: TokenBuffers,
): number {
  const view = views.folded;
  const klass = charClassTable();
  const n = views.length;
  // At most one token per view unit: sized once so the loop needs no growth checks.
  if (out.starts.length < n) {
    const capacity = Math.max(n, out.starts.length * 2);
    out.starts = new Int32Array(capacity);
    out.ends = new Int32Array(capacity);
    out.ids = new Int32Array(capacity);
  }
  const { starts, ends, ids } = out;
  let count = 0;
  let wordStart = -1;
  let hash = HASH_SEED;
  for (let i = 0; i <= n; i++) {
    const unit = i < n ? (view[i] as number) : 0x20;
    const k = klass[unit];
    if (k === CharClass.Word) {
      if (wordStart < 0) {
        wordStart = i;
        hash = HASH_SEED;
      }
      hash = hashStep(hash, unit);
      continue;
    }
    if (wordStart >= 0) {
      starts[count] = wordStart;
      ends[count] = i;
      ids[count] = add
        ? vocabulary.internUnits(view, wordStart, i, hash >>> 0)
        : vocabulary.lookupHashed(view, wordStart, i, hash >>> 0);
      count++;
      wordStart = -1;
    }
    if (k === CharClass.Punct) {
      const h = hashStep(HASH_SEED, unit) >>> 0;
      starts[count] = i;
      ends[count] = i + 1;
      ids[count] = add
        ? vocabulary.internUnits(view, i, i + 1, h)
        : vocabulary.lookupHashed(view, i, i + 1, h);
      count++;
    }
  }
  return count;
}

/** Original offsets [start, end) of tokens [first, last). */
export function originalSpan(tokens: Tokens, first: number, last: number): [number, number] {
  const { toOriginal } = tokens.views;
  const start = toOriginal[tokens.starts[first] as number] as number;
  const end = originalEnd(tokens.original, toOriginal, tokens.ends[last - 1] as number);
  return [start, end];
}

/** True when token k is a capitalized word of letters: "Nguyễn", "Tân" (not "UBND", not "2024"). */
export function isCapitalizedWord(tokens: Tokens, k: number): boolean {
  const s = tokens.starts[k] as number;
  const e = tokens.ends[k] as number;
  const { cased, folded } = tokens.views;
  if (charClassTable()[folded[s] as number] !== CharClass.Word) return false;
  if (cased[s] === folded[s]) return false;
  for (let i = s; i < e; i++) {
    const c = folded[i] as number;
    if (c >= 0x30 && c <= 0x39) return false;
    if (i > s && cased[i] !== c) return false;
  }
  return true;
}
