/**
 * Vietnamese text normalization for matching. Matching runs on a normalized view; every match is
 * reported with offsets into the ORIGINAL text, which stays the display form.
 *
 * What the view folds (see the orthography notes on congthuong.vn text):
 * - NFC composition (input may be NFD, where "Bộ Công Thương" is 19 code units instead of 14);
 * - one tone-mark placement for the open rhymes oa, oe, uy: "hoà"→"hòa", "thuỷ"→"thủy",
 *   "uý"→"úy", "khoẻ"→"khỏe" (and "qúy"→"quý", where u belongs to the onset);
 * - the legacy misplacement "ựơ"→"ượ" ("lựơng"→"lượng");
 * - the look-alike Eth Ð/ð (U+00D0/U+00F0) → Đ/đ;
 * - NBSP, narrow NBSP and other Unicode spaces, tabs and line breaks → " ";
 * - zero-width spaces/joiners, word joiner, BOM and soft hyphen → removed;
 * - hyphen, non-breaking hyphen, figure/en/em dashes, minus → "-";
 * - lowercase (folded view only). Vietnamese letters lowercase one-to-one; "Ð" is mapped to "Đ"
 *   first because "Ð".toLowerCase() is "ð", not "đ".
 */

/** Sentinel in the character table: the code unit is dropped from the view. */
const REMOVED = 0xffff;

const SPACES = [
  0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x85, 0xa0, 0x1680, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005,
  0x2006, 0x2007, 0x2008, 0x2009, 0x200a, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000,
];
const INVISIBLES = [0xad, 0x180e, 0x200b, 0x200c, 0x200d, 0x2060, 0xfeff];
const DASHES = [0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212, 0xfe58, 0xfe63, 0xff0d];
const LOOKALIKES: readonly [number, number][] = [
  [0xd0, 0x110], // Ð Latin capital Eth → Đ
  [0xf0, 0x111], // ð Latin small eth → đ
];

/** Character classes for tokenizing a view. */
export const CharClass = { Space: 0, Word: 1, Punct: 2 } as const;
/** One of the values of `CharClass`. */
export type CharClass = (typeof CharClass)[keyof typeof CharClass];

/**
 * Per BMP code unit: its replacement in the cased view (REMOVED = drop), the lowercase of that
 * (when it is one code unit), and its class (Space, Word, Punct). Filled one character at a time,
 * the first time a text holds it: a page uses a few hundred distinct characters, and computing
 * all 65,536 up front (NFC, lowercase and a Unicode property test each) cost more than the whole
 * analysis of an article.
 */
const casedTable = new Uint16Array(0x10000);
const lowerTable = new Uint16Array(0x10000);
const classTable = new Uint8Array(0x10000);
/** 1 where the three tables hold the character's entries. */
const filled = new Uint8Array(0x10000);

const WORD = /[\p{L}\p{N}\p{M}]/u;

/** Fixed entries that override the computed ones: [cased, lower, class or -1 = as computed]. */
const OVERRIDES = new Map<number, readonly [number, number, number]>();
for (const c of SPACES) OVERRIDES.set(c, [0x20, 0x20, CharClass.Space]);
for (const c of INVISIBLES) OVERRIDES.set(c, [REMOVED, REMOVED, -1]);
for (const c of DASHES) OVERRIDES.set(c, [0x2d, 0x2d, -1]);
for (const [from, to] of LOOKALIKES) OVERRIDES.set(from, [to, 0x111, -1]);
OVERRIDES.set(0x20, [0x20, 0x20, CharClass.Space]);
OVERRIDES.set(0x110, [0x110, 0x111, -1]);

/**
 * Fills the table entries of code unit `c`, and of the units it maps to (a view is made of
 * those, and its tokenizer reads their class without a check).
 */
function fillChar(c: number): void {
  filled[c] = 1;
  const surrogate = c >= 0xd800 && c <= 0xdfff;
  let mapped = c;
  // Singletons such as the Kelvin or Angstrom signs compose to a letter under NFC.
  if (!surrogate && c >= 0x80) {
    const nfc = String.fromCharCode(c).normalize("NFC");
    if (nfc.length === 1) mapped = nfc.charCodeAt(0);
  }
  const low = String.fromCharCode(mapped).toLowerCase();
  let lower = low.length === 1 ? low.charCodeAt(0) : mapped;
  let klass: number =
    surrogate || WORD.test(String.fromCharCode(c)) ? CharClass.Word : CharClass.Punct;
  const fixed = OVERRIDES.get(c);
  if (fixed) {
    mapped = fixed[0];
    lower = fixed[1];
    if (fixed[2] >= 0) klass = fixed[2];
  }
  casedTable[c] = mapped;
  lowerTable[c] = lower;
  classTable[c] = klass;
  if (mapped !== REMOVED && filled[mapped] === 0) fillChar(mapped);
  if (lower !== REMOVED && filled[lower] === 0) fillChar(lower);
}

