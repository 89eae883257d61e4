/**
 * Where the slowest date rules can match, found cheaply, so their regexes run only there.
 *
 * A global regex that opens with an optional group or an alternation of look-behinds is tried
 * at every position of the text, which made three rules most of the cost of finding dates. Each
 * rule below has a cheap necessary condition (a run of one or two digits before a separator, or
 * the words "đầu/cuối năm"); the start positions it yields are a superset of where a match can
 * start, and `matchesFrom` then gives exactly the matches of `text.matchAll(pattern)`.
 */

import { isSpaceUnit, wordUnitAt } from "../directives/words";

/** "tháng" and "năm", as the rules write them (same flags: the same letters match). */
const MONTH_WORD = /tháng/iu;
const YEAR_WORD = /năm/iu;
/** "năm" and a year's first digit ("\\d" is an ASCII digit in the rules, whatever their flags). */
const YEAR_NUMBER = /năm\s+\d/iu;
const DIGIT_SEPARATOR_DIGIT = /\d[/.-]\d/;

/**
 * Per rule: a text every match of the rule contains (its mandatory word, tested with the rule's
 * own case-insensitive flags, or the shape of its numbers). A block without it is not searched
 * at all, and a rule that no block of an article can match is never even compiled: each search
 * of a short block costs more in set-up than in scanning, and compiling one of these regexes
 * (their letter classes are large) costs more than a whole warm analysis.
 */
export const RULE_REQUIREMENTS: ReadonlyMap<string, RegExp> = new Map([
  ["day-formal", MONTH_WORD],
  // "d/m/yyyy", "(d/m)": a digit, a separator and a digit, side by side.
  ["day-numeric", DIGIT_SEPARATOR_DIGIT],
  ["day-no-year", DIGIT_SEPARATOR_DIGIT],
  ["day-month-words", MONTH_WORD],
  ["month-year", MONTH_WORD],
  ["month", MONTH_WORD],
  ["quarter", /quý/iu],
  ["months-of-year", YEAR_WORD],
  // "2021-2025": four digits, then a dash.
  ["period", /\d{4}\s*-/u],
  ["by-year", YEAR_NUMBER],
  ["vision", /tầm nhìn|định hướng/iu],
  ["year", YEAR_NUMBER],
  ["this-year", YEAR_WORD],
  ["tet", /tết/iu],
]);

/** Start positions (ascending, no duplicates needed) that include every possible match start. */
export type CandidateStarts = (text: string) => number[];

/** `/\s/u` on the code unit at `at` (false outside the text), memoized per unit. */
function isSpaceAt(text: string, at: number): boolean {
  return at >= 0 && at < text.length && isSpaceUnit(text.charCodeAt(at));
}

/** `/[\p{L}\p{N}]/u` on the code unit at `at` (false outside the text), memoized per unit. */
function isLetterOrDigitAt(text: string, at: number): boolean {
  return wordUnitAt(text, at);
}

/**
 * Start of the word that ends where the white space before `at` begins ("ngày" in "ngày 5/1"),
 * or -1 when no white space stands right before `at`. A word before a date is a run of letters
 * and digits whose previous character is neither (the rules' look-behind), so it is the whole run.
 */
export function wordBeforeSpaces(text: string, at: number): number {
  let i = at;
  while (isSpaceAt(text, i - 1)) i--;
  if (i === at) return -1;
  const end = i;
  while (isLetterOrDigitAt(text, i - 1)) i--;
  return i < end ? i : -1;
}

/**
 * One or two digits and a date separator. A global search cannot step over a run's start: a
 * match ends at the separator, and the digits it covers after its first are not run starts.
 */
const SHORT_NUMBER_THEN_SEPARATOR = /\d{1,2}[/.-]/g;

/** True when the digit at `at` starts a run of ASCII digits. */
function startsDigitRun(text: string, at: number): boolean {
  const before = at > 0 ? text.charCodeAt(at - 1) : 0;
  return before < 0x30 || before > 0x39;
}

/**
 * Rules whose match holds "d/m" at its first number ("ngày 5/1", "(13/10)", "sáng 26/8/2024"):
 * every run of one or two digits followed by "/", "." or "-", and the word before it (the rules'
 * optional "ngày", "sáng" …).
 */
