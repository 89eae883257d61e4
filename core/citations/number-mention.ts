/**
 * "Công điện số 07", "Nghị quyết 57": a type word and a bare sequence number, found without
 * trying the pattern at every position of the text.
 */
import { allMatches, matchesFrom, wordBeforeSpaces } from "../dates/candidates";
import { TYPE_WORD_SOURCE, TYPE_WORDS } from "./doc-types";

/** Quantities after "Kế hoạch 5 …" that show the number is not a document number. */
const MEASURE =
  "năm|tháng|ngày(?!\\s+\\d)|tuần|giờ|phút|người|tỷ|triệu|nghìn|ngàn|đồng|USD|ha|km|tấn|MW|kW|kWh|lần|điểm|tiêu\\s+chí|nhiệm\\s+vụ|giải\\s+pháp|nội\\s+dung|mục\\s+tiêu|lĩnh\\s+vực|dự\\s+án|nhóm|điều|khoản|chương|trang|doanh\\s+nghiệp|đơn\\s+vị|tỉnh|xã|huyện|sản\\s+phẩm|hộ";

/** "Công điện số 07", "Nghị quyết 57": a type word and a bare sequence number. */
export const NUMBER_MENTION = new RegExp(
  `(?<![\\p{L}\\p{N}])(${TYPE_WORD_SOURCE})(\\s+số)?\\s+(\\d{1,5}(?:\\.\\d{1,3})?)(?![\\p{L}\\p{N}]|[/\\-.,]\\p{N}|[/\\-]\\p{L}|\\s*%|\\s+(?:${MEASURE})(?![\\p{L}]))`,
  "giu",
);

/**
 * `NUMBER_MENTION` opens with a look-behind and a long case-insensitive alternation, which the
 * regex engine tries at every position. Its matches start at one of the few words before a
 * number (the type word's syllables and "số"), so it is tried only there when every type word is
 * plain syllables of letters (always, unless the table changes; otherwise it scans as before).
 */
const TYPE_WORD_KEYS = Object.keys(TYPE_WORDS);
const NUMBER_MENTION_NARROWED = TYPE_WORD_KEYS.every((w) => /^\p{L}+(?: \p{L}+)*$/u.test(w));
/** Words a match may start before its number: the longest type word, then "số". */
const WORDS_BEFORE_NUMBER = Math.max(0, ...TYPE_WORD_KEYS.map((w) => w.split(" ").length)) + 1;
const NUMBER_MENTION_STICKY = new RegExp(NUMBER_MENTION.source, "iuy");
/** A number's first digit right after white space (the `\s+` before the number group). */
const DIGIT_AFTER_SPACE = /\s\d/gu;

/** The matches of `NUMBER_MENTION` in `text`, the same as `text.matchAll(NUMBER_MENTION)`. */
export function numberMentions(text: string): Iterable<RegExpExecArray> {
  if (!NUMBER_MENTION_NARROWED) return allMatches(NUMBER_MENTION, text);
  const starts: number[] = [];
  for (const m of allMatches(DIGIT_AFTER_SPACE, text)) {
    let word = m.index + 1;
    for (let n = 0; n < WORDS_BEFORE_NUMBER; n++) {
      word = wordBeforeSpaces(text, word);
      if (word < 0) break;
      starts.push(word);
    }
  }
  return matchesFrom(text, NUMBER_MENTION_STICKY, starts);
}
