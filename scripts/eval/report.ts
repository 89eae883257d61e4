/** The human-readable table printed by `npm run eval`. */
import type { ArticleScore, TotalScore } from "./article";
import { prf } from "./score";

const pct = (x: number) => x.toFixed(2);

function row(cells: readonly string[], widths: readonly number[]): string {
  return cells
    .map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0)))
    .join("  ");
}

const WIDTHS = [52, 4, 4, 4, 5, 5, 5, 6, 9, 7];
const HEADER = ["article", "TP", "FP", "FN", "P", "R", "F1", "kind", "citations", "terms"];

function line(
  name: string,
  d: { tp: number; fp: number; fn: number; kindAgree: number },
  c: { tp: number; fp: number; fn: number },
  t: { found: number; total: number },
): string {
  const { precision, recall, f1 } = prf(d.tp, d.fp, d.fn);
  const cit = prf(c.tp, c.fp, c.fn);
  return row(
    [
      name.slice(0, WIDTHS[0]),
      String(d.tp),
      String(d.fp),
      String(d.fn),
      pct(precision),
      pct(recall),
      pct(f1),
      d.tp === 0 ? "-" : pct(d.kindAgree / d.tp),
      `${pct(cit.precision)}/${pct(cit.recall)}`,
      `${t.found}/${t.total}`,
    ],
    WIDTHS,
  );
}

/** Per-article table, the total, then each article's misses and spurious items. */
export function formatReport(scores: readonly ArticleScore[], total: TotalScore): string {
  const out: string[] = [row(HEADER, WIDTHS)];
  for (const s of scores) out.push(line(s.name, s.directives, s.citations, s.terms));
  out.push(line("ALL (micro)", total.directives, total.citations, total.terms));
  const c = total.citations;
  out.push(
    `citations: TP ${c.tp} FP ${c.fp} FN ${c.fn}; number/issuer/date agree on ${c.fieldsAgree}/${c.tp} matched`,
  );
  for (const s of scores) {
    const d = s.directives;
    const notes = [
      ...d.missed.map((q) => `  MISSED    ${q}`),
      ...d.spurious.map((q) => `  SPURIOUS  ${q}`),
      ...d.wrongKind.map((q) => `  KIND      ${q}`),
      ...d.unlocated.map((q) => `  NOT FOUND ${q}`),
      ...s.citations.missed.map((q) => `  CIT MISS  ${q}`),
      ...s.citations.spurious.map((q) => `  CIT EXTRA ${q}`),
    ];
    if (notes.length) out.push(`\n${s.name}`, ...notes);
  }
  return out.join("\n");
}
