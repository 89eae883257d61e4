/**
 * The deadline of a directive: a date the date finder marked as a deadline inside the sentence,
 * or, when the date finder has nothing there, a date right after "trước", "chậm nhất", "hạn". Pure.
 */

import { MONTHS_EN as MONTHS } from "../dates/calendar";
import type { DateMatch, TextBlock } from "../types";

const DEADLINE_DATE =
  /(trước|chậm nhất(?: là)?(?: vào)?|hạn chót(?: là)?|không muộn hơn|hoàn thành trong)\s+(?:ngày\s+)?(\d{1,2})\s*[/.-]\s*(\d{1,2})(?:\s*[/.-]\s*(\d{4}))?/iu;

function pad(n: number): string {
  return String(n).padStart(2, "0");
}

/** A deadline inside [from, to) of the block, or null. */
export function findDeadline(
  block: TextBlock,
  from: number,
  to: number,
  dates: readonly DateMatch[],
  published: string | null,
): DateMatch | null {
  const marked = dates.find((d) => d.deadline);
  if (marked) return marked;
  const text = block.text.slice(from, to);
  const m = DEADLINE_DATE.exec(text);
  if (!m) return null;
  const at = from + m.index + m[0].indexOf(m[2] as string, (m[1] as string).length);
  // A date the finder already read, now known to be a deadline.
  const known = dates.find((d) => d.start <= at && d.end > at);
  if (known) return { ...known, deadline: true };
  const day = Number(m[2]);
  const month = Number(m[3]);
  if (day < 1 || day > 31 || month < 1 || month > 12) return null;
  const year = m[4] ? Number(m[4]) : published ? Number(published.slice(0, 4)) : null;
  const iso = year ? `${year}-${pad(month)}-${pad(day)}` : null;
  const start = from + m.index + (m[1] as string).length + 1;
  const end = from + m.index + m[0].length;
  return {
    type: "date",
    block: block.index,
    start:
      start +
      (block.text.slice(start, end).length - block.text.slice(start, end).trimStart().length),
    end,
    text: block.text.slice(start, end).trim(),
    dateKind: "day",
    from: iso,
    to: iso,
    en: `${day} ${MONTHS[month - 1]}${year ? ` ${year}` : ""}`,
    deadline: true,
  };
}
