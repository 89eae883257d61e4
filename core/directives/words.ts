/**
 * Word-level helpers for Vietnamese text: syllable-boundary matching of phrase lists on a lower-cased
 * copy of a sentence (lower-casing Vietnamese NFC text keeps UTF-16 offsets). Pure.
 */

const LETTER = /[\p{L}\p{N}]/u;

/** True when `ch` is a letter or digit (a syllable character). */
export function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && LETTER.test(ch);
}

/** A phrase list prepared for longest-first matching. */
export interface PhraseList {
  readonly phrases: readonly string[];
}

/** Builds a phrase list (lower-cased, NFC, longest first). */
export function phrases(list: readonly string[]): PhraseList {
  const unique = [...new Set(list.map((p) => p.normalize("NFC").toLowerCase()))];
  return { phrases: unique.sort((a, b) => b.length - a.length) };
}

/** The longest phrase of `list` starting at `at` on syllable boundaries, or null. */
export function phraseAt(lower: string, at: number, list: PhraseList): string | null {
  if (at > 0 && isWordChar(lower[at - 1])) return null;
  for (const p of list.phrases) {
    if (lower.startsWith(p, at) && !isWordChar(lower[at + p.length])) return p;
  }
  return null;
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
  while (i < text.length && /\s/u.test(text[i] as string)) i++;
  return i;
}

/** The syllable (letters/digits) starting at `at`, or "". */
export function wordAt(lower: string, at: number): string {
  let end = at;
  while (end < lower.length && isWordChar(lower[end])) end++;
  return lower.slice(at, end);
}

/** The syllable that ends right before `at` (skipping spaces before it), or "". */
export function wordBefore(lower: string, at: number): string {
  let end = at;
  while (end > 0 && /\s/u.test(lower[end - 1] as string)) end--;
  let start = end;
  while (start > 0 && isWordChar(lower[start - 1])) start--;
  return lower.slice(start, end);
}

/** Collapses white space runs to one space and trims. */
export function collapse(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}