/** Makes sure the table entries of code unit `c` are filled. */
function ensureChar(c: number): void {
  if (filled[c] === 0) fillChar(c);
}

// ASCII is in every text: filled at once (a few microseconds).
for (let c = 0; c < 0x80; c++) ensureChar(c);

/** The class (Space, Word, Punct) of a code unit of a normalized view. */
export function charClass(code: number): CharClass {
  ensureChar(code);
  return classTable[code] as CharClass;
}

/**
 * The class of every BMP code unit (see `charClass`), for loops over long views. Entries are
 * filled lazily: read it only for units of a view made by `normalizeUnits`/`normalizeViews`
 * (those are always filled), or call `charClass` for any other unit.
 */
export function charClassTable(): Uint8Array {
  return classTable;
}

/** Combining diacritical marks (U+0300–U+036F): they compose with the preceding base. */
function isCombining(code: number): boolean {
  return code >= 0x300 && code <= 0x36f;
}

// ---- Tone placement ----------------------------------------------------------------------------

const TONE_MARKS = ["\u0300", "\u0301", "\u0309", "\u0303", "\u0323"];

interface ToneMove {
  /** The first vowel of the pair, carrying the tone. */
  readonly first: number;
  /** The second vowel, without tone. */
  readonly second: number;
}

/**
 * Rows of the tone-placement table: `[first, second]` open-rhyme vowel pairs whose tone sits on
 * the first vowel in the canonical form ("hòa", "khỏe", "thủy").
 */
const OPEN_RHYMES: readonly [string, string][] = [
  ["o", "a"],
  ["o", "e"],
  ["u", "y"],
];

/**
 * Key: the two code units of a pair with the tone on the SECOND vowel ("oà", "Uỷ" …); value: the
 * same pair with the tone on the first. Built from the rows above in every case combination.
 */
const toneMoves = new Map<string, ToneMove>();
/** Key: "ú"+"y" with the tone on u after q ("qúy"); value: the pair with the tone on y ("uý"). */
const quMoves = new Map<string, ToneMove>();

for (const [v1, v2] of OPEN_RHYMES) {
  for (const a of [v1, v1.toUpperCase()]) {
    for (const b of [v2, v2.toUpperCase()]) {
      for (const mark of TONE_MARKS) {
        const tonedFirst = (a + mark).normalize("NFC");
        const tonedSecond = (b + mark).normalize("NFC");
        const canonical = { first: tonedFirst.charCodeAt(0), second: b.charCodeAt(0) };
        toneMoves.set(a + tonedSecond, canonical);
        if (v1 === "u") {
          quMoves.set(tonedFirst + b, {
            first: a.charCodeAt(0),
            second: tonedSecond.charCodeAt(0),
          });
        }
      }
    }
  }
}

/** "ự"+"ơ" (tone on the u of ươ, a legacy composition error) → "ư"+"ợ"; all case combinations. */
const hornMoves = new Map<string, ToneMove>();
for (const [u, o] of [
  ["ư", "ơ"],
  ["Ư", "Ơ"],
  ["Ư", "ơ"],
]) {
  for (const mark of TONE_MARKS) {
    hornMoves.set(`${(u + mark).normalize("NFC")}${o}`, {
      first: (u as string).charCodeAt(0),
      second: (o + mark).normalize("NFC").charCodeAt(0),
    });
  }
}

/** First and second units of the pairs in the tables: flag lookups before any Map lookup. */
const pairStarts = new Uint8Array(0x10000);
const pairEnds = new Uint8Array(0x10000);
for (const key of [...toneMoves.keys(), ...quMoves.keys(), ...hornMoves.keys()]) {
  pairStarts[key.charCodeAt(0)] = 1;
  pairEnds[key.charCodeAt(1)] = 1;
}

/** Moves tone marks to the canonical vowel, in place, in both views (same length, same map). */
function placeTones(cased: Uint16Array, folded: Uint16Array, length: number): void {
  const klass = classTable;
  for (let k = 1; k < length; k++) {
    const c2 = cased[k] as number;
    if (pairEnds[c2] === 0) continue;
    const c1 = cased[k - 1] as number;
    if (pairStarts[c1] === 0) continue;
    const pair = String.fromCharCode(c1, c2);
    const syllableEnds = k + 1 >= length || klass[folded[k + 1] as number] !== CharClass.Word;
    const before = k >= 2 ? (folded[k - 2] as number) : 0x20;
    let move: ToneMove | undefined = hornMoves.get(pair);
    if (!move && syllableEnds) {
      // After q the u belongs to the onset: "quý" is canonical and "qúy" is moved to it.
      move = before === 0x71 ? quMoves.get(pair) : toneMoves.get(pair);
      // The pair must start the rhyme: "ngoà" yes, but not the "uy" of "khuyà"-like sequences.
      if (move && before !== 0x71 && k >= 2 && klass[before] === CharClass.Word) {
        if (isVowelLetter(before)) move = undefined;
      }
    }
    if (!move) continue;
    cased[k - 1] = move.first;
    cased[k] = move.second;
    folded[k - 1] = lowerUnit(move.first);
    folded[k] = lowerUnit(move.second);
  }
}