export const dayMonthStarts: CandidateStarts = (text) => {
  const starts: number[] = [];
  for (const m of allMatches(SHORT_NUMBER_THEN_SEPARATOR, text)) {
    if (!startsDigitRun(text, m.index)) continue;
    const word = wordBeforeSpaces(text, m.index);
    if (word >= 0) starts.push(word);
    starts.push(m.index);
  }
  return starts;
};

/** Four digits, a dash, maybe "năm", four digits: the core of a period ("2021-2025"). */
const YEAR_RANGE = /\d{4}\s*-\s*(?:năm\s+)?\d{4}/giu;

/**
 * "2021-2025", "giai đoạn từ năm 2021 - 2025": every match holds a year range; it starts at the
 * range's first digit or at one of the (at most four) words before it.
 */
export const periodStarts: CandidateStarts = (text) => {
  const starts: number[] = [];
  // Every position where the core matches, overlapping ones included ("x2020 - 2021 - 2025",
  // where only the second range can open a period): each search resumes one past the last hit.
  YEAR_RANGE.lastIndex = 0;
  for (let m = YEAR_RANGE.exec(text); m; m = YEAR_RANGE.exec(text)) {
    YEAR_RANGE.lastIndex = m.index + 1;
    starts.push(m.index);
    let word = m.index;
    for (let n = 0; n < 4; n++) {
      word = wordBeforeSpaces(text, word);
      if (word < 0) break;
      starts.push(word);
    }
  }
  return starts;
};

const HALF_ANCHOR = /(?:đầu|cuối)\s+năm/giu;

/**
 * "6 tháng đầu năm", "nửa cuối năm": every match holds "đầu/cuối năm"; it starts at the word
 * before ("nửa") or at the word two before ("6", "sáu" before "tháng").
 */
export const monthsOfYearStarts: CandidateStarts = (text) => {
  const starts: number[] = [];
  for (const m of allMatches(HALF_ANCHOR, text)) {
    const one = wordBeforeSpaces(text, m.index);
    if (one < 0) continue;
    const two = wordBeforeSpaces(text, one);
    if (two >= 0) starts.push(two);
    starts.push(one);
  }
  return starts;
};

/**
 * The matches of the global `pattern` in `text`, exactly as `text.matchAll(pattern)` gives them.
 * `matchAll` first clones the regex, which for the long alternations here cost more per block
 * than the search itself; this runs `pattern` directly (from index 0, leaving it reset).
 */
export function allMatches(pattern: RegExp, text: string): RegExpExecArray[] {
  const found: RegExpExecArray[] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    found.push(m);
    // As `matchAll`: after an empty match, step on by one code point.
    if (m[0].length === 0) pattern.lastIndex = nextIndex(text, pattern.lastIndex, pattern.unicode);
  }
  pattern.lastIndex = 0;
  return found;
}

/** The index after the character at `at` (a whole surrogate pair in Unicode mode). */
function nextIndex(text: string, at: number, unicode: boolean): number {
  if (!unicode || at + 1 >= text.length) return at + 1;
  const code = text.charCodeAt(at);
  if (code < 0xd800 || code > 0xdbff) return at + 1;
  const next = text.charCodeAt(at + 1);
  return next >= 0xdc00 && next <= 0xdfff ? at + 2 : at + 1;
}

/**
 * The matches of the global `pattern` in `text`, exactly as `text.matchAll(pattern)` gives them,
 * trying the sticky copy `sticky` only at `starts` (which must include every index where a match
 * can start). A global search from index p returns the first index >= p where the pattern
 * matches, with the same captures as a sticky attempt there; after a match it goes on from its end.
 */
export function matchesFrom(text: string, sticky: RegExp, starts: number[]): RegExpExecArray[] {
  // The candidate lists mostly come in order already: a check is cheaper than a sort.
  if (!isAscending(starts)) starts.sort((a, b) => a - b);
  const found: RegExpExecArray[] = [];
  let from = 0;
  for (const at of starts) {
    if (at < from) continue;
    sticky.lastIndex = at;
    const m = sticky.exec(text);
    if (!m) continue;
    found.push(m);
    // An empty match would make the global search step on by one (none of these rules has one).
    from = m[0].length > 0 ? at + m[0].length : at + 1;
  }
  return found;
}

/** True when no element of `list` is below the one before it. */
function isAscending(list: readonly number[]): boolean {
  for (let i = 1; i < list.length; i++)
    if ((list[i] as number) < (list[i - 1] as number)) return false;
  return true;
}
