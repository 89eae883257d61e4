/**
 * The data contracts of the analysis core. Pure data: no DOM, no browser API.
 * Offsets are UTF-16 code-unit offsets into the ORIGINAL text of one block (never the normalized
 * view), so the page layer can turn any annotation into a DOM range.
 */

/** What part of the article a block is. Captions, bylines and related boxes are never blocks. */
export type BlockKind = "title" | "lead" | "heading" | "paragraph";

/** One run of article text, in reading order. */
export interface TextBlock {
  /** Index of the block in the article, 0-based, stable for one extraction. */
  readonly index: number;
  readonly kind: BlockKind;
  /** The block's text exactly as the reader sees it (not normalized). */
  readonly text: string;
}

export interface ArticleMeta {
  /** Canonical URL of the article ("" when unknown, e.g. a bare text file). */
  readonly url: string;
  readonly title: string;
  readonly lead: string;
  /** ISO 8601 with offset, e.g. "2024-07-12T10:30:00+07:00", or null when unknown. */
  readonly published: string | null;
}

export interface ArticleInput {
  readonly meta: ArticleMeta;
  readonly blocks: readonly TextBlock[];
}

/** A place in the article: [start, end) in the original text of block `block`. */
export interface Span {
  readonly block: number;
  readonly start: number;
  readonly end: number;
}

/** Every category of a glossary term (the glossary source, the popup and messages use this list). */
export const TERM_CATEGORIES = [
  "institution",
  "title",
  "doc-type",
  "issuer",
  "plan",
  "concept",
  "abbreviation",
  "place",
  "directive-verb",
] as const;

export type TermCategory = (typeof TERM_CATEGORIES)[number];

/** One glossary entry as compiled for the product (see data/glossary.tsv). */
export interface GlossaryEntry {
  /** Stable id (kebab-case ASCII), unique in the glossary. */
  readonly id: string;
  /** Canonical Vietnamese form, NFC, as it should be displayed. */
  readonly vi: string;
  /** Other written forms (variants, full names); matched like `vi`. */
  readonly aliases: readonly string[];
  /** Abbreviations (UBND, TMĐT …): matched case-sensitively as whole tokens. */
  readonly abbr: readonly string[];
  /** English gloss. */
  readonly en: string;
  readonly category: TermCategory;
  /** Short English note for the hover card, "" when none. */
  readonly note: string;
  /** Where the gloss comes from (URL or reference), never empty. */
  readonly source: string;
  /**
   * Ambiguous abbreviations (BCT, CT, DN, TB …) are only matched when `context` words occur
   * nearby; an empty list means the entry is not ambiguous.
   */
  readonly context: readonly string[];
  /** ISO date range in which the entry's name is valid (institutions renamed in 2025), or null. */
  readonly validFrom: string | null;
  readonly validTo: string | null;
  /** Id of the entry that replaced/preceded this one, if any (for "renamed to" notes). */
  readonly successor: string | null;
}

/** A recognized term in the text. */
export interface TermMatch extends Span {
  readonly type: "term";
  /** Verbatim text from the article. */
  readonly text: string;
  readonly entryId: string;
  /** Canonical Vietnamese form of the entry. */
  readonly vi: string;
  readonly en: string;
  readonly category: TermCategory;
  /**
   * Short English note for the hover card ("" when none); for a body renamed or merged, it says
   * what the name became (or was) at the article's date.
   */
  readonly note: string;
  /** When the text was an abbreviation, the full Vietnamese form it stands for. */
  readonly expansion: string | null;
  /**
   * When a title is followed by a personal name ("Thứ trưởng Nguyễn Sinh Nhật Tân") the match
   * covers title and name as one mention; `start` is where the name begins (block offset), so
   * the title's own text is `text.slice(0, person.start - match.start).trimEnd()`.
   */
  readonly person: {
    readonly name: string;
    /** The name without diacritics: "Nguyen Sinh Nhat Tan". */
    readonly ascii: string;
    readonly start: number;
  } | null;
  /** Shorter entries nested inside this match (for the hover card). */
  readonly nested: readonly {
    readonly entryId: string;
    readonly text: string;
    readonly en: string;
  }[];
}

export type CitationType =
  | "law"
  | "code"
  | "ordinance"
  | "resolution"
  | "decree"
  | "decision"
  | "directive"
  | "circular"
  | "joint-circular"
  | "official-letter"
  | "official-dispatch"
  | "conclusion"
  | "plan"
  | "notice"
  | "report"
  | "regulation"
  | "strategy"
  | "program"
  | "other";

/** A legal document reference. */
export interface CitationMatch extends Span {
  readonly type: "citation";
  readonly text: string;
  readonly docType: CitationType;
  /** The sequence number ("02", "146"), or null for alias-only mentions. */
  readonly number: string | null;
  /** Full symbol as written and normalized ("02/NQ-CP", "146/2025/NĐ-CP"), or null. */
  readonly symbol: string | null;
  readonly year: number | null;
  /** Issuer code ("CP", "TTg", "BCT", "QH15", "TW" …), or null. */
  readonly issuer: string | null;
  /** English name of the issuer ("the Government"), or null. */
  readonly issuerName: string | null;
  /** ISO date (yyyy-mm-dd) of signature, or null. */
  readonly date: string | null;
  /** English rendering: "Resolution No. 02/NQ-CP of the Government, 5 January 2024". */
  readonly en: string;
}

export type DateKind = "day" | "month" | "quarter" | "half" | "year" | "period" | "relative";

/** A date or period in the text. */
export interface DateMatch extends Span {
  readonly type: "date";
  readonly text: string;
  readonly dateKind: DateKind;
  /** First and last day covered, ISO yyyy-mm-dd (equal for a single day), null if open. */
  readonly from: string | null;
  readonly to: string | null;
  /** Unambiguous English: "5 January 2024", "the first six months of 2024". */
  readonly en: string;
  /** True when the text says "before/by" this date ("trước ngày", "chậm nhất", "hạn"). */
  readonly deadline: boolean;
}

export type DirectiveKind = "directive" | "commitment";

/** English force of a directive, from the verb used. */
export type DirectiveForce =
  | "assigned"
  | "required"
  | "directed"
  | "requested"
  | "urged"
  | "recommended"
  | "tasked"
  | "pledged"
  | "must";

export interface Party {
  /** As written in the article. */
  readonly text: string;
  /** English gloss. */
  readonly en: string;
}

export interface Directive extends Span {
  readonly type: "directive";
  /** The sentence, verbatim (whitespace collapsed). */
  readonly text: string;
  readonly kind: DirectiveKind;
  readonly force: DirectiveForce;
  readonly issuer: Party | null;
  readonly addressees: readonly Party[];
  readonly deadline: DateMatch | null;
  /** Texts of linked citations (as in CitationMatch.text). */
  readonly citations: readonly string[];
  /** "Addressee — force — action with terms glossed". */
  readonly gloss_en: string;
}

export type Annotation = TermMatch | CitationMatch | DateMatch | Directive;

/** The result of `analyze()`. */
export interface Analysis {
  readonly meta: ArticleMeta;
  readonly blocks: readonly TextBlock[];
  readonly terms: readonly TermMatch[];
  readonly citations: readonly CitationMatch[];
  readonly dates: readonly DateMatch[];
  readonly directives: readonly Directive[];
}
