/**
 * Word-level helpers for Vietnamese text: syllable-boundary matching of phrase lists on a lower-cased
 * copy of a sentence (lower-casing Vietnamese NFC text keeps UTF-16 offsets). Pure.
 *
 * These run for every character of every sentence, so they avoid per-call regexes: character
 * classes are memoized per code unit, and phrase lists are bucketed by their first code unit.
 */

const LETTER = /[\p{L}\p{N}]/u;
const ONLY_LETTER = /\p{L}/u;
const SPACE = /\s/u;

/** Per BMP code unit: 0 = not yet known, 1 = no, 2 = yes (filled on first sight). */
const wordUnits = new Uint8Array(0x10000);
const spaceUnits = new Uint8Array(0x10000);
const letterUnits = new Uint8Array(0x10000);

/** `LETTER.test` of one code unit, memoized (a lone surrogate is never a letter or digit). */
function isWordUnit(code: number): boolean {
  let known = wordUnits[code] as number;
  if (known === 0) {
    known = LETTER.test(String.fromCharCode(code)) ? 2 : 1;
    wordUnits[code] = known;
  }
  return known === 2;
}

/** `/\s/u.test` of one code unit, memoized. */
export function isSpaceUnit(code: number): boolean {
  let known = spaceUnits[code] as number;
  if (known === 0) {
    known = SPACE.test(String.fromCharCode(code)) ? 2 : 1;
    spaceUnits[code] = known;
  }
  return known === 2;
}

/** `/\p{L}/u.test` of one code unit (letters only, not digits), memoized. */
export function isLetterUnit(code: number): boolean {
  let known = letterUnits[code] as number;
  if (known === 0) {
    known = ONLY_LETTER.test(String.fromCharCode(code)) ? 2 : 1;
    letterUnits[code] = known;
  }
  return known === 2;
}

/**
 * A test of single characters against `pattern` (a character class), memoized per code unit;
 * for loops that look at every character.
 */
export function unitClass(pattern: RegExp): (text: string, at: number) => boolean {
  const known = new Uint8Array(0x10000);
  return (text, at) => {
    if (at < 0 || at >= text.length) return false;
    const code = text.charCodeAt(at);
    let k = known[code] as number;
    if (k === 0) {
      k = pattern.test(String.fromCharCode(code)) ? 2 : 1;
      known[code] = k;
    }
    return k === 2;
  };
}

/** True when `ch` is a letter or digit (a syllable character). */
export function isWordChar(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  // Callers pass one code unit; anything longer keeps the regex's "any character" meaning.
  return ch.length === 1 ? isWordUnit(ch.charCodeAt(0)) : LETTER.test(ch);
}

/** True when the code unit at `at` of `text` is a letter or digit (false outside the text). */
export function wordUnitAt(text: string, at: number): boolean {
  return at >= 0 && at < text.length && isWordUnit(text.charCodeAt(at));
}

/** The text, offset and hash of the last syllable hashed (see `syllableHash`). */
let lastHashedText = "";
let lastHashedAt = -1;
let lastHash = 0;

/**
 * A number for the syllable (maximal run of letters and digits) starting at `at`: the same for
 * equal syllables, and the same for every position where no syllable starts. Kept to 30 bits, so
 * it is a small integer for the engine (a Map key and a variable that need no boxing).
 */
function syllableHash(text: string, at: number): number {
  // Callers look up several lists at the same position in turn: reuse the last hash.
  if (at === lastHashedAt && text === lastHashedText) return lastHash;
  let hash = 7;
  for (let i = at; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (!isWordUnit(code)) break;
    hash = (Math.imul(hash, 31) + code) & 0x3fffffff;
  }
  lastHashedText = text;
  lastHashedAt = at;
  lastHash = hash;
  return hash;
}

/** A phrase list prepared for longest-first matching. */
export interface PhraseList {
  readonly phrases: readonly string[];
  /**
   * The phrases by the hash of their first syllable, each bucket longest first. A phrase can only
   * match where the text's syllable equals its first one (its end is a syllable boundary, and so
   * is the end of a first syllable followed by more), so one bucket holds every candidate.
   * Absent on hand-made lists.
   */
  readonly bySyllable?: ReadonlyMap<number, readonly string[]>;
  /**
   * This list's bit in `PREFIX_MASKS`, set at the hash of the first `prefixUnits` code units of
   * each of its phrases: where the text's prefix hash lacks the bit, no phrase can match, and
   * the syllable is not even hashed. Absent on hand-made lists and past the 32nd list.
   */
  readonly prefixBit?: number;
  /** How many code units the prefix test reads: 3, or the length of the list's shortest phrase. */
  readonly prefixUnits?: number;
}

/** Per prefix hash (see `prefixHash`), one bit per phrase list: a phrase of it has that prefix. */
const PREFIX_MASKS = new Uint32Array(0x10000);
/** Bits given out to lists so far (one per list, at most 32). */
let listBits = 0;

/** A 16-bit hash of code units [at, at + units) of `text` (units from 1 to 3, all in the text). */
function prefixHash(text: string, at: number, units: number): number {
  let h = text.charCodeAt(at);
  if (units > 1) h = (h * 31 + text.charCodeAt(at + 1)) | 0;
  if (units > 2) h = (h * 31 + text.charCodeAt(at + 2)) | 0;
  return h & 0xffff;
}

