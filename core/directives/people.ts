/**
 * People who speak and give tasks: "Thứ trưởng Bộ Công Thương Nguyễn Sinh Nhật Tân", "ông Lê Hữu
 * Hoàng - Phó Chủ tịch Thường trực UBND tỉnh Khánh Hòa". A later bare "Thứ trưởng", "Đồng chí"
 * or "ông Hoàng" is resolved to the person named earlier. Uses the term matcher's person mentions
 * when present, and a small title + name reader of its own otherwise. Pure.
 */
import type { TermMatch } from "../types";
import { collapse, phraseAt, phrases } from "./words";

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
}

/** Latin letters without Vietnamese diacritics (for names in English). */
export function asciiName(name: string): string {
  return name
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D")
    .normalize("NFC");
}

const CAP_WORD = /^\p{Lu}[\p{Ll}\p{M}]*$/u;

/** A personal name of 2–4 capitalized syllables starting at a family name, in `words`. */
function nameIn(words: readonly string[]): { index: number; name: string } | null {
  for (let i = 0; i < words.length; i++) {
    if (!SURNAMES.has(words[i] as string)) continue;
    let j = i + 1;
    while (j < words.length && j - i < 4 && CAP_WORD.test(words[j] as string)) j++;
    if (j - i >= 2) return { index: i, name: words.slice(i, j).join(" ") };
  }
  return null;
}

function englishOf(title: string, name: string | null, termEn?: string): string {
  const t = termEn ?? TITLE_EN[title] ?? "";
  return collapse(`${t} ${name ? asciiName(name) : ""}`);
}

/** Person mentions in one text (a block), from titles followed by a name within a few words. */
export function readPeople(text: string, blockOrder: number): Person[] {
  const lower = text.toLowerCase();
  const people: Person[] = [];
  for (let i = 0; i < text.length; i++) {
    if (i > 0 && /[\p{L}]/u.test(text[i - 1] as string)) continue;
    const title = phraseAt(lower, i, TITLES);
    if (!title) continue;
    // ông/bà/đồng chí need a capitalized name right after them.
    const after = text.slice(i + title.length, i + title.length + 90);
    const words = after.split(/[\s]+/).filter(Boolean);
    const cut = words.findIndex(
      (w) => /[,;:.()–-]/.test(w) && !CAP_WORD.test(w.replace(/[,;:.]$/, "")),
    );
    const stop = words.findIndex((w) => /[,;:.]$/.test(w));
    const scope = words.slice(0, Math.max(cut < 0 ? words.length : cut, stop < 0 ? 0 : stop + 1));
    const found = nameIn(scope.map((w) => w.replace(/[,;:.)]+$/, "")));
    if (!found && (title === "ông" || title === "bà")) continue;
    let end = i + title.length;
    if (found) {
      const nameAt = text.indexOf(found.name, i + title.length);
      if (nameAt >= 0) end = nameAt + found.name.length;
    }
    const mention = collapse(text.slice(i, end));
    let fullTitle = title;
    // "ông Lê Hữu Hoàng - Phó Chủ tịch …": the title comes after the name.
    if (found && (title === "ông" || title === "bà" || title === "đồng chí")) {
      const rest = lower.slice(end).replace(/^\s*[-–,]\s*/, "");
      const apposed = phraseAt(rest, 0, TITLES);
      if (apposed && apposed !== "ông" && apposed !== "bà") fullTitle = apposed;
    }
    people.push({
      order: blockOrder + i,
      name: found?.name ?? null,
      title: fullTitle,
      text: mention,
      en: englishOf(fullTitle, found?.name ?? null),
    });
    i = end - 1;
  }
  return people;
}

/** Person mentions from the term matcher (title + name), when it found any. */
export function peopleFromTerms(
  terms: readonly TermMatch[],
  orderOf: (t: TermMatch) => number,
): Person[] {
  return terms.flatMap((t) => {
    if (!t.person) return [];
    const titleText = t.text
      .slice(0, t.person.start - t.start)
      .trim()
      .toLowerCase();
    const title = phraseAt(titleText, 0, TITLES) ?? titleText;
    return [{ order: orderOf(t), name: t.person.name, title, text: collapse(t.text), en: t.en }];
  });
}

/** Resolves a bare title or pronoun ("Thứ trưởng", "ông Hoàng", "Đồng chí") to a person named earlier. */
export function resolvePerson(
  mention: string,
  before: number,
  people: readonly Person[],
): Person | null {
  const lower = collapse(mention).toLowerCase();
  const earlier = people.filter((p) => p.order < before).sort((a, b) => b.order - a.order);
  const title = phraseAt(lower, 0, TITLES);
  const rest = title ? lower.slice(title.length).trim() : lower;
  if (rest) {
    const byName = earlier.find((p) => p.name?.toLowerCase().endsWith(rest));
    if (byName) return byName;
  }
  if (!title) return null;
  if (title === "đồng chí" || title === "ông" || title === "bà") {
    return earlier.find((p) => p.name && (p.title !== "ông" || title === "ông")) ?? null;
  }
  return earlier.find((p) => p.name && (p.title === title || p.title.endsWith(title))) ?? null;
}
