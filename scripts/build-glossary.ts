/**
 * Builds the product glossary: parses and validates data/glossary.tsv and writes two compact
 * modules: core/glossary/glossary.generated.ts (the entries without their notes, imported by the
 * content script) and core/glossary/notes.generated.ts (the hover-card notes by id, loaded only
 * where a card's note is looked up: the background, the CLI).
 *
 *   npm run glossary            write the modules and print a summary
 *   npm run glossary -- --check fail (exit 1) when a module is not up to date
 *
 * The parser and the renderers are exported so tests can rebuild the modules in memory.
 */
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { gzipSync } from "node:zlib";
import { idSlug } from "../core/glossary/id-slug";
import { type GlossaryEntry, TERM_CATEGORIES, type TermCategory } from "../core/types";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
/** The glossary source, one concept per row. */
export const GLOSSARY_TSV = join(ROOT, "data", "glossary.tsv");
/** The compiled entries (notes left out). */
export const GLOSSARY_MODULE = join(ROOT, "core", "glossary", "glossary.generated.ts");
/** The compiled notes, by entry id. */
export const NOTES_MODULE = join(ROOT, "core", "glossary", "notes.generated.ts");

/** The TSV header, in order. */
export const COLUMNS = [
  "id",
  "vi",
  "aliases",
  "abbr",
  "en",
  "category",
  "note",
  "source",
  "context",
  "valid_from",
  "valid_to",
  "successor",
] as const;

/** Every value of `TermCategory`. */
export const CATEGORIES = TERM_CATEGORIES;

/** One parsed row with the line it came from (1-based), for error messages. */
export interface GlossaryRow {
  readonly line: number;
  readonly entry: GlossaryEntry;
}

/** All problems found in the TSV, each prefixed with its line number. */
export class GlossaryError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`data/glossary.tsv has ${problems.length} problem(s):\n  ${problems.join("\n  ")}`);
    this.name = "GlossaryError";
  }
}

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** True for a real calendar date in yyyy-mm-dd form. */
function isIsoDate(text: string): boolean {
  if (!ISO_DATE.test(text)) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
}

/** A `|`-separated list; empty cell = empty list. */
function splitList(cell: string): string[] {
  return cell === "" ? [] : cell.split("|").map((item) => item.trim());
}

/**
 * A conservative key for duplicate detection at build time: NFC, lowercase, one space. Forms that
 * collide here collide under the matcher's `matchKey` too (which folds more: tone placement,
 * dashes, punctuation spacing); the data test checks with `matchKey` itself.
 */
function roughKey(form: string): string {
  return form.normalize("NFC").toLowerCase().replace(/\s+/g, " ").trim();
}

/** True when two validity ranges share at least one day (null = open end). */
export function rangesOverlap(a: GlossaryEntry, b: GlossaryEntry): boolean {
  const aFrom = a.validFrom ?? "0000-01-01";
  const aTo = a.validTo ?? "9999-12-31";
  const bFrom = b.validFrom ?? "0000-01-01";
  const bTo = b.validTo ?? "9999-12-31";
  return aFrom <= bTo && bFrom <= aTo;
}

/** Checks one text cell: NFC, no stray spaces, no control characters. */
function cellProblems(column: string, value: string): string[] {
  const problems: string[] = [];
  if (value !== value.normalize("NFC")) problems.push(`${column} is not NFC: "${value}"`);
  if (value !== value.trim()) problems.push(`${column} has leading/trailing spaces: "${value}"`);
  if (/ {2}/.test(value)) problems.push(`${column} has a double space: "${value}"`);
  // biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
  if (/[\u0000-\u001f\u007f\u00a0\u200b]/.test(value)) {
    problems.push(`${column} has a control or invisible character: "${value}"`);
  }
  return problems;
}

/**
 * Parses and validates the glossary TSV. Lines starting with "#" are section comments and blank
 * lines are ignored. Throws `GlossaryError` listing every problem with its line number.
 */
