/**
 * The English line of a directive: "Addressee — force — action". The action is glossed in
 * pieces that read as English on their own: recognized terms, citations and dates as
 * "[English]", the verb phrase that opens a task ("tập trung triển khai" → "focus on
 * implementing", "chủ động rà soát" → "proactively review"), and whole noun phrases from a
 * table, already in English order ("nhiệm vụ trọng tâm" → "key tasks"). Everything else stays
 * Vietnamese as a whole run: a word the tables do not cover is never guessed, and no single
 * English word is slipped into the middle of Vietnamese text. Pure.
 */
import { boundedMemo } from "../memo";
import type { CitationMatch, DateMatch, TermMatch } from "../types";
import {
  ADVERB_EN,
  DEADLINE_MARKERS,
  DETERMINERS,
  FUNCTION_EN,
  ing,
  LEAD_EN,
  NOUN_EN,
  POST_ADVERB_EN,
  VERB_EN,
  VERB_PREPOSITION,
} from "./gloss-phrases";
import { collapse, phraseAt, phrases, unitClass } from "./words";

/**
 * Every table in one phrase list (one lookup per word), with the kind of each phrase; a phrase in
 * several tables takes the first kind of `KIND_ORDER` (a noun phrase wins over a verb).
 */
const KIND_ORDER: readonly (readonly [Kind, readonly string[]])[] = [
  ["noun", Object.keys(NOUN_EN)],
  ["verb", Object.keys(VERB_EN)],
  ["lead", Object.keys(LEAD_EN)],
  ["adv", [...Object.keys(ADVERB_EN), ...Object.keys(POST_ADVERB_EN)]],
  ["func", Object.keys(FUNCTION_EN)],
  ["det", DETERMINERS],
];
const KIND_OF = new Map<string, Kind>();
for (const [kind, list] of KIND_ORDER)
  for (const p of list) {
    const key = p.normalize("NFC").toLowerCase();
    if (!KIND_OF.has(key)) KIND_OF.set(key, kind);
  }
const ALL_PHRASES = phrases([...KIND_OF.keys()]);
const MARKERS = phrases(DEADLINE_MARKERS);

type Kind = "span" | "noun" | "verb" | "lead" | "adv" | "func" | "det" | "word" | "punct";

/** A piece of the action: `key` is the matched phrase (lower case) or the text as written. */
interface Piece {
  readonly kind: Kind;
  readonly key: string;
  /** English of a span (already bracketed); undefined for other pieces. */
  readonly en: string | undefined;
}

interface GlossSpan {
  readonly start: number;
  readonly end: number;
  readonly en: string;
}

/** Character classes of the tokenizer, memoized per code unit (it looks at every character). */
const isWordAt = unitClass(/[\p{L}\p{N}]/u);
const isSpaceAt = unitClass(/\s/u);

/**
 * Splits the action into pieces, in one pass (spans sorted by start, overlaps dropped). `lower`
 * is `text` lower-cased with the same offsets (or `text` itself where those would differ).
 */
function piecesOf(text: string, lower: string, spans: readonly GlossSpan[]): Piece[] {
  const out: Piece[] = [];
  let s = 0;
  let i = 0;
  while (i < text.length) {
    while (s < spans.length && (spans[s] as GlossSpan).start < i) s++;
    const span = spans[s];
    if (span && span.start === i) {
      out.push({ kind: "span", key: text.slice(span.start, span.end), en: span.en });
      i = span.end;
      continue;
    }
    if (isSpaceAt(text, i)) {
      i++;
      continue;
    }
    // Code units, not one-character strings: those are allocated for every Vietnamese letter.
    if (!isWordAt(text, i)) {
      out.push({ kind: "punct", key: text[i] as string, en: undefined });
      i++;
      continue;
    }
    const p = phraseAt(lower, i, ALL_PHRASES);
    // A phrase must not swallow a recognized term.
    if (p && (!span || i + p.length <= span.start)) {
      out.push({ kind: KIND_OF.get(p) as Kind, key: p, en: undefined });
      i += p.length;
      continue;
    }
    let end = i + 1;
    while (isWordAt(text, end)) end++;
    out.push({ kind: "word", key: text.slice(i, end), en: undefined });
    i = end;
  }
  return out;
}

const CLAUSE_BREAK = new Set([",", ";", ":"]);
const NO_SPACE_BEFORE = new Set([",", ";", ":", ".", ")", "”", "…", "!", "?", "%"]);
/** "(" and "“", as code units. */
const NO_SPACE_AFTER_UNITS: readonly number[] = [0x28, 0x201c];

