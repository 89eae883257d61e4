/**
 * People who speak and give tasks: "Thứ trưởng Bộ Công Thương Nguyễn Sinh Nhật Tân", "ông Lê Hữu
 * Hoàng - Phó Chủ tịch Thường trực UBND tỉnh Khánh Hòa". A later bare "Thứ trưởng", "Đồng chí"
 * or "ông Hoàng" is resolved to the person named earlier. Uses the term matcher's person mentions
 * when present, and a small title + name reader of its own otherwise. Pure.
 */
import { boundedMemo } from "../memo";
import type { TermMatch } from "../types";
import { collapse, isLetterUnit, isSpaceUnit, phraseAt, phrases } from "./words";

/** Titles of people, longest first, with their English. */
const TITLE_EN: Readonly<Record<string, string>> = {
  "phó thủ tướng thường trực chính phủ": "Permanent Deputy Prime Minister",
  "phó thủ tướng thường trực": "Permanent Deputy Prime Minister",
  "phó thủ tướng chính phủ": "Deputy Prime Minister",
  "phó thủ tướng": "Deputy Prime Minister",
  "thủ tướng chính phủ": "Prime Minister",
  "thủ tướng": "Prime Minister",
  "bộ trưởng": "Minister",
  "thứ trưởng": "Deputy Minister",
  "phó chủ tịch thường trực": "Standing Vice Chair",
  "phó chủ tịch": "Vice Chair",
  "chủ tịch": "Chair",
  "phó bí thư": "Deputy Secretary",
  "bí thư": "Secretary",
  "tổng cục trưởng": "Director General",
  "phó tổng cục trưởng": "Deputy Director General",
  "cục trưởng": "Director General",
  "phó cục trưởng": "Deputy Director General",
  "vụ trưởng": "Director",
  "phó vụ trưởng": "Deputy Director",
  "tổng giám đốc": "General Director",
  "phó tổng giám đốc": "Deputy General Director",
  "giám đốc": "Director",
  "phó giám đốc": "Deputy Director",
  "chánh văn phòng": "Chief of Office",
  "trưởng ban": "Head",
  "phó trưởng ban": "Deputy Head",
  "đồng chí": "Comrade",
  ông: "Mr",
  bà: "Ms",
};
export const TITLES = phrases(Object.keys(TITLE_EN));

/** The first syllables of the titles: every title starts with one (see `readPeople`). */
const TITLE_STARTS = new RegExp(
  [...new Set(TITLES.phrases.map((p) => p.split(" ")[0] as string))]
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))
    .join("|"),
  "g",
);

/** The first index from `from` (and below `limit`) where a title's first syllable stands, or -1. */
function titleStartFrom(lower: string, from: number, limit: number): number {
  TITLE_STARTS.lastIndex = from;
  const m = TITLE_STARTS.exec(lower);
  return m && m.index < limit ? m.index : -1;
}

/** Common Vietnamese family names: where a personal name begins after a title and a body. */
const SURNAMES = new Set(
  (
    "Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý Trương Đinh Lâm Mai " +
    "Trịnh Đào Cao Lương Hà Tạ Thái Chu Tôn Quách Lưu Đoàn Vương Tô Kiều Đàm Nông Lục La Thân Châu " +
    "Triệu Khúc Hứa Tăng Giang Âu Phùng Doãn Lại Nghiêm Bạch Diệp Từ Mạc Ninh Quan Hầu Văn Tống Lã"
  ).split(" "),
);

/** One person mention. */
export interface Person {
  /** Global order (block * 1e6 + offset) of the mention. */
  readonly order: number;
  readonly name: string | null;
  /** Lower-case title ("thứ trưởng"), "" when unknown. */
  readonly title: string;
  /** The whole mention as written ("Thứ trưởng Bộ Công Thương Nguyễn Sinh Nhật Tân"). */
  readonly text: string;
  /** English: "Deputy Minister Nguyen Sinh Nhat Tan". */
  readonly en: string;
  /**
   * The title written after the name with its body, lower case, up to a punctuation mark within
   * a short window ("phó chủ tịch hiệp hội gas việt nam" in "ông Lê Đình Phúc, Phó Chủ tịch Hiệp
   * hội Gas Việt Nam, cho rằng …"; without a comma the verb after it is read too); absent when
   * the title comes first. It tells whom the person speaks for.
   */
  readonly role?: string;
}

/**
 * Latin letters without Vietnamese diacritics (for names in English); remembered by name, as the
 * same names recur through an article.
 */
export const asciiName: (name: string) => string = boundedMemo(
  (name) =>
    name
      .normalize("NFD")
      .replace(/[\u0300-\u036f]/g, "")
      .replace(/đ/g, "d")
      .replace(/Đ/g, "D")
      .normalize("NFC"),
  512,
);

const CAP_WORD = /^\p{Lu}[\p{Ll}\p{M}]*$/u;

/**
 * A personal name of 2–4 capitalized syllables starting at a family name, in `words`; a name
 * never runs past a word that ended a clause (`closed`: "Ông Lê Văn Thành, Cục trưởng …").
 */