const PLAIN_VOWELS = new Set("aăâeêioôơuưy".split("").map((c) => c.charCodeAt(0)));

/** True for a lowercase vowel letter without tone (the only kind that can precede a rhyme). */
function isVowelLetter(code: number): boolean {
  return PLAIN_VOWELS.has(code);
}

function lowerUnit(code: number): number {
  ensureChar(code);
  return lowerTable[code] as number;
}

// ---- Views -------------------------------------------------------------------------------------

/** A normalized view of a text with the map back to the original. */
export interface NormalizedViews {
  /** All folds except lowercase (for case-sensitive abbreviations). */
  readonly cased: string;
  /** All folds including lowercase; same length as `cased`, same offset map. */
  readonly folded: string;
  /**
   * For every view index (and one past the end) the original offset where that unit comes from.
   * Non-decreasing; `toOriginal[view.length] === original.length`.
   */
  readonly toOriginal: Uint32Array;
}

/**
 * The same views as code units, in buffers that may be longer than `length` and may be reused by
 * the next call that is given the same `UnitViews` (the matcher does this to avoid allocating
 * per block).
 */
export interface UnitViews {
  cased: Uint16Array;
  folded: Uint16Array;
  toOriginal: Uint32Array;
  /** Number of code units in the views. */
  length: number;
}

/** A string from the first `length` code units (chunked: `apply` has an argument limit). */
export function unitsToString(units: Uint16Array, start: number, end: number): string {
  const CHUNK = 8192;
  if (end - start <= CHUNK) {
    return String.fromCharCode.apply(null, units.subarray(start, end) as never);
  }
  let out = "";
  for (let i = start; i < end; i += CHUNK) {
    out += String.fromCharCode.apply(null, units.subarray(i, Math.min(end, i + CHUNK)) as never);
  }
  return out;
}

/** A copy of `array` with room for `capacity` elements. */
function grown<T extends Uint16Array | Uint32Array>(array: T, capacity: number): T {
  const bigger = new (array.constructor as new (n: number) => T)(capacity);
  bigger.set(array);
  return bigger;
}

/** Empty unit buffers to pass to `normalizeUnits` for reuse. */
export function newUnitViews(): UnitViews {
  return {
    cased: new Uint16Array(256),
    folded: new Uint16Array(256),
    toOriginal: new Uint32Array(256),
    length: 0,
  };
}

/**
 * Both normalized views of `text` as code units, with one offset map, written into `into`
 * (grown when too small). Linear in the text: one read per code unit and table lookups; only
 * base+combining-mark clusters go through `String.prototype.normalize`.
 */
export function normalizeUnits(text: string, into: UnitViews = newUnitViews()): UnitViews {
  const n = text.length;
  if (into.cased.length < n + 1) {
    const capacity = Math.max(n + 1, into.cased.length * 2);
    into.cased = new Uint16Array(capacity);
    into.folded = new Uint16Array(capacity);
    into.toOriginal = new Uint32Array(capacity);
  }
  let cased = into.cased;
  let folded = into.folded;
  let toOriginal = into.toOriginal;
  let out = 0;
  let i = 0;
  while (i < n) {
    const code = text.charCodeAt(i);
    if (code < 0x300 || code > 0x36f) {
      if (filled[code] === 0) fillChar(code);
      const mapped = casedTable[code] as number;
      if (mapped !== REMOVED) {
        cased[out] = mapped;
        folded[out] = lowerTable[code] as number;
        toOriginal[out] = i;
        out++;
      }
      i++;
      continue;
    }
    // Combining marks (rare: NFD input). Compose them with the base just written, when the base
    // is their original predecessor; the composed units keep the base's original offset.
    let end = i + 1;
    while (end < n && isCombining(text.charCodeAt(end))) end++;
    const hasBase = out > 0 && (toOriginal[out - 1] as number) === i - 1;
    const baseAt = hasBase ? out - 1 : out;
    const origin = hasBase ? i - 1 : i;
    const base = hasBase ? String.fromCharCode(cased[out - 1] as number) : "";
    const cluster = (base + text.slice(i, end)).normalize("NFC");
    // NFC may (rarely) expand a cluster: keep room for it and for the rest of the text, so the
    // fast path never has to check.
    if (baseAt + cluster.length + (n - end) + 1 > cased.length) {
      const capacity = 2 * (baseAt + cluster.length + (n - end) + 1);
      cased = grown(cased, capacity);
      folded = grown(folded, capacity);
      toOriginal = grown(toOriginal, capacity);
    }
    out = baseAt;
    for (let k = 0; k < cluster.length; k++) {
      const unit = cluster.charCodeAt(k);
      ensureChar(unit);
      cased[out] = unit;
      folded[out] = lowerTable[unit] as number;
      toOriginal[out] = origin;
      out++;
    }
    i = end;
  }
  toOriginal[out] = n;
  placeTones(cased, folded, out);
  into.cased = cased;
  into.folded = folded;
  into.toOriginal = toOriginal;
  into.length = out;
  return into;
}