/** Builds a phrase list (lower-cased, NFC, longest first). */
export function phrases(list: readonly string[]): PhraseList {
  const unique = [...new Set(list.map((p) => p.normalize("NFC").toLowerCase()))];
  const sorted = unique.sort((a, b) => b.length - a.length);
  const bySyllable = new Map<number, string[]>();
  for (const p of sorted) {
    const hash = syllableHash(p, 0);
    const bucket = bySyllable.get(hash);
    if (bucket) bucket.push(p);
    else bySyllable.set(hash, [p]);
  }
  // The empty phrase matches anywhere: only a plain scan keeps its place in the order.
  if (sorted.includes("")) return { phrases: sorted };
  if (listBits >= 32) return { phrases: sorted, bySyllable };
  const prefixBit = 1 << listBits++;
  // Longest first: the last phrase is the shortest.
  const prefixUnits = Math.min(3, (sorted[sorted.length - 1] as string).length);
  for (const p of sorted) {
    const h = prefixHash(p, 0, prefixUnits);
    PREFIX_MASKS[h] = (PREFIX_MASKS[h] as number) | prefixBit;
  }
  return { phrases: sorted, bySyllable, prefixBit, prefixUnits };
}

/** The phrases that may match at `at` (all of them for hand-made lists or a negative `at`). */
function candidatesAt(lower: string, at: number, list: PhraseList): readonly string[] | undefined {
  // A negative `at` makes `startsWith` look at offset 0: keep the full list for that case.
  if (!list.bySyllable || at < 0) return list.phrases;
  return list.bySyllable.get(syllableHash(lower, at));
}

/** The longest phrase of `list` starting at `at` on syllable boundaries, or null. */
export function phraseAt(lower: string, at: number, list: PhraseList): string | null {
  if (at > 0 && wordUnitAt(lower, at - 1)) return null;
  // A phrase starts with its prefix: most words fail this at once. (A phrase that fits in the
  // text leaves room for its prefix.)
  const bit = list.prefixBit;
  if (bit !== undefined && at >= 0) {
    const units = list.prefixUnits as number;
    if (at + units > lower.length) return null;
    if (((PREFIX_MASKS[prefixHash(lower, at, units)] as number) & bit) === 0) return null;
  }
  const candidates = candidatesAt(lower, at, list);
  if (!candidates) return null;
  for (const p of candidates) {
    if (lower.startsWith(p, at) && !wordUnitAt(lower, at + p.length)) return p;
  }
  return null;
}

/** True when a phrase of one of `lists` starts at `at` (`lists.some(…phraseAt… !== null)`). */
export function anyPhraseAt(lower: string, at: number, lists: readonly PhraseList[]): boolean {
  // Inside a syllable no phrase of any list starts: one test instead of one per list.
  if (at > 0 && wordUnitAt(lower, at - 1)) return false;
  for (const list of lists) if (phraseAt(lower, at, list) !== null) return true;
  return false;
}

/** Every occurrence of a phrase of `list` in `lower` from `from`, in text order. */
export function findPhrases(
  lower: string,
  list: PhraseList,
  from = 0,
  to = lower.length,
): { at: number; phrase: string }[] {
  const found: { at: number; phrase: string }[] = [];
  let i = from;
  while (i < to) {
    if (!isWordChar(lower[i]) || (i > 0 && isWordChar(lower[i - 1]))) {
      i++;
      continue;
    }
    const p = phraseAt(lower, i, list);
    if (p) {
      found.push({ at: i, phrase: p });
      i += p.length;
    } else i++;
  }
  return found;
}

/** Offset of the next syllable start at or after `at` (skipping spaces only). */
export function skipSpaces(text: string, at: number): number {
  let i = at;
  while (i < text.length && isSpaceUnit(text.charCodeAt(i))) i++;
  return i;
}

/** The syllable (letters/digits) starting at `at`, or "". */
export function wordAt(lower: string, at: number): string {
  let end = at;
  while (end < lower.length && isWordUnit(lower.charCodeAt(end))) end++;
  return lower.slice(at, end);
}

/** The syllable that ends right before `at` (skipping spaces before it), or "". */
export function wordBefore(lower: string, at: number): string {
  let end = at;
  while (end > 0 && isSpaceUnit(lower.charCodeAt(end - 1))) end--;
  let start = end;
  while (start > 0 && isWordUnit(lower.charCodeAt(start - 1))) start--;
  return lower.slice(start, end);
}

/** True when `collapse` would return `text` unchanged: no space run, tab or edge space. */
function isCollapsed(text: string): boolean {
  const n = text.length;
  if (n === 0) return true;
  if (isSpaceUnit(text.charCodeAt(0)) || isSpaceUnit(text.charCodeAt(n - 1))) return false;
  // With both ends not white space, a white space other than " ", or a space followed by white
  // space, can only stand inside: one regex search (several times faster than a loop over the
  // code units of a sliced string).
  return !UNCOLLAPSED.test(text);
}

/** White space other than " ", or a space followed by any white space. */
const UNCOLLAPSED = /[^\S ]| \s/u;

/** Collapses white space runs to one space and trims. */
export function collapse(text: string): string {
  // Most texts are already collapsed; checking is much cheaper than a regex replace.
  return isCollapsed(text) ? text : text.replace(/\s+/g, " ").trim();
}

/**
 * `text.toLowerCase()` when every slice of it is the lower case of the same slice of `text`
 * (so one lower-casing of a block serves all its sentences), else null: lower-casing is per
 * character except for the Greek capital sigma (its form depends on the next letter) and for
 * characters whose lower case is longer (dotted capital I), which change the length.
 */
export function sliceableLower(text: string): string | null {
  if (text.includes("Σ")) return null;
  const lower = text.toLowerCase();
  return lower.length === text.length ? lower : null;
}