export function parseGlossaryRows(tsv: string): GlossaryRow[] {
  const lines = tsv.replace(/^\uFEFF/, "").split(/\r?\n/);
  const problems: string[] = [];
  const header = lines[0] ?? "";
  if (header !== COLUMNS.join("\t")) {
    throw new GlossaryError([`line 1: header must be "${COLUMNS.join("\\t")}", got "${header}"`]);
  }
  const rows: GlossaryRow[] = [];
  lines.forEach((text, index) => {
    const line = index + 1;
    if (index === 0 || text.trim() === "" || text.startsWith("#")) return;
    const cells = text.split("\t");
    if (cells.length !== COLUMNS.length) {
      problems.push(`line ${line}: ${cells.length} columns, expected ${COLUMNS.length}`);
      return;
    }
    const [id, vi, aliases, abbr, en, category, note, source, context, from, to, successor] =
      cells as [string, ...string[]] as string[];
    const rowProblems: string[] = [];
    cells.forEach((cell, k) => {
      rowProblems.push(...cellProblems(COLUMNS[k] as string, cell));
    });
    if (!ID.test(id ?? "")) rowProblems.push(`id "${id}" is not kebab-case ASCII`);
    if (!vi) rowProblems.push("vi is empty");
    if (!en) rowProblems.push("en (English gloss) is empty");
    if (!source) rowProblems.push("source is empty (give a URL or a named reference)");
    if (!(CATEGORIES as readonly string[]).includes(category ?? "")) {
      rowProblems.push(`category "${category}" is not one of ${CATEGORIES.join(", ")}`);
    }
    for (const [column, cell] of [
      ["aliases", aliases],
      ["abbr", abbr],
      ["context", context],
    ] as const) {
      if (splitList(cell ?? "").some((item) => item === "")) {
        rowProblems.push(`${column} has an empty item (stray "|")`);
      }
    }
    for (const [column, cell] of [
      ["valid_from", from],
      ["valid_to", to],
    ] as const) {
      if (cell && !isIsoDate(cell))
        rowProblems.push(`${column} "${cell}" is not a yyyy-mm-dd date`);
    }
    if (from && to && from > to) rowProblems.push(`valid_from ${from} is after valid_to ${to}`);
    if (successor && successor === id) rowProblems.push("successor points to the entry itself");
    const contextList = splitList(context ?? "");
    // The matcher applies context to every form of the entry, so the written-out name must count
    // as context or the full form would need a second cue.
    if (contextList.length > 0 && !contextList.some((c) => roughKey(c) === roughKey(vi ?? ""))) {
      rowProblems.push(`context must include the entry's own vi "${vi}"`);
    }
    if (rowProblems.length > 0) {
      problems.push(...rowProblems.map((p) => `line ${line} (${id}): ${p}`));
      return;
    }
    rows.push({
      line,
      entry: {
        id: id as string,
        vi: vi as string,
        aliases: splitList(aliases as string),
        abbr: splitList(abbr as string),
        en: en as string,
        category: category as TermCategory,
        note: note as string,
        source: source as string,
        context: contextList,
        validFrom: from || null,
        validTo: to || null,
        successor: successor || null,
      },
    });
  });
  problems.push(...crossRowProblems(rows));
  if (problems.length > 0) throw new GlossaryError(problems);
  return rows;
}

/** Problems between rows: ids, successors, shared forms and shared abbreviations. */
function crossRowProblems(rows: readonly GlossaryRow[]): string[] {
  const problems: string[] = [];
  const byId = new Map<string, GlossaryRow>();
  for (const row of rows) {
    const first = byId.get(row.entry.id);
    if (first) problems.push(`line ${row.line}: id "${row.entry.id}" repeats line ${first.line}`);
    else byId.set(row.entry.id, row);
  }
  for (const row of rows) {
    const { successor } = row.entry;
    if (successor && !byId.has(successor)) {
      problems.push(`line ${row.line} (${row.entry.id}): successor "${successor}" is not an id`);
    }
  }
  // Issuer rows hold document-symbol codes (their own namespace); all other rows are free-text
  // forms. Two rows may share a form only when their validity ranges do not overlap.
  const formOwners = new Map<string, GlossaryRow[]>();
  for (const row of rows) {
    const space = row.entry.category === "issuer" ? "issuer" : "text";
    const keys = new Set(
      [row.entry.vi, ...row.entry.aliases].map((f) => `${space}:${roughKey(f)}`),
    );
    for (const key of keys) formOwners.set(key, [...(formOwners.get(key) ?? []), row]);
  }
  for (const [key, owners] of formOwners) {
    problems.push(...clashes(owners, `form "${key.split(":")[1]}"`, () => true));
  }
  // A shared abbreviation is fine when every holder has context words to tell them apart.
  const abbrOwners = new Map<string, GlossaryRow[]>();
  for (const row of rows) {
    for (const abbr of new Set(row.entry.abbr)) {
      abbrOwners.set(abbr, [...(abbrOwners.get(abbr) ?? []), row]);
    }
  }
  for (const [abbr, owners] of abbrOwners) {
    problems.push(
      ...clashes(owners, `abbreviation "${abbr}"`, (r) => r.entry.context.length === 0),
    );
  }
  return problems;
}