/** Openers that may take a noun object as well as a verb ("không để xảy ra [supply disruption]"). */
const NOUN_TAKING = new Set([
  "tập trung",
  "chú trọng",
  "quan tâm",
  "ưu tiên",
  "không để xảy ra",
  "không để",
  "có trách nhiệm",
  "chịu trách nhiệm",
]);

/**
 * Decides piece by piece what reads as English. A verb phrase opens a clause (or follows an
 * opener or adverb); a noun phrase, a function word or an adverb is English only between English
 * pieces, so Vietnamese runs are never broken by a single English word.
 */
class Renderer {
  private readonly out: string[] = [];
  private lastEnglish = false;
  private clauseStart = true;
  /** The last English piece of the verb phrase being read, if any. */
  private verbState: "none" | "lead" | "adv" | "verb" = "none";
  private clauseHasVerb = false;
  private afterNoun = false;
  private form: "base" | "ing" = "base";

  constructor(private readonly pieces: readonly Piece[]) {}

  /** The next piece that is not punctuation, from `k`. */
  private content(k: number): number {
    let i = k;
    while (i < this.pieces.length && (this.pieces[i] as Piece).kind === "punct") i++;
    return i;
  }

  /**
   * True when a noun phrase at `k` stands on its own: Vietnamese puts modifiers after the head
   * ("các dự án lưới điện"), so a head followed by a word or a term is left as written.
   */
  private nounStands(k: number): boolean {
    const kind = this.pieces[k + 1]?.kind;
    return kind !== "word" && kind !== "span" && kind !== "noun";
  }

  /** True when the pieces from `k` reach a verb through openers and adverbs only. */
  private leadsToVerb(k: number): boolean {
    for (let i = k; i < this.pieces.length; i++) {
      const kind = (this.pieces[i] as Piece).kind;
      if (kind === "verb") return true;
      if (kind !== "lead" && kind !== "adv") return false;
    }
    return false;
  }

  /** True when the pieces from `k` will read as English (a term, a standing noun, a verb). */
  private leadsToEnglish(k: number): boolean {
    for (let i = this.content(k); i < this.pieces.length; i++) {
      const kind = (this.pieces[i] as Piece).kind;
      if (kind === "span" || kind === "verb") return true;
      if (kind === "noun") return this.nounStands(i);
      if (kind !== "det" && kind !== "lead" && kind !== "adv") return false;
    }
    return false;
  }

  private english(text: string): void {
    this.out.push(text);
    this.lastEnglish = true;
    this.clauseStart = false;
  }

  private vietnamese(text: string): void {
    this.out.push(text);
    this.lastEnglish = false;
    this.clauseStart = false;
    this.verbState = "none";
    this.afterNoun = false;
    this.form = "base";
  }

  /** May a verb phrase open here? Returns "to" when it needs one ("… with [EVN] to review"). */
  private verbOpens(): "" | "to" | null {
    if (this.verbState === "verb") return null;
    if (this.clauseStart || this.verbState === "lead" || this.verbState === "adv") return "";
    if (this.lastEnglish && this.afterNoun) return this.clauseHasVerb ? "to" : "";
    return null;
  }

