/**
 * Exporting checklists: one article or all, as Markdown (to paste into an email), CSV (one row per
 * directive, for a spreadsheet) or JSON (the full records, which `import.ts` reads back).
 */
import type { SavedArticle, SavedItem } from "./schema";
import { RECORD_VERSION } from "./schema";

/** Identifies our JSON export format; the importer refuses anything else. */
export const EXPORT_SCHEMA = "policy-lens/checklists@1";

export type ExportFormat = "markdown" | "csv" | "json";

/** The JSON export document. */
export interface ExportDocument {
  readonly schema: typeof EXPORT_SCHEMA;
  readonly version: number;
  readonly exportedAt: string;
  readonly articles: readonly SavedArticle[];
}

/** Items in reading order. */
export function orderedItems(article: SavedArticle): SavedItem[] {
  return Object.values(article.items).sort(
    (a, b) => a.position - b.position || a.anchor.exact.localeCompare(b.anchor.exact),
  );
}

// Characters that would turn plain text into Markdown structure (emphasis, links, HTML, headings).
function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_[\]<>#|~]/g, "\\$&")
    .replace(/\s+/g, " ")
    .trim();
}

function dateOnly(iso: string | null): string {
  return iso ? iso.slice(0, 10) : "";
}

function markdownItem(item: SavedItem): string {
  const d = item.directive;
  const lines = [`- [${item.checked ? "x" : " "}] ${escapeMarkdown(d.text)}`];
  const sub = (label: string, value: string) => {
    if (value) lines.push(`  - ${label}: ${value}`);
  };
  sub("English", escapeMarkdown(d.gloss_en));
  const who = [
    d.issuer ? escapeMarkdown(`${d.issuer.text} (${d.issuer.en})`) : "",
    d.addressees.map((a) => escapeMarkdown(`${a.text} (${a.en})`)).join("; "),
  ];
  if (who[0] || who[1]) sub("Who", `${who[0] || "—"} → ${who[1] || "—"}`);
  sub("Kind", `${d.kind}, ${d.force}`);
  if (d.deadline) sub("Deadline", escapeMarkdown(`${d.deadline.en} (${d.deadline.text})`));
  sub("Citations", d.citations.map(escapeMarkdown).join("; "));
  if (item.note.trim()) {
    const [first, ...rest] = item.note.trim().split(/\r?\n/);
    lines.push(`  - Note: ${escapeMarkdown(first ?? "")}`);
    for (const line of rest) lines.push(`    ${escapeMarkdown(line)}`);
  }
  return lines.join("\n");
}

/** A bilingual Markdown checklist: the Vietnamese sentence ticked or not, then its English. */
export function toMarkdown(articles: readonly SavedArticle[]): string {
  return articles
    .map((article) => {
      const items = orderedItems(article);
      const done = items.filter((i) => i.checked).length;
      const head = [
        `## ${escapeMarkdown(article.title || article.url)}`,
        "",
        `${article.url}${article.published ? ` · ${dateOnly(article.published)}` : ""} · ${done}/${items.length} done`,
        "",
      ];
      return [...head, ...items.map(markdownItem)].join("\n");
    })
    .join("\n\n")
    .concat("\n");
}

/**
 * One CSV cell, RFC 4180 quoted. A cell that a spreadsheet would read as a formula (=, +, -, @,
 * tab, CR) gets a leading apostrophe, the OWASP advice against CSV injection.
 */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

const CSV_COLUMNS = [
  "article",
  "url",
  "published",
  "done",
  "kind",
  "force",
  "sentence_vi",
  "gloss_en",
  "issuer",
  "issuer_en",
  "addressees",
  "addressees_en",
  "deadline",
  "deadline_en",
  "citations",
  "note",
  "updated",
] as const;

/** One row per directive; UTF-8 with a byte-order mark so spreadsheets read the diacritics. */
export function toCsv(articles: readonly SavedArticle[]): string {
  const rows: string[][] = [[...CSV_COLUMNS]];
  for (const article of articles) {
    for (const item of orderedItems(article)) {
      const d = item.directive;
      rows.push([
        article.title,
        article.url,
        dateOnly(article.published),
        item.checked ? "yes" : "no",
        d.kind,
        d.force,
        d.text,
        d.gloss_en,
        d.issuer?.text ?? "",
        d.issuer?.en ?? "",
        d.addressees.map((a) => a.text).join("; "),
        d.addressees.map((a) => a.en).join("; "),
        d.deadline?.text ?? "",
        d.deadline?.en ?? "",
        d.citations.join("; "),
        item.note,
        item.updatedAt > 0 ? new Date(item.updatedAt).toISOString() : "",
      ]);
    }
  }
  return `\uFEFF${rows.map((row) => row.map(csvCell).join(",")).join("\r\n")}\r\n`;
}

/** The full records, readable by `parseImport`. */
export function toJson(articles: readonly SavedArticle[], now: Date = new Date()): string {
  const document: ExportDocument = {
    schema: EXPORT_SCHEMA,
    version: RECORD_VERSION,
    exportedAt: now.toISOString(),
    articles,
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}

/** The text, MIME type and file extension of an export. */
export function exportAs(
  format: ExportFormat,
  articles: readonly SavedArticle[],
): { text: string; type: string; extension: string } {
  switch (format) {
    case "markdown":
      return { text: toMarkdown(articles), type: "text/markdown;charset=utf-8", extension: "md" };
    case "csv":
      return { text: toCsv(articles), type: "text/csv;charset=utf-8", extension: "csv" };
    case "json":
      return { text: toJson(articles), type: "application/json", extension: "json" };
  }
}
