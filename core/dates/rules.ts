/**
 * The date and period phrases we read, one rule per form. Each rule is a global regex over the
 * matching view of a block and a reader that turns a match into calendar values. Vietnamese
 * numeric dates are day/month/year: "5/1/2024" is 5 January.
 */

import type { DateKind } from "../types";
import {
  countEn,
  dayEn,
  isoDay,
  isValidDay,
  isYear,
  lastDayOfMonth,
  MONTHS_EN,
  monthEn,
  quarterEn,
  quarterNumber,
  TET_DAYS,
} from "./calendar";

/** Calendar values of one phrase, before offsets and deadline marking. */
export interface DateValue {
  readonly dateKind: DateKind;
  readonly from: string | null;
  readonly to: string | null;
  readonly en: string;
}

/** What a rule's reader may use: the year of the article (for "ngày 5/1"), or null. */
export interface DateContext {
  readonly articleYear: number | null;
  /** ISO day of the article, for "Tết" without a year. */
  readonly articleDay: string | null;
}

export interface DateRule {
  readonly name: string;
  readonly pattern: RegExp;
  readonly read: (m: RegExpExecArray, ctx: DateContext) => DateValue | null;
}

// Word edges: JS \b is ASCII-only, so Vietnamese letters need explicit look-arounds.
const W0 = "(?<![\\p{L}\\p{N}])";
const W1 = "(?![\\p{L}\\p{N}])";
/** A number that is not part of a longer number, ratio or document symbol. */
const N0 = "(?<![\\p{L}\\p{N}/.,\\-])";
/** Like N0, but a hyphen right after a year is allowed: the second end of a range. */
const N0_AFTER_YEAR = "(?<![\\p{L}\\p{N}/.,])(?<!(?<!\\d{4})-)";
const N1 = "(?![\\p{N}]|[/.,\\-]\\p{N}|[/\\-]\\p{L})";
/** Words that may stand before a bare day/month ("sáng 26/8"). */
const DAY_WORD = "(?:ngày|hôm|sáng|trưa|chiều|tối|đêm)";

const rx = (source: string) => new RegExp(source, "giu");
const num = (s: string | undefined) => Number(s ?? Number.NaN);

function day(y: number | null, mo: number, d: number): DateValue | null {
  if (y === null) {
    // No year known: still a date, but with no calendar range.
    if (!isValidDay(2024, mo, d)) return null;
    return { dateKind: "day", from: null, to: null, en: `${d} ${MONTHS_EN[mo - 1]}` };
  }
  if (!isValidDay(y, mo, d)) return null;
  const iso = isoDay(y, mo, d);
  return { dateKind: "day", from: iso, to: iso, en: dayEn(y, mo, d) };
}

function month(y: number | null, mo: number): DateValue | null {
  if (mo < 1 || mo > 12) return null;
  if (y === null) return { dateKind: "month", from: null, to: null, en: MONTHS_EN[mo - 1] ?? "" };
  if (!isYear(y)) return null;
  return {
    dateKind: "month",
    from: isoDay(y, mo, 1),
    to: lastDayOfMonth(y, mo),
    en: monthEn(y, mo),
  };
}

function yearRange(y: number): { from: string; to: string } {
  return { from: isoDay(y, 1, 1), to: isoDay(y, 12, 31) };
}

/** "tầm nhìn đến năm 2050" → ", with a vision to 2050". */
function vision(word: string | undefined, year: string | undefined): string {
  if (!word || !year) return "";
  return /^định/i.test(word) ? `, with orientation to ${year}` : `, with a vision to ${year}`;
}

const VISION = "(?:\\s*,?\\s*(tầm nhìn|định hướng)\\s+(?:đến\\s+|tới\\s+)?(?:năm\\s+)?(\\d{4}))?";

const MONTH_COUNT: Readonly<Record<string, number>> = { ba: 3, sáu: 6, chín: 9 };

