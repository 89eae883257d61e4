/**
 * The `policy-lens/annotations@1` JSON contract of the `annotate` command. Other tools rely on it:
 * fields are only ever added, never renamed or removed. `text` fields are verbatim article text
 * with whitespace collapsed, so they can be found again in the page.
 */
import type { Analysis, DateMatch, Party, TermMatch } from "../core/types";

export const ANNOTATIONS_SCHEMA = "policy-lens/annotations@1";

export interface TermJson {
  /** The entry's first written form in the article. */
  readonly text: string;
  readonly en: string;
  readonly category: string;
  readonly count: number;
  /** Every distinct written form of the entry in the article, in order of first appearance
   * ("Tập đoàn Điện lực Việt Nam", then "EVN"); `forms[0] === text`. */
  readonly forms: readonly string[];
}

export interface CitationJson {
  readonly text: string;
  readonly type: string;
  readonly number: string | null;
  readonly year: number | null;
  readonly issuer: string | null;
  readonly date: string | null;
  readonly en: string;
}

export interface DeadlineJson {
  readonly text: string;
  readonly from: string | null;
  readonly to: string | null;
  readonly en: string;
}

export interface DirectiveJson {
  readonly text: string;
  readonly kind: string;
  readonly force: string;
  readonly issuer: Party | null;
  readonly addressees: readonly Party[];
  readonly deadline: DeadlineJson | null;
  readonly citations: readonly string[];
  readonly gloss_en: string;
}

export interface AnnotationsJson {
  readonly schema: typeof ANNOTATIONS_SCHEMA;
  readonly article: {
    readonly url: string;
    readonly title: string;
    readonly lead: string;
    readonly published: string | null;
  };
  readonly terms: readonly TermJson[];
  readonly citations: readonly CitationJson[];
  readonly directives: readonly DirectiveJson[];
}

function collapse(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

/** The text of the term itself: for a person mention, the title without the name. */
function termText(match: TermMatch): string {
  if (!match.person) return match.text;
  return match.text.slice(0, match.person.start - match.start).trimEnd();
}

/** English of the entry without a person's name appended. */
function termEnglish(match: TermMatch, nestedEn?: string): string {
  return nestedEn ?? (match.person ? match.en.replace(` ${match.person.ascii}`, "") : match.en);
}

/**
 * One row per glossary entry found (outer matches and the shorter entries nested inside them),
 * in order of first appearance, with how often it occurs.
 */
function termRows(terms: readonly TermMatch[]): TermJson[] {
  type Row = { text: string; en: string; category: string; count: number; forms: string[] };
  const rows = new Map<string, Row>();
  const add = (id: string, text: string, en: string, category: string) => {
    const form = collapse(text);
    const row = rows.get(id);
    if (!row) rows.set(id, { text: form, en, category, count: 1, forms: [form] });
    else {
      row.count++;
      if (!row.forms.includes(form)) row.forms.push(form);
    }
  };
  for (const match of terms) {
    add(match.entryId, termText(match), termEnglish(match), match.category);
    for (const nested of match.nested) add(nested.entryId, nested.text, nested.en, "nested");
  }
  return [...rows.values()].map((row) => ({ ...row }));
}

function deadlineJson(date: DateMatch | null): DeadlineJson | null {
  return date ? { text: collapse(date.text), from: date.from, to: date.to, en: date.en } : null;
}

/** Converts an analysis into the stable JSON contract. */
export function toAnnotationsJson(analysis: Analysis): AnnotationsJson {
  const { meta } = analysis;
  return {
    schema: ANNOTATIONS_SCHEMA,
    article: {
      url: meta.url,
      title: collapse(meta.title),
      lead: collapse(meta.lead),
      published: meta.published,
    },
    terms: termRows(analysis.terms),
    citations: analysis.citations.map((c) => ({
      text: collapse(c.text),
      type: c.docType,
      number: c.number,
      year: c.year,
      issuer: c.issuer,
      date: c.date,
      en: c.en,
    })),
    directives: analysis.directives.map((d) => ({
      text: collapse(d.text),
      kind: d.kind,
      force: d.force,
      issuer: d.issuer,
      addressees: d.addressees,
      deadline: deadlineJson(d.deadline),
      citations: d.citations.map(collapse),
      gloss_en: d.gloss_en,
    })),
  };
}
