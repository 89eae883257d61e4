import { dateContext } from "../dates";
import { allMatches } from "../dates/candidates";
import type { CitationMatch, CitationType, TextBlock } from "../types";
import { DOCUMENT_ALIASES, type DocumentAlias } from "./aliases";
import {
  TYPE_ABBREVIATIONS,
  TYPE_WORD_SOURCE,
  type TypeWord,
  typeLabel,
  typeWordOf,
} from "./doc-types";
import { issuerNameOf } from "./issuers";
import { numberMentions } from "./number-mention";
import { parseSymbol, SYMBOL_PATTERN, symbolEn, typeFromSymbol } from "./symbol";
import { readTail, type Tail } from "./tail";
import { blockView, originalSpan, type TextView } from "./text-view";

export { symbolEn } from "./symbol";

/** A citation found in the matching view, before offsets are mapped back. */
interface Draft {
  readonly start: number;
  readonly end: number;
  readonly docType: CitationType;
  readonly word: TypeWord | null;
  readonly number: string | null;
  readonly symbol: string | null;
  readonly year: number | null;
  readonly issuer: string | null;
  readonly issuerName: string | null;
  readonly tail: Tail;
  /** English for alias and name-only mentions, which have no number to render. */
  readonly enName?: string;
}

const B0 = "(?<![\\p{L}\\p{N}])";

/** A type word right before a number: "Nghị quyết số ", "Nghị định ", "Luật Điện lực số ". */
const TYPE_WORD_BEFORE = new RegExp(`${B0}(${TYPE_WORD_SOURCE})(?:\\s+số)?\\s*:?\\s*$`, "iu");
const LAW_NAME_BEFORE =
  /(?<![\p{L}\p{N}])((?:Bộ\s+)?[Ll]uật)(?:\s+[\p{L}\p{M},]+){1,10}?\s+số\s*$/u;
const ABBREVIATION_BEFORE = new RegExp(
  `${B0}(${Object.keys(TYPE_ABBREVIATIONS).join("|")})(?:\\s+số)?\\s*$`,
  "u",
);

const escapeRegex = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
/** First word as written; later words may start in either case ("Luật giá", "Luật Giá"). */
const aliasSource = (name: string) =>
  name
    .split(" ")
    .map((w, i) => {
      const c = w.charAt(0);
      return i === 0 || c.toUpperCase() === c.toLowerCase()
        ? escapeRegex(w)
        : `[${c.toUpperCase()}${c.toLowerCase()}]${escapeRegex(w.slice(1))}`;
    })
    .join("\\s+");

const ALIAS_BY_KEY = new Map<string, DocumentAlias>(
  DOCUMENT_ALIASES.flatMap((a) => a.names.map((n) => [n.toLowerCase(), a] as const)),
);
const ALIAS_PATTERN = new RegExp(
  `${B0}(?:${[...ALIAS_BY_KEY.keys()]
    .sort((a, b) => b.length - a.length)
    .map((k) =>
      aliasSource(DOCUMENT_ALIASES.flatMap((a) => a.names).find((n) => n.toLowerCase() === k) ?? k),
    )
    .join("|")})(?![\\p{L}\\p{N}]|[/\\-.]\\p{N})`,
  "gu",
);

/**
 * The first words of the aliases, as written (each alias pattern opens with its first word
 * literally): a block holding none of them cannot hold an alias, and is not searched.
 */
const ALIAS_FIRST_WORDS: readonly string[] = [
  ...new Set(DOCUMENT_ALIASES.flatMap((a) => a.names.map((n) => n.split(" ")[0] ?? ""))),
];

function mayHoldAlias(text: string): boolean {
  for (const word of ALIAS_FIRST_WORDS) if (text.includes(word)) return true;
  return false;
}

/** Function words that end a law's name ("Luật Giá để …", "Luật Đầu tư năm 2020"). */
const NAME_STOP =
  "để|với|của|và|năm|số|đã|được|có|là|này|đó|cho|trong|tại|theo|về|khi|thì|mà|nhưng|cũng|sẽ|đang|vừa|các|những|phải|cần|không|chưa|nên|sửa|hiện|mới|do|từ|đến|trên|dưới|hay|hoặc|như|nhằm|qua|bởi|vào|ra|lại|nay|sau|trước|đối|còn|rất|chỉ|đều|gồm|nêu|tới|quy|trình|thì|thay|hết|hiệu|lực|chuyên|ngành";
