/**
 * Which entry a matched key stands for: case of abbreviations, context of ambiguous
 * abbreviations, and the validity dates of renamed bodies.
 */
import type { GlossaryEntry } from "../types";
import type { TermIndex } from "./build";
import type { Tokens } from "./tokens";
import type { FormRef } from "./trie";

/**
 * How far an ambiguous abbreviation looks for its context words: this many tokens (syllables
 * and punctuation marks) on either side, within the same block. About two sentences of news
 * prose; a whole block would be too wide for texts that lost their paragraph breaks.
 */
export const CONTEXT_WINDOW_TOKENS = 50;

/** Rank penalty of an entry without context words, beyond any validity distance in days. */
const UNCONDITIONED = 1e7;

/** The form a hit stands for (it carries its entry). */
export type ChosenForm = FormRef;

/** The days from `date` to the entry's validity range: 0 inside, positive outside. */
function daysOutside(entry: GlossaryEntry, date: string): number {
  if (entry.validFrom === null && entry.validTo === null) return 0;
  const day = Date.parse(date.slice(0, 10));
  if (entry.validFrom && date < entry.validFrom.slice(0, 10)) {
    return (Date.parse(entry.validFrom.slice(0, 10)) - day) / 86_400_000;
  }
  if (entry.validTo && date > entry.validTo.slice(0, 10)) {
    return (day - Date.parse(entry.validTo.slice(0, 10))) / 86_400_000;
  }
  return 0;
}

/** True when the entry's name is valid on `date` (ISO yyyy-mm-dd). */
export function isValidOn(entry: GlossaryEntry, date: string): boolean {
  return daysOutside(entry, date) === 0;
}

/** True when the cased view of tokens [start, end), joined by spaces, is `key` (no allocation). */
function casedKeyEquals(tokens: Tokens, start: number, end: number, key: string): boolean {
  const cased = tokens.views.cased;
  let at = 0;
  for (let k = start; k < end; k++) {
    if (k > start) {
      if (key.charCodeAt(at) !== 0x20) return false;
      at++;
    }
    const s = tokens.starts[k] as number;
    const e = tokens.ends[k] as number;
    for (let i = s; i < e; i++, at++) if (key.charCodeAt(at) !== cased[i]) return false;
  }
  return at === key.length;
}

/** True when token k is "/" or "-" written with no space on either side ("01/NQ-CP"). */
function isGluedJoiner(tokens: Tokens, k: number): boolean {
  if (k <= 0 || k >= tokens.count - 1) return false;
  const at = tokens.starts[k] as number;
  if ((tokens.ends[k] as number) !== at + 1) return false;
  const unit = tokens.views.folded[at];
  if (unit !== 0x2f && unit !== 0x2d) return false;
  return tokens.ends[k - 1] === at && tokens.starts[k + 1] === at + 1;
}

/**
 * True when tokens [start, end) are part of a document symbol such as "01/NQ-CP" or
 * "146/2025/NĐ-CP": citations decode those; as glossary abbreviations they would be noise.
 */
function insideSymbol(tokens: Tokens, start: number, end: number): boolean {
  return isGluedJoiner(tokens, start - 1) || isGluedJoiner(tokens, end);
}

/** True when one of the entry's context phrases occurs near the hit. */
function hasContext(
  index: TermIndex,
  tokens: Tokens,
  entry: number,
  start: number,
  end: number,
): boolean {
  const phrases = index.contextKeys.get(entry);
  if (!phrases) return true;
  const first = Math.max(0, start - CONTEXT_WINDOW_TOKENS);
  const last = Math.min(tokens.count, end + CONTEXT_WINDOW_TOKENS);
  const ids = tokens.ids;
  for (const phrase of phrases) {
    for (let k = first; k + phrase.length <= last; k++) {
      let same = true;
      for (let p = 0; p < phrase.length && same; p++) same = ids[k + p] === phrase[p];
      if (same) return true;
    }
  }
  return false;
}

/**
 * The form a hit stands for, or null when none fits:
 * 1. case-sensitive forms need the exact capitals ("UBND", not "Ubnd") and do not match inside a
 *    document symbol ("NQ" in "01/NQ-CP");
 * 2. an abbreviation of an ambiguous entry (one with `context` words) needs a context phrase
 *    within CONTEXT_WINDOW_TOKENS; the entry's full forms are not ambiguous and need none;
 * 3. an ambiguous entry whose context is present wins over an unambiguous one ("BCT" near
 *    "Đảng" is the Politburo, elsewhere the ministry);
 * 4. of the rest, the first entry (glossary order) valid on `date`; when none is valid, the one
 *    nearest in time: a renamed body's old name still matches in newer articles, and the hover
 *    card explains the change (see `termNote`).
 */
export function chooseForm(
  index: TermIndex,
  tokens: Tokens,
  start: number,
  end: number,
  forms: readonly FormRef[],
  date: string,
): ChosenForm | null {
  const only = forms.length === 1 ? (forms[0] as FormRef) : null;
  if (only && only.casedKey === null && only.entry.validFrom === null && !only.entry.validTo) {
    return only;
  }
  let best: ChosenForm | null = null;
  let bestScore = Number.POSITIVE_INFINITY;
  for (const form of forms) {
    // Context words make an abbreviation unambiguous; full names need none.
    let ambiguous = false;
    if (form.casedKey !== null) {
      if (insideSymbol(tokens, start, end)) continue;
      if (!casedKeyEquals(tokens, start, end, form.casedKey)) continue;
      ambiguous = index.contextKeys.has(form.entryIndex);
    }
    if (ambiguous && !hasContext(index, tokens, form.entryIndex, start, end)) continue;
    const entry = form.entry;
    // Days outside the validity range; an unambiguous entry ranks after any ambiguous one whose
    // context is present (the context words are the stronger evidence).
    const score = daysOutside(entry, date) + (ambiguous ? 0 : UNCONDITIONED);
    if (score < bestScore) {
      best = form;
      bestScore = score;
    }
  }
  return best;
}