  private piece(p: Piece, k: number): void {
    switch (p.kind) {
      case "punct":
        this.out.push(p.key);
        if (CLAUSE_BREAK.has(p.key)) {
          this.clauseStart = true;
          this.verbState = "none";
          this.afterNoun = false;
          this.clauseHasVerb = false;
        }
        return;
      case "span":
        this.english(p.en as string);
        this.verbState = "none";
        this.afterNoun = true;
        return;
      case "noun":
        if ((this.clauseStart || this.lastEnglish) && this.nounStands(k)) {
          this.english(NOUN_EN[p.key] as string);
          this.verbState = "none";
          this.afterNoun = true;
        } else this.vietnamese(p.key);
        return;
      case "det": {
        // "các [essential goods]": English plurals need no article.
        const next = this.pieces[k + 1];
        const dropped =
          (this.clauseStart || this.lastEnglish) &&
          (next?.kind === "span" || (next?.kind === "noun" && this.nounStands(k + 1)));
        if (!dropped) this.vietnamese(p.key);
        return;
      }
      case "func":
        if (this.lastEnglish && this.leadsToEnglish(k + 1)) {
          this.english(FUNCTION_EN[p.key] as string);
          this.verbState = "none";
          this.afterNoun = false;
          this.clauseStart = true;
        } else this.vietnamese(p.key);
        return;
      case "adv": {
        const next = this.pieces[k + 1];
        if (this.verbState === "verb" && p.key in POST_ADVERB_EN && next?.kind !== "verb") {
          this.english(POST_ADVERB_EN[p.key] as string);
          return;
        }
        const pre = ADVERB_EN[p.key];
        if (pre && this.verbOpens() === "" && this.leadsToVerb(k + 1)) {
          this.english(pre);
          this.verbState = "adv";
          return;
        }
        this.vietnamese(p.key);
        return;
      }
      case "lead":
      case "verb": {
        const opens = this.verbOpens();
        const next = this.content(k + 1);
        const object =
          p.kind === "verb" ||
          this.leadsToVerb(k + 1) ||
          (NOUN_TAKING.has(p.key) && this.leadsToEnglish(next));
        if (opens === null || !object) {
          this.vietnamese(p.key);
          return;
        }
        if (opens === "to") this.out.push("to");
        if (p.kind === "lead") {
          const lead = LEAD_EN[p.key] as { en: string; next: "base" | "ing" };
          this.english(this.form === "ing" ? ing(lead.en) : lead.en);
          this.form = lead.next;
          this.verbState = "lead";
        } else {
          const verb = VERB_EN[p.key] as string;
          this.english(this.form === "ing" ? ing(verb) : verb);
          const object = this.pieces[k + 1];
          const preposition = VERB_PREPOSITION[p.key];
          const english =
            (object?.kind === "span" && !DEADLINE_EN.test(object.en ?? "")) ||
            (object?.kind === "noun" && this.nounStands(k + 1));
          if (preposition && english) this.out.push(preposition);
          this.verbState = "verb";
          this.clauseHasVerb = true;
          // Verbs coordinated by commas keep the form ("focus on reviewing, removing").
          if ((this.pieces[next] as Piece | undefined)?.kind !== "verb") this.form = "base";
        }
        this.afterNoun = false;
        return;
      }
      case "word":
        this.vietnamese(p.key);
        return;
    }
  }

  /** The rendered text, tokens joined with the spacing of English punctuation. */
  render(): string {
    for (let k = 0; k < this.pieces.length; k++) this.piece(this.pieces[k] as Piece, k);
    let text = "";
    // The last code unit of `text`, tracked rather than read back: reading a character of a
    // string built by `+=` flattens it every time.
    let last = -1;
    for (const token of this.out) {
      // The marks are single characters: a longer token is not hashed for the set lookup.
      const tight =
        (token.length === 1 && NO_SPACE_BEFORE.has(token)) || NO_SPACE_AFTER_UNITS.includes(last);
      if (!text || tight) {
        text += token;
        if (token.length > 0) last = token.charCodeAt(token.length - 1);
      } else {
        text += ` ${token}`;
        last = token.length > 0 ? token.charCodeAt(token.length - 1) : 0x20;
      }
    }
    return text;
  }
}

