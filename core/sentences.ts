/**
 * Vietnamese sentence segmentation with offsets into the original block text.
 *
 * News text breaks the naive "split at a full stop" rule in many ways: abbreviations ("TP. HCM",
 * "PGS.TS."), dates and document numbers ("5/1/2024", "01/NQ-CP"), decimals ("3,5%", "1.234,5"),
 * sentences that end inside a closing quote, ellipses, and crawlers that drop the space after a
 * full stop ("hoàn thành.Thứ trưởng"). Pure: no DOM.
 */

/** One sentence: [start, end) in the block text; `text` is the verbatim slice. */
export interface Sentence {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** Tokens that end with a full stop without ending a sentence (compared case-sensitively). */
const ABBREVIATIONS = new Set([
  "TP",
  "Tp",
  "TS",
  "PGS",
  "GS",
  "ThS",
  "Ths",
  "Th",
  "BS",
  "KS",
  "CN",
  "NXB",
  "KT",
  "TM",
  "TL",
  "TUQ",
  "Q",
  "P",
  "TX",
  "TT",
  "St",
  "Mr",
  "Mrs",
  "Dr",
  "Ô",
  "B",
  "Tr",
  "tr",
  "vs",
  "v.v",
]);

const TERMINATORS = ".!?…";
/** Per code unit: 1 for the characters the splitter acts on ("\n", '"', ";", ":", terminators). */
const MAY_MATTER = new Uint8Array(0x10000);
for (const ch of `\n";:${TERMINATORS}`) MAY_MATTER[ch.charCodeAt(0)] = 1;
/** Bullets that open a list item ("- Bộ Công Thương …"). */
const BULLETS = "-–•+";
const CLOSERS = "”’»)]";
const OPENERS = "“‘«(\"'";

/**
 * A character test memoized per UTF-16 code unit (0 = not yet known, 1 = no, 2 = yes): the
 * splitter looks at every character, and a Unicode-property regex per character was most of its
 * cost. Strings of other lengths (none in practice) go to the regex.
 */
function unitTest(pattern: RegExp): (ch: string | undefined) => boolean {
  const known = new Uint8Array(0x10000);
  return (ch) => {
    if (ch === undefined) return false;
    if (ch.length !== 1) return pattern.test(ch);
    const code = ch.charCodeAt(0);
    let k = known[code] as number;
    if (k === 0) {
      k = pattern.test(ch) ? 2 : 1;
      known[code] = k;
    }
    return k === 2;
  };
}

const isUpper = unitTest(/\p{Lu}/u);
const isLowerOrDigit = unitTest(/[\p{Ll}\p{Nd}]/u);
const isSpace = unitTest(/\s/u);
const isLetter = unitTest(/[\p{L}]/u);

/** The run of letters ending just before `index` (the word a full stop is attached to). */
function wordBefore(text: string, index: number): string {
  let i = index;
  while (i > 0 && isLetter(text[i - 1] as string)) i--;
  return text.slice(i, index);
}

/** The whitespace-free token around `index` (for URLs, e-mail addresses, domain names). */
function tokenAround(text: string, index: number): string {
  let a = index;
  let b = index;
  while (a > 0 && !isSpace(text[a - 1])) a--;
  while (b < text.length && !isSpace(text[b])) b++;
  return text.slice(a, b);
}

/** True when a full stop at `dot` belongs to an abbreviation or a personal initial. */
function isAbbreviationDot(text: string, dot: number): boolean {
  const word = wordBefore(text, dot);
  if (word.length === 0) return false;
  if (ABBREVIATIONS.has(word)) return true;
  // A single capital letter is an initial ("N. V. An", "Đ.LÂM").
  return word.length === 1 && isUpper(word);
}

const isDigit = (ch: string | undefined) => ch !== undefined && ch >= "0" && ch <= "9";
const isItemLetter = unitTest(/[a-zđ]/u);

/**
 * True when a list item starts at `at` (after spaces): "a) ", "đ) ", "2) ", or a bullet and a
 * space. Items of an inline list ("… yêu cầu: a) …; b) …") are tasks of their own.
 */
function listItemAt(text: string, at: number): boolean {
  let i = at;
  while (i < text.length && isSpace(text[i])) i++;
  if (i === at) return false;
  const ch = text[i];
  if (ch !== undefined && BULLETS.includes(ch)) return isSpace(text[i + 1]);
  let j = i;
  if (isItemLetter(ch)) j = i + 1;
  else while (j < text.length && j - i < 2 && isDigit(text[j])) j++;
  return j > i && text[j] === ")" && isSpace(text[j + 1]);
}

/**
 * True when the full stop at `dot` ends a list number or letter that opens its line ("1. Các
 * bộ …", "a. Sở Công Thương …"): the number belongs to the item, it is not a sentence.
 */
function isListMarkerDot(text: string, dot: number): boolean {
  let i = dot;
  while (i > 0 && i > dot - 2 && isDigit(text[i - 1])) i--;
  if (i === dot && dot > 0 && isItemLetter(text[dot - 1])) i = dot - 1;
  if (i === dot) return false;
  for (let k = i - 1; k >= 0 && text[k] !== "\n"; k--) if (!isSpace(text[k])) return false;
  return true;
}

/**
 * Where a sentence that has a terminator at [from, to) ends, or -1 when the text goes on.
 * `insideQuote` tells whether a straight double quote right after the terminator closes a quote.
 */
function boundaryAfter(text: string, from: number, to: number, insideQuote: boolean): number {
  let end = to;
  while (end < text.length) {
    const ch = text[end] as string;
    if (CLOSERS.includes(ch) || (ch === '"' && insideQuote)) end++;
    else break;
  }
  if (end >= text.length) return end;
  const single = to - from === 1 && text[from] === ".";
  if (isSpace(text[end])) {
    let next = end;
    while (next < text.length && isSpace(text[next])) next++;
    if (next >= text.length) return end;
    const ch = text[next];
    const startsSentence =
      isUpper(ch) || (ch !== undefined && OPENERS.includes(ch) && isUpper(text[next + 1]));
    if (!startsSentence) return -1;
    if (single && end === to && (isAbbreviationDot(text, from) || isListMarkerDot(text, from)))
      return -1;
    return end;
  }
  // No space: split "hoàn thành.Thứ trưởng" but not "TP.HCM", "Th.S" or "congthuong.vn".
  if (!single || end !== to) return -1;
  if (!isUpper(text[end]) || !isLowerOrDigit(text[from - 1])) return -1;
  if (isAbbreviationDot(text, from)) return -1;
  const token = tokenAround(text, from);
  if (/[/@]|www|https?:/i.test(token)) return -1;
  return end;
}

/** Splits one block of text into sentences. Newlines always end a sentence. */
export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let start = 0;
  let straightQuotes = 0;
  const push = (from: number, to: number) => {
    let a = from;
    let b = to;
    while (a < b && isSpace(text[a])) a++;
    while (b > a && isSpace(text[b - 1])) b--;
    if (b > a) sentences.push({ start: a, end: b, text: text.slice(a, b) });
  };
  let i = 0;
  while (i < text.length) {
    const code = text.charCodeAt(i);
    // Most characters are none of "\n", '"' or a terminator: skip them without a string.
    if (!MAY_MATTER[code]) {
      i++;
      continue;
    }
    const ch = text[i] as string;
    if (ch === "\n") {
      push(start, i);
      start = i + 1;
      straightQuotes = 0;
      i++;
      continue;
    }
    if (ch === '"') straightQuotes++;
    if ((ch === ";" || ch === ":") && listItemAt(text, i + 1)) {
      push(start, i + 1);
      start = i + 1;
      straightQuotes = 0;
      i++;
      continue;
    }
    if (!TERMINATORS.includes(ch)) {
      i++;
      continue;
    }
    let to = i + 1;
    while (to < text.length && TERMINATORS.includes(text[to] as string)) to++;
    const end = boundaryAfter(text, i, to, straightQuotes % 2 === 1);
    if (end < 0) {
      i = to;
      continue;
    }
    for (let k = to; k < end; k++) if (text[k] === '"') straightQuotes++;
    push(start, end);
    start = end;
    straightQuotes = 0;
    i = end;
  }
  push(start, text.length);
  return sentences;
}