/**
 * "Luật Doanh nghiệp", "Luật Địa chất và Khoáng sản": a capitalized first word, then up to six
 * words that are not function words. "Luật sư" (lawyer) never matches: its next word is lower-case.
 */
const LAW_NAME = new RegExp(
  `${B0}(Bộ\\s+luật|Luật)\\s+\\p{Lu}[\\p{Ll}\\p{M}]*(?:\\s+và\\s+\\p{Lu}[\\p{Ll}\\p{M}]*|\\s+\\p{Lu}[\\p{Ll}\\p{M}]*|\\s+(?!(?:${NAME_STOP})(?![\\p{L}]))[\\p{Ll}\\p{M}]+){0,6}(?![\\p{L}\\p{N}])`,
  "gu",
);

/** Backing store of `Coverage`, reused from block to block (allocating one per block was costly). */
const COVERAGE_KEPT = 1 << 16;
const coverageBuffer = new Uint8Array(COVERAGE_KEPT);

/**
 * Marks view ranges already taken, so later (weaker) passes never overlap earlier ones.
 * One coverage is in use at a time (`findCitations` is synchronous and not re-entrant).
 */
class Coverage {
  private readonly taken: Uint8Array;
  constructor(length: number) {
    if (length + 1 > COVERAGE_KEPT) {
      // A very long block gets its own array, so the shared one stays small.
      this.taken = new Uint8Array(length + 1);
      return;
    }
    // A view of exactly length + 1 entries, cleared: `fill` clamps to it and reads past it are
    // undefined, as with a fresh array.
    this.taken = coverageBuffer.subarray(0, length + 1);
    this.taken.fill(0);
  }
  free(start: number, end: number): boolean {
    for (let i = start; i < end; i++) if (this.taken[i]) return false;
    return true;
  }
  take(start: number, end: number): void {
    this.taken.fill(1, start, end);
  }
}

/**
 * The most specific English issuer: "của Bộ Chính trị" says more than the code TW, but the code
 * QH13 says more than "của Quốc hội" (it names the term).
 */
function issuerNameFor(code: string | null, tail: Tail): string | null {
  const fromCode = code ? issuerNameOf(code) : null;
  if (!tail.issuer) return fromCode;
  if (fromCode && code?.startsWith(tail.issuer.code) && /^(UBTV)?QH\d/.test(code)) return fromCode;
  return tail.issuer.en;
}

function isCapitalized(word: string): boolean {
  const c = word.charAt(0);
  return c !== c.toLowerCase();
}