/** English of a date that already says it is a deadline ("before 30 November 2025"). */
const DEADLINE_EN = /^\[?(by|before|no later than)\s/u;

/** A deadline span widened over the marker before it: "trước ngày 15/4" → "by [15 April]". */
function deadlineSpan(lower: string, date: GlossSpan): GlossSpan {
  let at = date.start;
  while (at > 0 && isSpaceAt(lower, at - 1)) at--;
  for (const marker of MARKERS.phrases) {
    const from = at - marker.length;
    if (from >= 0 && lower.startsWith(marker, from) && !isWordAt(lower, from - 1))
      return {
        start: from,
        end: date.end,
        en: DEADLINE_EN.test(date.en) ? date.en : `by ${date.en}`,
      };
  }
  return date;
}

export interface GlossInput {
  readonly addressees: readonly string[];
  readonly force: string;
  /** The action as written, and its block offset. */
  readonly action: string;
  readonly actionOffset: number;
  readonly terms: readonly TermMatch[];
  readonly citations: readonly CitationMatch[];
  readonly dates: readonly DateMatch[];
  /** The directive's deadline, glossed as "by [date]" (found also where the date finder has none). */
  readonly deadline?: DateMatch | null;
}

/**
 * True when a term's text is a verb or opener of the phrase tables ("báo cáo", "thông báo");
 * remembered by text, as terms recur through an article.
 */
const isVerbWord = boundedMemo((text) => {
  const lower = text.toLowerCase();
  return lower in VERB_EN || lower in LEAD_EN;
}, 4096);

/** Upper-cases the first letter. */
function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The spans inside the action, relative to it, sorted by start with overlaps dropped. */
function spansIn(input: GlossInput, length: number, lower: string): GlossSpan[] {
  const offset = input.actionOffset;
  const deadline = input.deadline ?? null;
  const all: GlossSpan[] = [];
  const inside = (s: TermMatch | CitationMatch | DateMatch) =>
    s.start >= offset && s.end <= offset + length && s.end > s.start;
  const add = (s: TermMatch | CitationMatch | DateMatch) => {
    if (!inside(s)) return;
    const span = { start: s.start - offset, end: s.end - offset, en: `[${s.en}]` };
    all.push(s.type === "date" && s.deadline ? deadlineSpan(lower, span) : span);
  };
  // Directive verbs are read as verb phrases ("tập trung triển khai" → "focus on implementing"),
  // not bracketed one by one.
  // Words the verb table reads ("báo cáo" as "report to", not the document [Report]) too.
  // (The sentence's terms outside the clause are passed over before the table lookup.)
  for (const t of input.terms) {
    if (inside(t) && t.category !== "directive-verb" && !isVerbWord(t.text)) add(t);
  }
  for (const c of input.citations) add(c);
  for (const d of input.dates) if (!deadline || d.start !== deadline.start) add(d);
  if (deadline) add(deadline);
  all.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: GlossSpan[] = [];
  for (const s of all)
    if (!kept.length || s.start >= (kept[kept.length - 1] as GlossSpan).end) kept.push(s);
  return kept;
}

/** Marks trimmed from the start of the rendered action: `/^[\s,;:–-]+/u`. */
const isLeadingMark = unitClass(/[\s,;:–-]/u);
/** Marks trimmed from the end of the action: `/[\s.;,:”"–-]+$/u`. */
const isTrailingMark = unitClass(/[\s.;,:”"–-]/u);

/** The length of `text` without the run of `marks` at its end (a loop, not a regex from every position). */
function endBefore(text: string, marks: (text: string, at: number) => boolean): number {
  let end = text.length;
  while (end > 0 && marks(text, end - 1)) end--;
  return end;
}

/** Longest action glossed: the English line is a summary, the article keeps the full text. */
const MAX_ACTION = 240;

/**
 * The part of the action the gloss renders: its first clause (later clauses after ";" are tasks
 * of their own), cut at a comma when longer than `MAX_ACTION`. This also bounds the cost per
 * directive.
 */
function firstClause(action: string): string {
  const semi = action.indexOf(";");
  let cut = semi >= 0 ? semi : action.length;
  if (cut > MAX_ACTION) {
    const comma = action.lastIndexOf(",", MAX_ACTION);
    cut = comma > MAX_ACTION / 4 ? comma : action.lastIndexOf(" ", MAX_ACTION);
  }
  return action.slice(0, Math.max(cut, 0));
}

/** "Addressee — force — action", the action glossed as described above. */
export function glossDirective(input: GlossInput): string {
  // A quotation's attribution ("…” - ông X yêu cầu.") is not part of the action.
  // (Only an action with a quotation mark can hold one.)
  const quoted =
    input.action.includes("”") || input.action.includes('"')
      ? input.action.replace(/[”"]\s*,?\s*[-–]?\s*[^”"]{2,100}$/u, "")
      : input.action;
  const clause = firstClause(quoted);
  const clipped = clause.length < endBefore(quoted, isTrailingMark);
  // Offsets of `lower` must be those of `clause`: where lower-casing changes the length ("İ"),
  // phrases are looked up in the text as written (they then match only in lower case).
  const folded = clause.toLowerCase();
  const lower = folded.length === clause.length ? folded : clause;
  const spans = spansIn(input, clause.length, lower);
  const rendered = collapse(new Renderer(piecesOf(clause, lower, spans)).render());
  let from = 0;
  while (from < rendered.length && isLeadingMark(rendered, from)) from++;
  const rest = from > 0 ? rendered.slice(from) : rendered;
  const end = endBefore(rest, isTrailingMark);
  let action = end < rest.length ? rest.slice(0, end) : rest;
  if (clipped) action += " …";
  // A deadline in the part left out still belongs on the line.
  const deadline = input.deadline;
  if (clipped && deadline && deadline.start >= input.actionOffset + clause.length)
    action += ` by [${deadline.en}]`;
  const who = input.addressees.length
    ? capitalize(input.addressees.join("; "))
    : "(addressee as above)";
  return `${who} — ${input.force} — ${action}`;
}
