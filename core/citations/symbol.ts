/**
 * Document numbers ("số hiệu") in their five shapes (reference language notes §1.2):
 *   146/2025/NĐ-CP   number/year/type-issuer           (legal normative documents)
 *   61/2024/QH15     number/year/issuer                (National Assembly)
 *   01/NQ-CP         number/type-issuer                (administrative documents)
 *   3384/BCT-CTĐP    number/issuer-unit                (official letters: no type code)
 *   57-NQ/TW         number-type/issuer                (Party documents)
 * plus dotted numbers (66.7/2025/NQ-CP) and joint issuers (…/TTLT-BCT-BTC).
 */
import type { CitationType } from "../types";
import { TYPE_CODES, type TypeWord } from "./doc-types";

const NUM = "\\d{1,5}(?:\\.\\d{1,3})?";
/** One code segment: starts with a capital ("TTg", "QH15", "CTr", "V.I", "BCĐ389"). */
const SEG = "[A-ZĐ][A-Za-zĐđ0-9]*(?:\\.[A-Z0-9][A-Za-zĐđ0-9]*)*";
const CODE = `${SEG}(?:-${SEG})*`;

/**
 * Candidate document numbers. Groups: 1 number; Party shape 2 type, 3 issuer; state shape
 * 4 year, 5 code. Bare numbers also match (every group optional) and are rejected by
 * `parseSymbol`, which keeps the pattern a single left-to-right pass.
 */
export const SYMBOL_PATTERN = new RegExp(
  `(?<![\\p{L}\\p{N}/.\\-])(${NUM})(?:-(${SEG})/(${CODE})|(?:/(\\d{4}))?(?:/(${CODE}))?)(?![\\p{L}\\p{N}]|[/\\-.][\\p{L}\\p{N}])`,
  "gu",
);

/** What a document number says by itself. */
export interface ParsedSymbol {
  readonly number: string;
  /** The number as written ("02/NQ-CP"), or null for "188/2025" after an abbreviated type. */
  readonly symbol: string;
  readonly year: number | null;
  /** Type from the code inside the number, or null (official letters, NA documents). */
  readonly codeType: TypeWord | null;
  /** True when the code has no type and names the issuer first (an official letter). */
  readonly letter: boolean;
  readonly issuer: string | null;
  readonly party: boolean;
  /** True when the number is only a citation with a type word before it ("NĐ 188/2025"). */
  readonly needsTypeWord: boolean;
}

const NA_ISSUER = /^(?:UBTV)?QH\d{1,2}$/;

/** Reads one SYMBOL_PATTERN match; null when it is a bare number or not a document number. */
export function parseSymbol(m: RegExpExecArray): ParsedSymbol | null {
  const [whole, number = "", partyType, partyIssuer, yearText, code] = m;
  if (partyType !== undefined) {
    const codeType = TYPE_CODES[partyType];
    if (!codeType) return null;
    return {
      number,
      symbol: whole,
      year: null,
      codeType,
      letter: false,
      issuer: partyIssuer ?? null,
      party: true,
      needsTypeWord: false,
    };
  }
  const year = yearText ? Number(yearText) : null;
  if (year !== null && (year < 1945 || year > 2100)) return null;
  if (code === undefined) {
    if (year === null) return null;
    return {
      number,
      symbol: whole,
      year,
      codeType: null,
      letter: false,
      issuer: null,
      party: false,
      needsTypeWord: true,
    };
  }
  const segments = code.split("-");
  const first = segments[0] ?? "";
  const typed = segments.length > 1 ? TYPE_CODES[first] : undefined;
  if (typed) {
    return {
      number,
      symbol: whole,
      year,
      codeType: typed,
      letter: false,
      issuer: segments.slice(1).join("-"),
      party: false,
      needsTypeWord: false,
    };
  }
  if (segments.length === 1) {
    // "61/2024/QH15" stands alone; "123/UBND" could be anything without a type word before it.
    const na = year !== null && NA_ISSUER.test(first);
    return {
      number,
      symbol: whole,
      year,
      codeType: null,
      letter: false,
      issuer: first,
      party: false,
      needsTypeWord: !na,
    };
  }
  return {
    number,
    symbol: whole,
    year,
    codeType: null,
    letter: true,
    issuer: first,
    party: false,
    needsTypeWord: false,
  };
}

/** The document type a number implies when no type word says otherwise. */
export function typeFromSymbol(parsed: ParsedSymbol): CitationType {
  if (parsed.codeType?.type) return parsed.codeType.type;
  if (parsed.letter) return "official-letter";
  if (parsed.issuer && /^QH\d/.test(parsed.issuer)) return "law";
  return "other";
}

/** The number as English readers search it: Đ written as D ("146/2025/ND-CP"). */
export function symbolEn(symbol: string): string {
  return symbol.replace(/Đ/g, "D").replace(/đ/g, "d");
}
