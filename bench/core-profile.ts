/**
 * `npx tsx bench/core-profile.ts [factors]`: cost of the rule-based analysis stages (citations,
 * dates, sentence splitting, directives) on the seed article repeated 1×, 10× and 100× (default),
 * both as paragraph blocks and as ONE long block (long single paragraphs exist on real pages).
 *
 * Times are CPU time of this process (median of repetitions), so other load on the machine
 * inflates them less than wall time. Citations and dates run on fresh block objects, as on a new
 * page: each then pays for its matching view; "cit+dates" runs both as `analyze` does, sharing
 * the view. MB/s is UTF-8 bytes per second; flat MB/s across sizes means linear time.
 * Falls back to a paragraph written for this benchmark when the corpus is missing.
 */
import { performance } from "node:perf_hooks";
import { analyze } from "../core/analyze";
import { findCitations } from "../core/citations";
import { findDates } from "../core/dates";
import { extractDirectives } from "../core/directives";
import { splitSentences } from "../core/sentences";
import { findTerms } from "../core/terms";
import type { ArticleInput, TextBlock } from "../core/types";
import { seedArticle } from "../tests/corpus";

const ARTICLE_DATE = "2024-07-12";
const FACTORS = (process.argv[2] ?? "1,10,100").split(",").map(Number);

/** Used only when the corpus is missing: text written for this benchmark. */
const FALLBACK_PARAGRAPH =
  "Thứ trưởng Bộ Công Thương Nguyễn Văn An đề nghị Sở Công Thương các tỉnh, thành phố khẩn " +
  "trương rà soát quy hoạch tỉnh, phối hợp với UBND tỉnh kiểm tra thị trường xăng dầu trước " +
  "ngày 30/6/2024 theo Nghị định số 146/2025/NĐ-CP và Quyết định số 500/QĐ-TTg ngày 15/5/2023.";

function paragraphs(): string[] {
  const text = seedArticle().text || FALLBACK_PARAGRAPH;
  return text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);
}

/** The seed paragraphs repeated `factor` times, as blocks or joined into one block. */
function article(factor: number, oneBlock: boolean): ArticleInput {
  const all = Array.from({ length: factor }, () => paragraphs()).flat();
  const blocks: TextBlock[] = oneBlock
    ? [{ index: 0, kind: "paragraph", text: all.join(" ") }]
    : all.map((text, index) => ({ index, kind: "paragraph", text }));
  const meta = { url: "", title: "", lead: "", published: `${ARTICLE_DATE}T08:00:00+07:00` };
  return { meta, blocks };
}

/** Copies of the blocks: new objects, so no per-block view is reused between runs. */
function fresh(blocks: readonly TextBlock[]): TextBlock[] {
  return blocks.map((b) => ({ ...b }));
}

/** Median CPU milliseconds of `run` after a warm-up; fewer repetitions for slow runs. */
function medianMs(run: () => unknown): number {
  const first = performance.now();
  run();
  const once = performance.now() - first;
  for (let i = 0; i < (once < 50 ? 5 : 1); i++) run();
  const reps = Math.max(3, Math.min(41, Math.floor(2000 / Math.max(once, 0.05))));
  const times: number[] = [];
  for (let i = 0; i < reps; i++) {
    const before = process.cpuUsage();
    run();
    const used = process.cpuUsage(before);
    times.push((used.user + used.system) / 1000);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] as number;
}

function main(): void {
  const rows: string[][] = [["size", "shape", "stage", "ms", "MB/s"]];
  for (const factor of FACTORS) {
    for (const oneBlock of [false, true]) {
      const input = article(factor, oneBlock);
      const { blocks } = input;
      const bytes = blocks.reduce((n, b) => n + Buffer.byteLength(b.text, "utf8"), 0);
      const terms = findTerms(blocks, { articleDate: ARTICLE_DATE });
      const citations = blocks.flatMap((b) => findCitations(b, ARTICLE_DATE));
      const dates = blocks.flatMap((b) => findDates(b, ARTICLE_DATE));
      const stages: [string, () => unknown][] = [
        ["citations", () => fresh(blocks).map((b) => findCitations(b, ARTICLE_DATE))],
        ["dates", () => fresh(blocks).map((b) => findDates(b, ARTICLE_DATE))],
        [
          "cit+dates",
          () => {
            const page = fresh(blocks);
            for (const b of page) findCitations(b, ARTICLE_DATE);
            for (const b of page) findDates(b, ARTICLE_DATE);
          },
        ],
        ["sentences", () => blocks.map((b) => splitSentences(b.text))],
        ["directives", () => extractDirectives(input, { terms, citations, dates })],
        ["analyze", () => analyze({ meta: input.meta, blocks: fresh(blocks) })],
      ];
      for (const [stage, run] of stages) {
        const ms = medianMs(run);
        rows.push([
          `${factor}× (${(bytes / 1000).toFixed(0)} kB)`,
          oneBlock ? "one block" : `${blocks.length} blocks`,
          stage,
          ms.toFixed(3),
          (bytes / 1e6 / (ms / 1000)).toFixed(1),
        ]);
      }
    }
  }
  const widths = rows[0]?.map((_, c) => Math.max(...rows.map((r) => (r[c] ?? "").length))) ?? [];
  for (const row of rows) console.log(row.map((cell, c) => cell.padEnd(widths[c] ?? 0)).join("  "));
}

main();
