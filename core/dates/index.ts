import { blockView, originalSpan } from "../citations/text-view";
import type { DateMatch, TextBlock } from "../types";
import { yearOf } from "./calendar";
import {
  allMatches,
  type CandidateStarts,
  dayMonthStarts,
  matchesFrom,
  monthsOfYearStarts,
  periodStarts,
  RULE_REQUIREMENTS,
} from "./candidates";
import { DATE_RULES, type DateContext, type DateRule, type DateValue } from "./rules";

export type { DateContext, DateValue } from "./rules";

/**
 * Words that make the following date a deadline, with their English. Tested against the text
 * just before a date, so "tháng trước" (last month) never counts.
 */
const DEADLINE_BEFORE =
  /(?<![\p{L}\p{N}])(trước|chậm nhất(?:\s+là)?(?:\s+(?:vào|trong))?|muộn nhất(?:\s+là)?|không muộn hơn|(?:thời\s+)?hạn(?:\s+chót|\s+cuối)?(?:\s+(?:là|đến|trước))?|đến hết|tới hết)\s+$/iu;

function deadlineEn(trigger: string): string {
  const t = trigger.toLowerCase();
  if (t.startsWith("trước")) return "before";
  if (t.includes("hết")) return "through the end of";
  if (t.includes("hạn")) return "deadline:";
  return "no later than";
}

/** One date phrase found in the matching view (view offsets). */
interface Found extends DateValue {
  readonly start: number;
  readonly end: number;
  readonly deadline: boolean;
}

/** Context for the rules from the article's ISO date. */
export function dateContext(articleDate: string | null): DateContext {
  const articleDay =
    articleDate && /^\d{4}-\d{2}-\d{2}/.test(articleDate) ? articleDate.slice(0, 10) : null;
  return { articleYear: yearOf(articleDay), articleDay };
}

/** Rules whose regex is tried only where a cheap test says a match may start. */
const NARROWED: ReadonlyMap<string, CandidateStarts> = new Map([
  ["day-numeric", dayMonthStarts],
  ["day-no-year", dayMonthStarts],
  ["months-of-year", monthsOfYearStarts],
  ["period", periodStarts],
]);

/** Per rule: how to list its matches in a view (the same matches as `matchAll`). */
const RULE_SCANS: readonly {
  readonly rule: DateRule;
  /** A text every match contains, or null. */
  readonly requires: RegExp | null;
  readonly matches: (text: string) => Iterable<RegExpExecArray>;
}[] = DATE_RULES.map((rule) => {
  const requires = RULE_REQUIREMENTS.get(rule.name) ?? null;
  const starts = NARROWED.get(rule.name);
  if (!starts) return { rule, requires, matches: (text) => allMatches(rule.pattern, text) };
  const sticky = new RegExp(rule.pattern.source, `${rule.pattern.flags.replace("g", "")}y`);
  return { rule, requires, matches: (text) => matchesFrom(text, sticky, starts(text)) };
});

/** The distinct requirements of the rules (they share a few). */
const REQUIREMENTS: readonly RegExp[] = [
  ...new Set(RULE_SCANS.flatMap(({ requires }) => (requires ? [requires] : []))),
];

/** Finds every rule match in the view, then keeps the longest of overlapping ones. */
function scan(text: string, ctx: DateContext): Found[] {
  const candidates: Found[] = [];
  // Whether the text holds each requirement, tested once per block (rules share them): by the
  // requirement's index, 0 = not tested yet, 1 = no, 2 = yes.
  const holds = new Uint8Array(REQUIREMENTS.length);
  for (const { rule, requires, matches } of RULE_SCANS) {
    if (requires) {
      const k = REQUIREMENTS.indexOf(requires);
      if (holds[k] === 0) holds[k] = requires.test(text) ? 2 : 1;
      if (holds[k] === 1) continue;
    }
    for (const m of matches(text)) {
      const value = rule.read(m, ctx);
      if (value)
        // Fields listed, not spread: values of different rules have different shapes, and a
        // spread of mixed shapes was slower than the rule's regex.
        candidates.push({
          dateKind: value.dateKind,
          from: value.from,
          to: value.to,
          en: value.en,
          start: m.index,
          end: m.index + m[0].length,
          deadline: false,
        });
    }
  }
  candidates.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Found[] = [];
  for (const c of candidates) {
    const last = kept[kept.length - 1];
    if (last && c.start < last.end) continue;
    kept.push(withDeadline(text, c));
  }
  return kept;
}

/** Extends a date over a deadline word before it ("trước ngày 15/12/2024"). */
function withDeadline(text: string, found: Found): Found {
  const before = text.slice(Math.max(0, found.start - 30), found.start);
  const m = DEADLINE_BEFORE.exec(before);
  if (!m || m[1] === undefined) return found;
  const start = found.start - m[0].length;
  return { ...found, start, deadline: true, en: `${deadlineEn(m[1])} ${found.en}` };
}

/** Dates and periods in one block. `articleDate` (ISO) gives the year of "ngày 5/1". */
export function findDates(block: TextBlock, articleDate: string | null): DateMatch[] {
  const view = blockView(block);
  return scan(view.text, dateContext(articleDate)).map((f) => {
    const [start, end] = originalSpan(view, f.start, f.end);
    return {
      type: "date",
      block: block.index,
      start,
      end,
      text: block.text.slice(start, end),
      dateKind: f.dateKind,
      from: f.from,
      to: f.to,
      en: f.en,
      deadline: f.deadline,
    };
  });
}

const DAY_RULE_NAMES = new Set(["day-formal", "day-numeric", "day-no-year", "day-month-words"]);

/** Sticky copies of the single-day rules, for reading a date at a known position. */
const STICKY_DAY_RULES: readonly DateRule[] = DATE_RULES.filter((r) =>
  DAY_RULE_NAMES.has(r.name),
).map((r) => ({ ...r, pattern: new RegExp(r.pattern.source, "yiu") }));

/**
 * The single day written exactly at `pos` of a matching-view text ("ngày 5/1/2024",
 * "ngày 05 tháng 01 năm 2024"), longest reading first, or null. Used by citations for the
 * signature date that follows a document number.
 */
export function dayAt(
  text: string,
  pos: number,
  ctx: DateContext,
): { readonly end: number; readonly value: DateValue } | null {
  let best: { end: number; value: DateValue } | null = null;
  for (const rule of STICKY_DAY_RULES) {
    rule.pattern.lastIndex = pos;
    const m = rule.pattern.exec(text);
    if (!m) continue;
    const value = rule.read(m, ctx);
    const end = pos + m[0].length;
    if (value && (!best || end > best.end)) best = { end, value };
  }
  return best;
}