function nameIn(
  words: readonly string[],
  closed: readonly boolean[] = [],
): { index: number; name: string } | null {
  for (let i = 0; i < words.length; i++) {
    if (!SURNAMES.has(words[i] as string)) continue;
    let j = i + 1;
    while (j < words.length && j - i < 4 && !closed[j - 1] && CAP_WORD.test(words[j] as string))
      j++;
    if (j - i >= 2) return { index: i, name: words.slice(i, j).join(" ") };
  }
  return null;
}

function englishOf(title: string, name: string | null, termEn?: string): string {
  const t = termEn ?? TITLE_EN[title] ?? "";
  return collapse(`${t} ${name ? asciiName(name) : ""}`);
}

/** Longer than any title plus the character after it (what `phraseAt` reads). */
const TITLE_WINDOW = 64;

/**
 * `lower` from `end` with a leading "\s*[-–,]\s*" removed, cut to the length a title lookup
 * reads: the same text as slicing and stripping the whole rest, without copying it.
 */
function apposedWindow(lower: string, end: number): string {
  let i = end;
  while (i < lower.length && isSpaceUnit(lower.charCodeAt(i))) i++;
  const ch = lower[i];
  if (ch !== "-" && ch !== "–" && ch !== ",") return lower.slice(end, end + TITLE_WINDOW);
  i++;
  while (i < lower.length && isSpaceUnit(lower.charCodeAt(i))) i++;
  return lower.slice(i, i + TITLE_WINDOW);
}

// The word tests below run for every title found; plain loops replace per-word regexes
// ("/[,;:.()–-]/", "/[,;:.]$/", "/[,;:.)]+$/", splitting on "/[\s]+/") with the same results.
const CUT_MARKS = ",;:.()–-";
const STOP_MARKS = ",;:.";
const TRAILING_MARKS = ",;:.)";

/** `text.split(/[\s]+/).filter(Boolean)`: the runs of non-space characters. */
function spaceSeparated(text: string): string[] {
  const words: string[] = [];
  let start = -1;
  for (let i = 0; i < text.length; i++) {
    if (isSpaceUnit(text.charCodeAt(i))) {
      if (start >= 0) words.push(text.slice(start, i));
      start = -1;
    } else if (start < 0) start = i;
  }
  if (start >= 0) words.push(text.slice(start));
  return words;
}

/** `text` up to its first mark of `STOP_MARKS` (the end of an apposed title and body). */
function roleIn(text: string): string {
  let end = 0;
  while (end < text.length && !STOP_MARKS.includes(text.charAt(end))) end++;
  return text.slice(0, end).trim();
}

/** `CUT_MARKS` as code units (compared without making a string per character). */
const CUT_UNITS: readonly number[] = [...CUT_MARKS].map((c) => c.charCodeAt(0));

/** True when `word` holds one of the code units `units`. */
function hasAny(word: string, units: readonly number[]): boolean {
  for (let i = 0; i < word.length; i++) if (units.includes(word.charCodeAt(i))) return true;
  return false;
}

/** `word` without its last character when that is one of `marks`. */
function withoutLast(word: string, marks: string): string {
  return word.length > 0 && marks.includes(word.charAt(word.length - 1)) ? word.slice(0, -1) : word;
}

/** `word` without the run of `marks` at its end. */
function withoutTrailing(word: string, marks: string): string {
  let end = word.length;
  while (end > 0 && marks.includes(word.charAt(end - 1))) end--;
  return end === word.length ? word : word.slice(0, end);
}

/**
 * Person mentions in one text (a block), from titles followed by a name within a few words.
 * `lower` is `text.toLowerCase()` (a caller that has it passes it).
 */
export function readPeople(
  text: string,
  blockOrder: number,
  lower: string = text.toLowerCase(),
): Person[] {
  const people: Person[] = [];
  // Only where a title's first syllable stands can a title start: one regex search finds those,
  // instead of a look at every character.
  for (let i = titleStartFrom(lower, 0, text.length); i >= 0; ) {
    const at = i;
    i = titleStartFrom(lower, at + 1, text.length);
    if (at > 0 && isLetterUnit(text.charCodeAt(at - 1))) continue;
    const title = phraseAt(lower, at, TITLES);
    if (!title) continue;
    // ông/bà/đồng chí need a capitalized name right after them.
    const after = text.slice(at + title.length, at + title.length + 90);
    const words = spaceSeparated(after);
    const cut = words.findIndex(
      (w) => hasAny(w, CUT_UNITS) && !CAP_WORD.test(withoutLast(w, STOP_MARKS)),
    );
    const stop = words.findIndex((w) => STOP_MARKS.includes(w.charAt(w.length - 1)));
    const scope = words.slice(0, Math.max(cut < 0 ? words.length : cut, stop < 0 ? 0 : stop + 1));
    const found = nameIn(
      scope.map((w) => withoutTrailing(w, TRAILING_MARKS)),
      scope.map((w) => STOP_MARKS.includes(w.charAt(w.length - 1))),
    );
    if (!found && (title === "ông" || title === "bà")) continue;
    let end = at + title.length;
    if (found) {
      const nameAt = text.indexOf(found.name, at + title.length);
      if (nameAt >= 0) end = nameAt + found.name.length;
    }
    const mention = collapse(text.slice(at, end));
    let fullTitle = title;
    let role: string | undefined;
    // "ông Lê Hữu Hoàng - Phó Chủ tịch …": the title comes after the name.
    if (found && (title === "ông" || title === "bà" || title === "đồng chí")) {
      const apposedText = apposedWindow(lower, end);
      const apposed = phraseAt(apposedText, 0, TITLES);
      if (apposed && apposed !== "ông" && apposed !== "bà") {
        fullTitle = apposed;
        role = roleIn(apposedText);
      }
    }
    const person: Person = {
      order: blockOrder + at,
      name: found?.name ?? null,
      title: fullTitle,
      text: mention,
      en: englishOf(fullTitle, found?.name ?? null),
    };
    people.push(role ? { ...person, role } : person);
    // Reading goes on after the mention.
    i = titleStartFrom(lower, end, text.length);
  }
  return people;
}

