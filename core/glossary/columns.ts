/**
 * Reads the compiled glossary's column layout (written by scripts/build-glossary.ts): one string
 * per column, a cell per line in entry order. An id ending in "-" is a prefix to complete with
 * the slug of `vi`; an empty category repeats the previous entry's.
 */
import type { GlossaryEntry, TermCategory } from "../types";
import { idSlug } from "./id-slug";

const list = (text: string): readonly string[] => (text ? text.split("|") : []);

/** The entries stored in `columns` (notes are kept elsewhere: every `note` is ""). */
export function entriesFromColumns(columns: readonly string[]): GlossaryEntry[] {
  const cells = columns.map((column) => column.split("\n"));
  const cell = (column: number, row: number): string => cells[column]?.[row] ?? "";
  const out: GlossaryEntry[] = [];
  let category = "";
  for (let i = 0; i < (cells[1]?.length ?? 0); i++) {
    const id = cell(0, i);
    const vi = cell(1, i);
    category = cell(5, i) || category;
    out.push({
      id: id.endsWith("-") ? id + idSlug(vi) : id,
      vi,
      aliases: list(cell(2, i)),
      abbr: list(cell(3, i)),
      en: cell(4, i),
      category: category as TermCategory,
      note: "",
      source: cell(6, i),
      context: list(cell(7, i)),
      validFrom: cell(8, i) || null,
      validTo: cell(9, i) || null,
      successor: cell(10, i) || null,
    });
  }
  return out;
}