/** Legal document references in one block. `articleDate` (ISO) fills a missing year. */
export function findCitations(block: TextBlock, articleDate: string | null): CitationMatch[] {
  const view = blockView(block);
  const text = view.text;
  const ctx = dateContext(articleDate);
  const coverage = new Coverage(text.length);
  const drafts: Draft[] = [];
  const accept = (d: Draft | null) => {
    if (!d || !coverage.free(d.start, d.end)) return;
    coverage.take(d.start, d.end);
    drafts.push(d);
  };

  // 1. Document numbers, with the type word before them when there is one.
  // Numbers and law names need a digit or "uật" ("Luật", "Bộ luật"): blocks without them are not
  // searched for those at all (setting up a search costs more than scanning a short block).
  const hasDigit = /\d/.test(text);
  for (const m of hasDigit ? allMatches(SYMBOL_PATTERN, text) : []) {
    const parsed = parseSymbol(m);
    if (!parsed) continue;
    const before = text.slice(Math.max(0, m.index - 80), m.index);
    const wordMatch = TYPE_WORD_BEFORE.exec(before) ?? LAW_NAME_BEFORE.exec(before);
    const abbrMatch = wordMatch ? null : ABBREVIATION_BEFORE.exec(before);
    const lead = wordMatch ?? abbrMatch;
    if (parsed.needsTypeWord && !lead) continue;
    let word: TypeWord | null = null;
    if (wordMatch?.[1])
      word = typeWordOf(
        /luật$/i.test(wordMatch[1]) ? wordMatch[1].replace(/^bộ\s+/i, "bộ ") : wordMatch[1],
      );
    else if (abbrMatch?.[1]) word = { type: TYPE_ABBREVIATIONS[abbrMatch[1]] ?? null };
    let docType = word?.type ?? typeFromSymbol(parsed);
    // Party "QĐ" is a Decision or a Regulation (Quy định): the word before decides.
    if (parsed.party && parsed.codeType?.type === "decision" && word?.type === "regulation")
      docType = "regulation";
    const start = lead ? m.index - lead[0].length : m.index;
    const end = m.index + m[0].length;
    const tail = readTail(text, end, ctx, parsed.year);
    const issuer = parsed.issuer ?? tail.issuer?.code ?? null;
    accept({
      start,
      end: tail.end,
      docType,
      word,
      number: parsed.number,
      symbol: parsed.symbol,
      year: parsed.year ?? tail.year,
      issuer,
      issuerName: issuerNameFor(issuer, tail),
      tail,
    });
  }

  // 2. Popular short names ("Nghị quyết 57", "Quy hoạch điện VIII", "Luật Giá").
  for (const m of mayHoldAlias(text) ? allMatches(ALIAS_PATTERN, text) : []) {
    const alias = ALIAS_BY_KEY.get(m[0].toLowerCase().replace(/\s+/g, " "));
    if (!alias) continue;
    const end = m.index + m[0].length;
    const tail = readTail(text, end, ctx, alias.year);
    accept({
      start: m.index,
      end: tail.end,
      docType: alias.docType,
      word: null,
      number: alias.number,
      symbol: alias.symbol,
      year: alias.year ?? tail.year,
      issuer: alias.issuer ?? tail.issuer?.code ?? null,
      issuerName: alias.issuerName ?? tail.issuer?.en ?? null,
      tail: { ...tail, date: tail.date ?? alias.date, dateEn: tail.dateEn },
      enName: alias.en,
    });
  }

  // 3. A type word and a bare number ("Công điện số 07 ngày 1/2/2026").
  for (const m of hasDigit ? numberMentions(text) : []) {
    const [whole, written = "", so, number = ""] = m;
    // Without "số", only a capitalized type word, and never a year ("Kế hoạch 2024").
    if (!so && (!isCapitalized(written) || /^(19|20)\d\d$/.test(number))) continue;
    const word = typeWordOf(written);
    if (!word?.type) continue;
    const end = m.index + whole.length;
    const tail = readTail(text, end, ctx, null);
    accept({
      start: m.index,
      end: tail.end,
      docType: word.type,
      word,
      number,
      symbol: null,
      year: tail.year,
      issuer: tail.issuer?.code ?? null,
      issuerName: tail.issuer?.en ?? null,
      tail,
    });
  }

  // 4. Laws by name ("Luật Doanh nghiệp năm 2020").
  for (const m of text.includes("uật") ? allMatches(LAW_NAME, text) : []) {
    const end = m.index + m[0].length;
    const tail = readTail(text, end, ctx, null);
    const code = /^bộ/i.test(m[1] ?? "");
    accept({
      start: m.index,
      end: tail.end,
      docType: code ? "code" : "law",
      word: null,
      number: null,
      symbol: null,
      year: tail.year,
      issuer: tail.issuer?.code ?? null,
      issuerName: tail.issuer?.en ?? null,
      tail,
      enName: `${code ? "Code" : "Law"} “${m[0]}”`,
    });
  }

  drafts.sort((a, b) => a.start - b.start);
  return drafts.map((d) => toMatch(block, view, d));
}

function toMatch(block: TextBlock, view: TextView, d: Draft): CitationMatch {
  const [start, end] = originalSpan(view, d.start, d.end);
  const date = d.tail.date;
  const year = d.year ?? (date ? Number(date.slice(0, 4)) : null);
  return {
    type: "citation",
    block: block.index,
    start,
    end,
    text: block.text.slice(start, end),
    docType: d.docType,
    number: d.number,
    symbol: d.symbol,
    year,
    issuer: d.issuer,
    issuerName: d.issuerName,
    date,
    en: citationEn(d),
  };
}

/** "Resolution No. 02/NQ-CP of the Government, 5 January 2024". */
function citationEn(d: Draft): string {
  const dateEn = d.tail.dateEn ? `, ${d.tail.dateEn}` : "";
  if (d.enName) return `${d.enName}${d.tail.lawYear ? ` (${d.tail.lawYear})` : ""}${dateEn}`;
  const no = d.symbol ? symbolEn(d.symbol) : d.number;
  const of = d.issuerName ? ` of ${d.issuerName}` : "";
  return `${typeLabel(d.docType, d.word)}${no ? ` No. ${no}` : ""}${of}${dateEn}`;
}