/** Person mentions from the term matcher (title + name), when it found any. */
export function peopleFromTerms(
  terms: readonly TermMatch[],
  orderOf: (t: TermMatch) => number,
): Person[] {
  const people: Person[] = [];
  for (const t of terms) {
    if (!t.person) continue;
    const titleText = t.text
      .slice(0, t.person.start - t.start)
      .trim()
      .toLowerCase();
    const title = phraseAt(titleText, 0, TITLES) ?? titleText;
    people.push({
      order: orderOf(t),
      name: t.person.name,
      title,
      text: collapse(t.text),
      en: t.en,
    });
  }
  return people;
}

/** Resolves a bare title or pronoun ("Thứ trưởng", "ông Hoàng", "Đồng chí") to a person named earlier. */
export function resolvePerson(
  mention: string,
  before: number,
  people: readonly Person[],
): Person | null {
  const earlier = people.filter((p) => p.order < before).sort((a, b) => b.order - a.order);
  return resolveAmong(mention, () => earlier);
}

/**
 * `resolvePerson` over the people before the mention: `earlier` lists them latest first, afresh
 * for each search (a generator can be walked only once).
 */
function resolveAmong(mention: string, earlier: () => Iterable<Person>): Person | null {
  const lower = collapse(mention).toLowerCase();
  const title = phraseAt(lower, 0, TITLES);
  const rest = title ? lower.slice(title.length).trim() : lower;
  const find = (test: (p: Person) => boolean): Person | null => {
    for (const p of earlier()) if (test(p)) return p;
    return null;
  };
  if (rest) {
    const byName = find((p) => p.name?.toLowerCase().endsWith(rest) ?? false);
    if (byName) return byName;
  }
  if (!title) return null;
  // "ông Khôi" names someone: when no earlier mention has that name, it is nobody else.
  if (rest && (title === "ông" || title === "bà" || title === "đồng chí")) return null;
  if (title === "đồng chí" || title === "ông" || title === "bà") {
    return find((p) => !!p.name && (p.title !== "ông" || title === "ông"));
  }
  return find((p) => !!p.name && (p.title === title || p.title.endsWith(title)));
}

/**
 * The person mentions of one article in reading order, indexed for the lookups the extractor
 * makes for every sentence (so an article's cost stays linear in its length).
 */
export class PeopleIndex {
  private readonly byName = new Map<string, readonly Person[]>();

  /** `people` sorted by `order` (ties in the order given). */
  constructor(readonly people: readonly Person[]) {
    const groups = new Map<string, Person[]>();
    for (const p of people) {
      if (p.name === null) continue;
      const group = groups.get(p.name);
      if (group) group.push(p);
      else groups.set(p.name, [p]);
    }
    for (const [name, group] of groups) this.byName.set(name, group);
  }

  /** Same as `resolvePerson(mention, before, people)`. */
  resolve(mention: string, before: number): Person | null {
    return resolveAmong(mention, () => this.latestFirst(before));
  }

  /** The latest mention of a named person before `before`, or null when there is none. */
  latestNamed(before: number): Person | null {
    for (const p of this.latestFirst(before)) if (p.name !== null) return p;
    return null;
  }

  /** The mentions of a name, in order (same as filtering `people` by name). */
  named(name: string): readonly Person[] {
    return this.byName.get(name) ?? [];
  }

  /**
   * The people before `before`, latest first; people with the same order keep their order (as a
   * stable sort of the filtered list by descending order gives).
   */
  private *latestFirst(before: number): Generator<Person> {
    const people = this.people;
    let lo = 0;
    let hi = people.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((people[mid] as Person).order < before) lo = mid + 1;
      else hi = mid;
    }
    let last = lo - 1;
    while (last >= 0) {
      const order = (people[last] as Person).order;
      let first = last;
      while (first > 0 && (people[first - 1] as Person).order === order) first--;
      for (let i = first; i <= last; i++) yield people[i] as Person;
      last = first - 1;
    }
  }
}