/** Pairs of rows sharing something with overlapping validity, where `counts` says it matters. */
function clashes(
  owners: readonly GlossaryRow[],
  what: string,
  counts: (row: GlossaryRow) => boolean,
): string[] {
  const problems: string[] = [];
  for (let i = 0; i < owners.length; i++) {
    for (let j = i + 1; j < owners.length; j++) {
      const a = owners[i] as GlossaryRow;
      const b = owners[j] as GlossaryRow;
      if ((counts(a) || counts(b)) && rangesOverlap(a.entry, b.entry)) {
        problems.push(
          `line ${b.line} (${b.entry.id}): ${what} also belongs to line ${a.line} (${a.entry.id}) ` +
            "with overlapping validity (give distinct dates or context words)",
        );
      }
    }
  }
  return problems;
}

/** The entries of the glossary TSV (see `parseGlossaryRows`). */
export function parseGlossary(tsv: string): GlossaryEntry[] {
  return parseGlossaryRows(tsv).map((row) => row.entry);
}

/** A version string for the data: entry count and a short hash of the TSV bytes. */
export function glossaryVersion(tsv: string, entries: readonly GlossaryEntry[]): string {
  const hash = createHash("sha256").update(tsv, "utf8").digest("hex").slice(0, 12);
  return `${entries.length}-${hash}`;
}

/** The compiled columns, in this order (the TSV's, without `note`). */
const COMPILED_COLUMNS = [
  "id",
  "vi",
  "aliases",
  "abbr",
  "en",
  "category",
  "source",
  "context",
  "validFrom",
  "validTo",
  "successor",
] as const;

/**
 * The stored id: an id that is a prefix plus the slug of `vi` ("doc-" + "nghi-dinh") keeps only
 * its prefix, ending in "-" (a real id never does); any other id is stored whole.
 */
function compactId(entry: GlossaryEntry): string {
  const slug = idSlug(entry.vi);
  const prefixLength = entry.id.length - slug.length;
  return slug !== "" && prefixLength > 1 && entry.id.endsWith(`-${slug}`)
    ? entry.id.slice(0, prefixLength)
    : entry.id;
}

/**
 * One entry as a compact row, in `COMPILED_COLUMNS` order: lists joined with "|", null as "",
 * the id compacted (`compactId`) and the category "" when it repeats the previous entry's (the
 * TSV is grouped by category).
 */
function compactRow(
  entry: GlossaryEntry,
  previous: GlossaryEntry | undefined,
  keepSource: boolean,
): string[] {
  return [
    compactId(entry),
    entry.vi,
    entry.aliases.join("|"),
    entry.abbr.join("|"),
    entry.en,
    previous?.category === entry.category ? "" : entry.category,
    keepSource ? entry.source : "",
    entry.context.join("|"),
    entry.validFrom ?? "",
    entry.validTo ?? "",
    entry.successor ?? "",
  ];
}

export interface RenderOptions {
  /**
   * Keep the `source` column in the module. Off by default: sources are for reviewers of the
   * TSV, not for readers of the hover card, and they are a third of the bytes.
   */
  readonly keepSource?: boolean;
}

