/**
 * What a hover card says about one annotation, in English: a heading, the Vietnamese as written,
 * and labelled rows. Pure data, built from the Analysis; the view only lays it out.
 */

import { MONTHS_EN as MONTHS } from "../../core/dates/calendar";
import type { DirectiveForce, TermCategory } from "../../core/types";
import type { PlacedAnnotation } from "../../page/annotations";

/** One labelled line of a card. */
export interface CardRow {
  readonly label: string;
  readonly value: string;
}

export interface CardModel {
  /** "term:3": which annotation the card shows. */
  readonly ref: string;
  readonly kind: PlacedAnnotation["kind"];
  /** Short name of the kind, shown as a badge and used in the accessible label. */
  readonly kindLabel: string;
  readonly heading: string;
  /** The Vietnamese text as written in the article. */
  readonly original: string;
  readonly rows: readonly CardRow[];
}

const CATEGORY: Readonly<Record<TermCategory, string>> = {
  institution: "Institution",
  title: "Official title",
  "doc-type": "Document type",
  issuer: "Issuing body",
  plan: "Plan or programme",
  concept: "Policy concept",
  abbreviation: "Abbreviation",
  place: "Place",
  "directive-verb": "Directive verb",
};

const FORCE: Readonly<Record<DirectiveForce, string>> = {
  assigned: "Assigned (giao)",
  required: "Required (yêu cầu)",
  directed: "Directed (chỉ đạo)",
  requested: "Requested (đề nghị)",
  urged: "Urged",
  recommended: "Recommended",
  tasked: "Tasked",
  pledged: "Pledged (own commitment)",
  must: "Must",
};

/** "2024-01-05" → "5 January 2024"; other text is returned unchanged. */
export function englishDate(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return iso;
  const month = MONTHS[Number(match[2]) - 1];
  return month ? `${Number(match[3])} ${month} ${match[1]}` : iso;
}

const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

function rows(entries: readonly (readonly [string, string | null | undefined])[]): CardRow[] {
  return entries
    .filter((entry): entry is readonly [string, string] => Boolean(entry[1]))
    .map(([label, value]) => ({ label, value }));
}

/**
 * Builds the card of an annotation. `entryNote` is the glossary note of a term's entry, fetched
 * when the card opens (the content script does not carry the notes): the card is first built
 * without it and rebuilt with it once it arrives. It comes before the term's own `note`, which
 * says only what the body was renamed to.
 */
export function cardModel(annotation: PlacedAnnotation, entryNote = ""): CardModel {
  const ref = `${annotation.kind}:${annotation.index}`;
  switch (annotation.kind) {
    case "term": {
      const t = annotation.item;
      return {
        ref,
        kind: "term",
        kindLabel: "Term",
        heading: t.en,
        original: t.text,
        rows: rows([
          ["Category", CATEGORY[t.category]],
          ["Stands for", t.expansion],
          ["Vietnamese", t.vi !== t.text ? t.vi : null],
          ["Person", t.person ? `${t.person.name} (${t.person.ascii})` : null],
          ["Note", [entryNote, t.note].filter(Boolean).join(" ")],
          ["Includes", t.nested.map((n) => `${n.text}: ${n.en}`).join("; ")],
        ]),
      };
    }
    case "citation": {
      const c = annotation.item;
      return {
        ref,
        kind: "citation",
        kindLabel: "Legal document",
        heading: c.en,
        original: c.text,
        rows: rows([
          ["Type", capitalize(c.docType.replace(/-/g, " "))],
          ["Symbol", c.symbol ?? c.number],
          ["Issued by", c.issuerName ?? c.issuer],
          ["Signed", c.date ? englishDate(c.date) : c.year ? String(c.year) : null],
        ]),
      };
    }
    case "directive": {
      const d = annotation.item;
      const addressees = d.addressees.map((p) => p.en || p.text).join(", ");
      return {
        ref,
        kind: "directive",
        kindLabel: d.kind === "commitment" ? "Commitment" : "Directive",
        heading: d.gloss_en,
        original: d.text,
        rows: rows([
          ["From → to", `${d.issuer?.en || d.issuer?.text || "—"} → ${addressees || "—"}`],
          ["Force", FORCE[d.force]],
          ["Deadline", d.deadline ? d.deadline.en : null],
          ["Cites", d.citations.join("; ")],
        ]),
      };
    }
    case "date": {
      const d = annotation.item;
      return {
        ref,
        kind: "date",
        kindLabel: d.deadline ? "Deadline" : "Date",
        heading: d.en,
        original: d.text,
        rows: rows([
          [
            "Period",
            d.from && d.to && d.from !== d.to
              ? `${englishDate(d.from)} – ${englishDate(d.to)}`
              : null,
          ],
        ]),
      };
    }
  }
}
