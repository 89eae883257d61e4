/**
 * What directly follows a document's number or name: the signature date ("ngày 5/1/2024",
 * "ngày 05 tháng 01 năm 2024") and the issuer ("của Thủ tướng Chính phủ"), in either order,
 * or the year of a law ("Luật Doanh nghiệp năm 2020"). The citation's span grows over them.
 */
import { type DateContext, dayAt } from "../dates";
import { ISSUER_PHRASE, namedIssuer } from "./issuers";

export interface Tail {
  /** View offset where the citation ends. */
  readonly end: number;
  readonly date: string | null;
  readonly dateEn: string | null;
  /** Year from the date, or from "năm 2020" after a law's name. */
  readonly year: number | null;
  /** "năm 2020" after a name, when read. */
  readonly lawYear: number | null;
  readonly issuer: { readonly code: string; readonly en: string } | null;
}

/** ", ban hành ngày", " ký ngày", " ngày": what may stand between a number and its date. */
const DATE_LEAD = /\s*,?\s*(?:(?:được\s+)?(?:ban\s+hành|ký)\s+)?(?=ngày\s)/iuy;
const LAW_YEAR = /\s+năm\s+((?:19|20)\d\d)(?![\p{L}\p{N}])/uy;

interface DateRead {
  readonly end: number;
  readonly date: string | null;
  readonly dateEn: string;
}

function readDate(
  text: string,
  pos: number,
  ctx: DateContext,
  docYear: number | null,
): DateRead | null {
  DATE_LEAD.lastIndex = pos;
  const lead = DATE_LEAD.exec(text);
  if (!lead) return null;
  const at = pos + lead[0].length;
  const local: DateContext = { ...ctx, articleYear: docYear ?? ctx.articleYear };
  let day = dayAt(text, at, local);
  if (!day) return null;
  // "ngày 20/12" with no year, in an article from January: a document is signed before it is
  // reported, so the date belongs to the year before.
  const written = text.slice(at, day.end);
  if (
    docYear === null &&
    !/\d{4}/.test(written) &&
    ctx.articleDay &&
    (day.value.from ?? "") > ctx.articleDay
  ) {
    const earlier = dayAt(text, at, { ...local, articleYear: (local.articleYear ?? 0) - 1 });
    if (earlier) day = earlier;
  }
  return { end: day.end, date: day.value.from, dateEn: day.value.en };
}

function readIssuer(text: string, pos: number): { end: number; code: string; en: string } | null {
  ISSUER_PHRASE.lastIndex = pos;
  const m = ISSUER_PHRASE.exec(text);
  if (!m?.[1]) return null;
  return { end: pos + m[0].length, ...namedIssuer(m[1], m[2], m[3]) };
}

/** Reads the date and issuer right after `pos` (view offsets). `docYear` is the number's year. */
export function readTail(
  text: string,
  pos: number,
  ctx: DateContext,
  docYear: number | null,
): Tail {
  let end = pos;
  let lawYear: number | null = null;
  LAW_YEAR.lastIndex = pos;
  const ly = LAW_YEAR.exec(text);
  if (ly) {
    lawYear = Number(ly[1]);
    end = pos + ly[0].length;
  }
  let date = readDate(text, end, ctx, docYear);
  if (date) end = date.end;
  const issuer = readIssuer(text, end);
  if (issuer) end = issuer.end;
  if (!date && issuer) {
    date = readDate(text, end, ctx, docYear);
    if (date) end = date.end;
  }
  const year = date?.date ? Number(date.date.slice(0, 4)) : lawYear;
  return {
    end,
    date: date?.date ?? null,
    dateEn: date?.dateEn ?? null,
    year,
    lawYear,
    issuer: issuer ? { code: issuer.code, en: issuer.en } : null,
  };
}