/** Escapes text for a template literal (the data has no backticks, but be safe). */
function templateText(text: string): string {
  return text.replace(/\\/g, "\\\\").replace(/`/g, "\\`").replace(/\$\{/g, "\\${");
}

/** The entries of the TSV, refusing tabs and newlines (they separate cells and rows below). */
function compactableEntries(tsv: string): GlossaryEntry[] {
  const entries = parseGlossary(tsv);
  for (const entry of entries) {
    const cells = [entry.id, entry.vi, ...entry.aliases, ...entry.abbr, entry.en, entry.note];
    if (/[\t\n]/.test([...cells, entry.source, ...entry.context].join("")))
      throw new GlossaryError([`${entry.id}: tab or newline in a cell`]);
  }
  return entries;
}

/**
 * The TypeScript source of core/glossary/glossary.generated.ts for the TSV text. The entries are
 * stored column by column, a template string per column and a cell per line (the TSV minus what
 * is dropped): no escaping is needed, each column is split once when the module loads, and like
 * cells side by side (all the English glosses, all the id prefixes) compress far better than rows.
 * Notes are left out (every entry has `note: ""`): they are only read when a hover card opens, so
 * they live in the notes module (`renderNotesModule`) and stay out of the content script.
 */
export function renderGlossaryModule(tsv: string, options: RenderOptions = {}): string {
  const entries = compactableEntries(tsv);
  const rows = entries.map((entry, i) =>
    compactRow(entry, entries[i - 1], options.keepSource ?? false),
  );
  const columns = COMPILED_COLUMNS.map((name, k) => {
    const text = rows.map((row) => row[k] ?? "").join("\n");
    return `  // ${name}\n  \`${templateText(text)}\`,`;
  });
  return `// Generated by scripts/build-glossary.ts from data/glossary.tsv. Do not edit; run \`npm run glossary\`.
import type { GlossaryEntry } from "../types";
import { entriesFromColumns } from "./columns";

/** Entry count and a hash of data/glossary.tsv. */
export const GLOSSARY_VERSION = ${JSON.stringify(glossaryVersion(tsv, entries))};

/** Whether \`source\` was kept; when false every entry carries source "" (see data/glossary.tsv). */
export const GLOSSARY_HAS_SOURCES = ${options.keepSource ? "true" : "false"};

/** One string per column (read by ./columns.ts): ${COMPILED_COLUMNS.join(", ")}. */
const COLUMNS: readonly string[] = [
${columns.join("\n")}
];

/** The glossary entries, in data/glossary.tsv order; notes are in ./notes.generated.ts. */
export const GLOSSARY_ENTRIES: readonly GlossaryEntry[] = entriesFromColumns(COLUMNS);
`;
}

/**
 * The TypeScript source of core/glossary/notes.generated.ts: the non-empty notes as one template
 * string, "id<TAB>note" per line, split into a map once when the module loads.
 */
export function renderNotesModule(tsv: string): string {
  const entries = compactableEntries(tsv);
  const rows = entries.filter((entry) => entry.note !== "").map((e) => `${e.id}\t${e.note}`);
  return `// Generated by scripts/build-glossary.ts from data/glossary.tsv. Do not edit; run \`npm run glossary\`.

/** Entry count and a hash of data/glossary.tsv (equal to GLOSSARY_VERSION of the same build). */
export const NOTES_VERSION = ${JSON.stringify(glossaryVersion(tsv, entries))};

/** Rows: entry id, note (entries without a note have no row). */
const DATA: string = \`${templateText(rows.join("\n"))}\`;

/** The hover-card note of each entry that has one, by entry id. */
export const GLOSSARY_NOTES: ReadonlyMap<string, string> = new Map(
  DATA === ""
    ? []
    : DATA.split("\\n").map((line): [string, string] => {
        const tab = line.indexOf("\\t");
        return [line.slice(0, tab), line.slice(tab + 1)];
      }),
);
`;
}

/** Entry counts per category, in `CATEGORIES` order. */
export function countByCategory(entries: readonly GlossaryEntry[]): Record<TermCategory, number> {
  const counts = Object.fromEntries(CATEGORIES.map((c) => [c, 0])) as Record<TermCategory, number>;
  for (const entry of entries) counts[entry.category]++;
  return counts;
}

function main(): void {
  const check = process.argv.includes("--check");
  const tsv = readFileSync(GLOSSARY_TSV, "utf8");
  let modules: [path: string, source: string][];
  try {
    modules = [
      [GLOSSARY_MODULE, renderGlossaryModule(tsv)],
      [NOTES_MODULE, renderNotesModule(tsv)],
    ];
  } catch (error) {
    if (error instanceof GlossaryError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
  if (check) {
    let stale = false;
    for (const [path, source] of modules) {
      let current = "";
      try {
        current = readFileSync(path, "utf8");
      } catch {
        // A missing module is simply out of date.
      }
      const target = relative(ROOT, path);
      if (current === source) console.log(`${target} is up to date`);
      else {
        console.error(`${target} is out of date: run \`npm run glossary\``);
        stale = true;
      }
    }
    if (stale) process.exit(1);
    return;
  }
  const entries = parseGlossary(tsv);
  for (const [path, source] of modules) {
    writeFileSync(path, source);
    const bytes = Buffer.byteLength(source);
    const gzip = gzipSync(source, { level: 9 }).length;
    console.log(
      `${relative(ROOT, path)}: ${entries.length} entries, ${bytes} bytes, ${gzip} bytes gzip`,
    );
  }
  const counts = countByCategory(entries);
  console.log(
    Object.entries(counts)
      .map(([category, count]) => `  ${category}: ${count}`)
      .join("\n"),
  );
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