/** The rules, most specific first (ties between overlapping matches go to the longer one). */
export const DATE_RULES: readonly DateRule[] = [
  {
    name: "day-formal",
    pattern: rx(`(?:${W0}ngày\\s+)?${N0}(\\d{1,2})\\s+tháng\\s+(\\d{1,2})\\s+năm\\s+(\\d{4})${W1}`),
    read: (m) => day(num(m[3]), num(m[2]), num(m[1])),
  },
  {
    name: "day-numeric",
    // A hyphen after the year may open a range ("20/11/1982-20/11/2024").
    pattern: rx(
      `(?:${W0}${DAY_WORD}\\s+)?${N0_AFTER_YEAR}(\\d{1,2})([/.\\-])(\\d{1,2})\\2(\\d{4})(?![\\p{N}]|[/.,]\\p{N}|[/\\-]\\p{L})`,
    ),
    read: (m) => day(num(m[4]), num(m[3]), num(m[1])),
  },
  {
    // No year: needs a word before ("ngày 5/1") or parentheses ("(13/10)"), else "20/11" could
    // be a ratio or a score.
    name: "day-no-year",
    pattern: rx(
      `(?:${W0}${DAY_WORD}\\s+${N0}(\\d{1,2})([/.\\-])(\\d{1,2})|(?<=\\()(\\d{1,2})/(\\d{1,2})(?=\\)))${N1}`,
    ),
    read: (m, ctx) => day(ctx.articleYear, num(m[3] ?? m[5]), num(m[1] ?? m[4])),
  },
  {
    name: "day-month-words",
    pattern: rx(`${W0}ngày\\s+(\\d{1,2})\\s+tháng\\s+(\\d{1,2})(?!\\s+năm\\s+\\d)${W1}`),
    read: (m, ctx) => day(ctx.articleYear, num(m[2]), num(m[1])),
  },
  {
    name: "month-year",
    pattern: rx(`${W0}tháng\\s+(\\d{1,2})\\s*(?:[/\\-]\\s*|\\s+năm\\s+)(\\d{4})${N1}`),
    read: (m) => month(num(m[2]), num(m[1])),
  },
  {
    name: "month",
    pattern: rx(`${W0}tháng\\s+(\\d{1,2})(?![\\p{L}\\p{N}]|\\s*[/.\\-]\\s*\\p{N}|\\s+năm\\s+\\d)`),
    read: (m, ctx) => month(ctx.articleYear, num(m[1])),
  },
  {
    name: "quarter",
    pattern: rx(
      `${W0}quý\\s+(IV|I{1,3}|[1-4])(?:\\s*[/\\-]\\s*(\\d{4})|\\s+năm\\s+(\\d{4}))?${W1}(?![/\\-]\\d)`,
    ),
    read: (m, ctx) => {
      const q = quarterNumber(m[1] ?? "");
      const y = m[2] || m[3] ? num(m[2] ?? m[3]) : ctx.articleYear;
      if (q === null) return null;
      if (y === null) return { dateKind: "quarter", from: null, to: null, en: `Q${q}` };
      if (!isYear(y)) return null;
      return {
        dateKind: "quarter",
        from: isoDay(y, q * 3 - 2, 1),
        to: lastDayOfMonth(y, q * 3),
        en: quarterEn(y, q),
      };
    },
  },
  {
    // "6 tháng đầu năm 2024", "9 tháng cuối năm", "nửa đầu năm nay".
    name: "months-of-year",
    pattern: rx(
      `${W0}(?:(\\d{1,2}|ba|sáu|chín)\\s+tháng|(nửa))\\s+(đầu|cuối)\\s+năm(?:\\s*\\/?\\s*(\\d{4})|\\s+(nay))?${W1}`,
    ),
    read: (m, ctx) => {
      const n = m[2] ? 6 : (MONTH_COUNT[(m[1] ?? "").toLowerCase()] ?? num(m[1]));
      if (!(n >= 1 && n <= 11)) return null;
      const y = m[4] ? num(m[4]) : ctx.articleYear;
      const first = /^đ/i.test(m[3] ?? "");
      const kind: DateKind = n === 6 ? "half" : n === 3 ? "quarter" : "period";
      const part = `the ${first ? "first" : "last"} ${countEn(n)} months`;
      if (y === null) return { dateKind: kind, from: null, to: null, en: `${part} of the year` };
      if (!isYear(y)) return null;
      const [m1, m2] = first ? [1, n] : [13 - n, 12];
      return {
        dateKind: kind,
        from: isoDay(y, m1, 1),
        to: lastDayOfMonth(y, m2),
        en: `${part} of ${y}`,
      };
    },
  },
  {
    name: "period",
    pattern: rx(
      `(?:${W0}(?:giai đoạn|thời kỳ|nhiệm kỳ)\\s+(?:từ\\s+)?(?:năm\\s+)?)?${N0}(\\d{4})\\s*-\\s*(?:năm\\s+)?(\\d{4})${N1}${VISION}`,
    ),
    read: (m) => {
      const [y1, y2] = [num(m[1]), num(m[2])];
      if (!isYear(y1) || !isYear(y2) || y2 <= y1 || y2 - y1 > 50) return null;
      return {
        dateKind: "period",
        from: isoDay(y1, 1, 1),
        to: isoDay(y2, 12, 31),
        en: `the period ${y1}–${y2}${vision(m[3], m[4])}`,
      };
    },
  },
  {
    // "đến năm 2030", "giai đoạn từ nay đến năm 2030, tầm nhìn 2045".
    name: "by-year",
    pattern: rx(
      `(?:${W0}giai đoạn\\s+)?(?:${W0}từ nay\\s+)?${W0}(?:đến|tới)\\s+năm\\s+(\\d{4})${W1}${VISION}`,
    ),
    read: (m, ctx) => {
      const y = num(m[1]);
      if (!isYear(y)) return null;
      const fromNow = /từ nay/i.test(m[0]);
      return {
        dateKind: fromNow ? "period" : "year",
        from: fromNow && ctx.articleDay ? ctx.articleDay : null,
        to: isoDay(y, 12, 31),
        en: `${fromNow ? "from now " : ""}${fromNow ? "to" : "by"} ${y}${vision(m[2], m[3])}`,
      };
    },
  },
  {
    name: "vision",
    pattern: rx(`${W0}(tầm nhìn|định hướng)\\s+(?:đến\\s+|tới\\s+)?(?:năm\\s+)?(\\d{4})${W1}`),
    read: (m) => {
      const y = num(m[2]);
      if (!isYear(y)) return null;
      return {
        dateKind: "year",
        from: null,
        to: isoDay(y, 12, 31),
        en: vision(m[1], m[2]).slice(2),
      };
    },
  },
  {
    name: "year",
    pattern: rx(`${W0}năm\\s+(\\d{4})${N1}(?!\\s*-\\s*\\d{4})`),
    read: (m) => {
      const y = num(m[1]);
      return isYear(y) ? { dateKind: "year", ...yearRange(y), en: String(y) } : null;
    },
  },
  {
    name: "this-year",
    pattern: rx(`${W0}năm\\s+(nay|ngoái|tới)${W1}`),
    read: (m, ctx) => {
      const shift = { nay: 0, ngoái: -1, tới: 1 }[(m[1] ?? "").toLowerCase() as "nay"] ?? 0;
      const label = ["last year", "this year", "next year"][shift + 1] ?? "this year";
      if (ctx.articleYear === null)
        return { dateKind: "relative", from: null, to: null, en: label };
      const y = ctx.articleYear + shift;
      return { dateKind: "relative", ...yearRange(y), en: `${label} (${y})` };
    },
  },
  {
    // The Lunar New Year: only when named in full, with a year, or as a deadline ("trước Tết").
    name: "tet",
    pattern: rx(
      `${W0}Tết(?!\\s+Dương)((?:\\s+Nguyên\\s+đán)?)(?:\\s+(?:Giáp|Ất|Bính|Đinh|Mậu|Kỷ|Canh|Tân|Nhâm|Quý)\\s+(?:Tý|Sửu|Dần|Mão|Mẹo|Thìn|Tỵ|Ngọ|Mùi|Thân|Dậu|Tuất|Hợi))?(?:\\s+(\\d{4}))?${W1}`,
    ),
    read: (m, ctx) => {
      const asDeadline = /trước\s+$/iu.test(m.input.slice(Math.max(0, m.index - 8), m.index));
      if (!m[1] && !m[2] && !asDeadline) return null;
      const y = m[2] ? num(m[2]) : tetYearAfter(ctx.articleDay);
      const tet = y === null ? undefined : TET_DAYS[y];
      const en = `the Lunar New Year (Tết)${y === null ? "" : ` ${y}`}`;
      return { dateKind: "relative", from: tet ?? null, to: tet ?? null, en };
    },
  },
];

/** Year of the next Tết on or after the article day (a month of grace: Tết talk runs on). */
function tetYearAfter(articleDay: string | null): number | null {
  if (!articleDay) return null;
  const y = Number(articleDay.slice(0, 4));
  const tet = TET_DAYS[y];
  if (!tet) return null;
  const grace = new Date(`${tet}T00:00:00Z`);
  grace.setUTCDate(grace.getUTCDate() + 30);
  return articleDay <= grace.toISOString().slice(0, 10) ? y : y + 1;
}