/** Both normalized views of `text` as strings, with one offset map (a fresh copy). */
export function normalizeViews(text: string): NormalizedViews {
  const units = normalizeUnits(text);
  return {
    cased: unitsToString(units.cased, 0, units.length),
    folded: unitsToString(units.folded, 0, units.length),
    toOriginal: units.toOriginal.slice(0, units.length + 1),
  };
}

/**
 * The folded (lowercase) normalized view of `text` and, for every view index plus one past the
 * end, the original offset. A view span [s, e) is the original span
 * [toOriginal[s], originalEnd(text, toOriginal, e)).
 */
export function normalizeForMatch(text: string): { text: string; toOriginal: Uint32Array } {
  const views = normalizeViews(text);
  return { text: views.folded, toOriginal: views.toOriginal };
}

/**
 * The original end offset of a view span ending at view index `end`: the start of the next unit,
 * pulled back over characters the view dropped (zero-width spaces, soft hyphens) so a match never
 * swallows invisible characters that follow it.
 */
export function originalEnd(original: string, toOriginal: ArrayLike<number>, end: number): number {
  let offset = toOriginal[end] as number;
  const floor = end > 0 ? (toOriginal[end - 1] as number) + 1 : 0;
  while (offset > floor) {
    const unit = original.charCodeAt(offset - 1);
    ensureChar(unit);
    if (casedTable[unit] !== REMOVED) break;
    offset--;
  }
  return offset;
}

/**
 * The normalized key of a glossary form: the folded view split into tokens (runs of letters and
 * digits; every other non-space character is a token of its own) joined by single spaces.
 * Two forms with the same key match exactly the same text, so "TP.HCM" and "TP. HCM" share the
 * key "tp . hcm", and "Bộ Công thương" / "Bộ  Công Thương" share "bộ công thương".
 */
export function matchKey(text: string): string {
  return tokenKeys(normalizeViews(text).folded).join(" ");
}

/** The tokens of a normalized view, as strings (see `matchKey`). */
export function tokenKeys(view: string): string[] {
  const tokens: string[] = [];
  let start = -1;
  for (let i = 0; i <= view.length; i++) {
    const k = i < view.length ? charClass(view.charCodeAt(i)) : CharClass.Space;
    if (k === CharClass.Word) {
      if (start < 0) start = i;
      continue;
    }
    if (start >= 0) {
      tokens.push(view.slice(start, i));
      start = -1;
    }
    if (k === CharClass.Punct) tokens.push(view[i] as string);
  }
  return tokens;
}

/** Per BMP code unit: the letter without marks (0 = drop: a combining mark); 0xffff = not yet known. */
const asciiTable = new Uint16Array(0x10000).fill(0xffff);
for (const [from, to] of [
  ["đ", "d"],
  ["ð", "d"],
  ["Đ", "D"],
  ["Ð", "D"],
] as const) {
  asciiTable[from.charCodeAt(0)] = to.charCodeAt(0);
}

/** The entry of `asciiTable` for `c`, computed on first use (names use a few dozen letters). */
function asciiOf(c: number): number {
  let unit = asciiTable[c] as number;
  if (unit !== 0xffff) return unit;
  if (isCombining(c)) unit = 0;
  else {
    const stripped = String.fromCharCode(c)
      .normalize("NFD")
      .replace(/[\u0300-\u036f]/g, "");
    unit = stripped.length === 1 ? stripped.charCodeAt(0) : c;
  }
  asciiTable[c] = unit;
  return unit;
}

/** "Nguyễn Sinh Nhật Tân" → "Nguyen Sinh Nhat Tan": marks removed, đ→d, Đ→D (also Eth). */
export function stripDiacritics(text: string): string {
  let out = "";
  for (let i = 0; i < text.length; i++) {
    const unit = asciiOf(text.charCodeAt(i));
    if (unit !== 0) out += String.fromCharCode(unit);
  }
  return out;
}
