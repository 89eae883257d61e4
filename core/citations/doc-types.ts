/**
 * Document types: the words that name them in running text, the codes inside document numbers,
 * and their English names. Codes follow Appendix III of Decree 30/2020/NĐ-CP and Article 10 of
 * the Law on Promulgation of Legal Documents (see the reference language notes, §1.1–1.2).
 */
import type { CitationType } from "../types";

/** A type word in running text; `label` overrides the English name where the type is coarse. */
export interface TypeWord {
  readonly type: CitationType | null;
  readonly label?: string;
}

/**
 * Type words, keyed by their lower-case NFC form. `type: null` marks generic words ("văn bản")
 * where the code inside the number decides.
 */
export const TYPE_WORDS: Readonly<Record<string, TypeWord>> = {
  "thông tư liên tịch": { type: "joint-circular" },
  "thông tư": { type: "circular" },
  "nghị quyết": { type: "resolution" },
  "nghị định": { type: "decree" },
  "quyết định": { type: "decision" },
  "chỉ thị": { type: "directive" },
  "công điện": { type: "official-dispatch" },
  "công văn": { type: "official-letter" },
  "văn bản": { type: null },
  "thông báo kết luận": { type: "notice" },
  "thông báo": { type: "notice" },
  "kết luận": { type: "conclusion" },
  "kế hoạch": { type: "plan" },
  "báo cáo": { type: "report" },
  "chương trình hành động": { type: "program", label: "Action Programme" },
  "chương trình": { type: "program" },
  "đề án": { type: "other", label: "Scheme" },
  "quy định": { type: "regulation" },
  "quy chế": { type: "regulation" },
  "hướng dẫn": { type: "other", label: "Guidance" },
  "tờ trình": { type: "other", label: "Submission" },
  "chiến lược": { type: "strategy" },
  "quy hoạch": { type: "plan", label: "Master Plan" },
  "bộ luật": { type: "code" },
  luật: { type: "law" },
  "pháp lệnh": { type: "ordinance" },
};

/** Regex source matching any type word (longest first, so "Thông tư liên tịch" wins). */
export const TYPE_WORD_SOURCE = Object.keys(TYPE_WORDS)
  .sort((a, b) => b.length - a.length)
  .map((w) => w.replace(/ /g, "\\s+"))
  .join("|");

/** Abbreviated type words used before a number ("NĐ 188/2025", "CV 216/ATMT-ATĐ"). */
export const TYPE_ABBREVIATIONS: Readonly<Record<string, CitationType>> = {
  NĐ: "decree",
  QĐ: "decision",
  TT: "circular",
  NQ: "resolution",
  CV: "official-letter",
  CT: "directive",
  CĐ: "official-dispatch",
  KL: "conclusion",
  TB: "notice",
  KH: "plan",
};

/** Type codes inside document numbers ("NĐ" in "146/2025/NĐ-CP", "NQ" in "57-NQ/TW"). */
export const TYPE_CODES: Readonly<Record<string, TypeWord>> = {
  NĐ: { type: "decree" },
  NQ: { type: "resolution" },
  QĐ: { type: "decision" },
  CT: { type: "directive" },
  TT: { type: "circular" },
  TTLT: { type: "joint-circular" },
  CĐ: { type: "official-dispatch" },
  KL: { type: "conclusion" },
  KH: { type: "plan" },
  TB: { type: "notice" },
  BC: { type: "report" },
  CTr: { type: "program" },
  QyĐ: { type: "regulation" },
  QC: { type: "regulation" },
  HD: { type: "other", label: "Guidance" },
  ĐA: { type: "other", label: "Scheme" },
  TTr: { type: "other", label: "Submission" },
  GP: { type: "other", label: "Licence" },
  CV: { type: "official-dispatch" },
  L: { type: "other", label: "Order" },
};

const TYPE_LABELS: Readonly<Record<CitationType, string>> = {
  law: "Law",
  code: "Code",
  ordinance: "Ordinance",
  resolution: "Resolution",
  decree: "Decree",
  decision: "Decision",
  directive: "Directive",
  circular: "Circular",
  "joint-circular": "Joint Circular",
  "official-letter": "Official Letter",
  "official-dispatch": "Official Dispatch",
  conclusion: "Conclusion",
  plan: "Plan",
  notice: "Notice",
  report: "Report",
  regulation: "Regulation",
  strategy: "Strategy",
  program: "Programme",
  other: "Document",
};

/** English name of a document type ("Decree"); a word's own label wins ("Scheme"). */
export function typeLabel(type: CitationType, word?: TypeWord | null): string {
  return word?.label && word.type === type ? word.label : TYPE_LABELS[type];
}

/** The type word entry for text as written (any case, any spacing), or null. */
export function typeWordOf(written: string): TypeWord | null {
  return TYPE_WORDS[written.toLowerCase().replace(/\s+/g, " ")] ?? null;
}
