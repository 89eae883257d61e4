/**
 * `npm run bench:core`: throughput of the analysis core on Vietnamese text of growing size.
 * The text is the seed article of the corpus repeated (or a paragraph written for this benchmark
 * when the corpus is missing), split into paragraph blocks like an article page. Every stage runs
 * a warm-up, then several timed repetitions; the table shows the median in MB/s (UTF-8 bytes).
 * Throughput that stays flat as the size grows is linear time.
 */
import { existsSync, readFileSync } from "node:fs";
import { cpus, loadavg, platform, totalmem } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { analyze } from "../core/analyze";
import { findCitations } from "../core/citations";
import { findDates } from "../core/dates";
import { extractDirectives } from "../core/directives";
import { buildTermIndex, defaultTermIndex, findTerms, type TermIndex } from "../core/terms";
import type { ArticleInput, GlossaryEntry, TermCategory, TextBlock } from "../core/types";
import { CORPUS_DIR, seedArticle } from "../tests/corpus";

const SIZES = [10_000, 100_000, 1_000_000, 5_000_000];
const ARTICLE_DATE = "2024-07-12";

/** Used only when the corpus is missing: text written for this benchmark. */
const FALLBACK_PARAGRAPH =
  "Thứ trưởng Bộ Công Thương Nguyễn Văn An đề nghị Sở Công Thương các tỉnh, thành phố khẩn " +
  "trương rà soát quy hoạch tỉnh, đẩy mạnh thương mại điện tử và chuyển đổi số, phối hợp với " +
  "UBND tỉnh kiểm tra thị trường xăng dầu trước ngày 30/6/2024 theo Nghị định số " +
  "146/2025/NĐ-CP và Quyết định số 500/QĐ-TTg ngày 15/5/2023 của Thủ tướng Chính phủ.";

function sourceText(): { text: string; origin: string } {
  const seed = seedArticle();
  if (seed.text) return { text: seed.text, origin: "seed article of the corpus, repeated" };
  return { text: FALLBACK_PARAGRAPH, origin: "benchmark paragraph, repeated" };
}

/** Paragraphs of `text` repeated until `bytes` UTF-8 bytes, as article blocks. */
function blocksOfSize(paragraphs: readonly string[], bytes: number): TextBlock[] {
  const blocks: TextBlock[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const text = paragraphs[i % paragraphs.length] as string;
    blocks.push({ index: blocks.length, kind: "paragraph", text });
    size += Buffer.byteLength(text, "utf8") + 2;
  }
  return blocks;
}

/**
 * The glossary to match with: the product glossary, or, before `npm run glossary` has produced
 * it, the reference glossary beside the project (so the figures still reflect a full glossary).
 */
function glossaryIndex(): { index: TermIndex; origin: string } {
  const product = defaultTermIndex();
  if (product.entries.length > 0) {
    return { index: product, origin: `product glossary (${product.entries.length} entries)` };
  }
  const tsv = join(CORPUS_DIR, "..", "reference", "glossary-reference.tsv");
  if (!existsSync(tsv)) return { index: product, origin: "EMPTY glossary" };
  const entries: GlossaryEntry[] = readFileSync(tsv, "utf8")
    .split("\n")
    .slice(1)
    .filter((line) => line.trim())
    .map((line, i) => {
      const [vi = "", en = "", category = "concept", aliases = ""] = line.split("\t");
      return {
        id: `ref-${i}`,
        vi,
        aliases: aliases ? aliases.split("|") : [],
        abbr: [],
        en,
        category: category as TermCategory,
        note: "",
        source: "reference",
        context: [],
        validFrom: null,
        validTo: null,
        successor: null,
      };
    });
  return {
    index: buildTermIndex(entries),
    origin: `reference glossary (${entries.length} entries; product glossary not built)`,
  };
}

/** Median wall-clock and CPU milliseconds of one run. */
interface Timing {
  readonly wall: number;
  readonly cpu: number;
}

function median(values: number[]): number {
  values.sort((a, b) => a - b);
  return values[Math.floor(values.length / 2)] as number;
}

/**
 * Median time of `run` after warm-up; repetitions adapt to the cost of one run (at least 3, more
 * for fast runs). CPU time (user + system of this process) is reported beside wall time because
 * it is far less disturbed by other processes on a busy machine.
 */
function measure(run: () => unknown): Timing {
  const first = performance.now();
  run();
  const once = performance.now() - first;
  // Warm up for about half a second (at least once unless one run takes over a second), so the
  // small sizes measure optimized code rather than the JIT's first tiers.
  if (once < 1000) {
    const until = performance.now() + 500;
    do run();
    while (performance.now() < until);
  }
  const reps = once > 1000 ? 3 : Math.max(5, Math.min(41, Math.floor(2000 / Math.max(once, 1))));
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < reps; i++) {
    const cpuStart = process.cpuUsage();
    const t = performance.now();
    run();
    wall.push(performance.now() - t);
    const used = process.cpuUsage(cpuStart);
    cpu.push((used.user + used.system) / 1000);
  }
  return { wall: median(wall), cpu: median(cpu) };
}

function mbPerSecond(bytes: number, ms: number): string {
  return ms > 0 ? (bytes / 1e6 / (ms / 1000)).toFixed(1) : "∞";
}

function main(): void {
  const { text, origin } = sourceText();
  const paragraphs = text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);
  const { index, origin: glossaryOrigin } = glossaryIndex();
  const cpu = cpus();

  console.log("# Policy Lens core benchmark\n");
  console.log(`- CPU: ${cpu[0]?.model ?? "unknown"} × ${cpu.length} cores`);
  console.log(
    `- Node ${process.version}, ${platform()}, ${(totalmem() / 2 ** 30).toFixed(1)} GiB RAM`,
  );
  console.log(
    `- Load average at start: ${loadavg()
      .map((l) => l.toFixed(1))
      .join(", ")}`,
  );
  console.log(`- Text: ${origin}; glossary: ${glossaryOrigin}, ${index.forms} forms`);
  console.log(
    "- Median of repeated runs after warm-up, in MB/s of UTF-8 text (higher is better); " +
      "findTerms also in CPU time. Flat MB/s as the size grows = linear time.\n",
  );
  console.log(
    "| size | blocks | terms | findTerms MB/s (wall) | findTerms MB/s (CPU) | findCitations MB/s | findDates MB/s | extractDirectives MB/s | analyze() MB/s |",
  );
  console.log("|---:|---:|---:|---:|---:|---:|---:|---:|---:|");

  for (const size of SIZES) {
    const blocks = blocksOfSize(paragraphs, size);
    const bytes = blocks.reduce((n, b) => n + Buffer.byteLength(b.text, "utf8") + 2, 0);
    const termOptions = { articleDate: ARTICLE_DATE, index };
    const terms = findTerms(blocks, termOptions);
    const citations = blocks.flatMap((b) => findCitations(b, ARTICLE_DATE));
    const dates = blocks.flatMap((b) => findDates(b, ARTICLE_DATE));
    const input: ArticleInput = {
      meta: { url: "", title: "", lead: "", published: `${ARTICLE_DATE}T08:00:00+07:00` },
      blocks,
    };
    const matcher = measure(() => findTerms(blocks, termOptions));
    const others = [
      measure(() => blocks.flatMap((b) => findCitations(b, ARTICLE_DATE))),
      measure(() => blocks.flatMap((b) => findDates(b, ARTICLE_DATE))),
      measure(() => extractDirectives(input, { terms, citations, dates })),
      measure(() => analyze(input)),
    ];
    const cells = [
      `${mbPerSecond(bytes, matcher.wall)} (${matcher.wall.toFixed(1)} ms)`,
      `${mbPerSecond(bytes, matcher.cpu)} (${matcher.cpu.toFixed(1)} ms)`,
      ...others.map((t) => `${mbPerSecond(bytes, t.wall)} (${t.wall.toFixed(1)} ms)`),
    ];
    const label =
      bytes >= 1e6 ? `${(bytes / 1e6).toFixed(1)} MB` : `${(bytes / 1e3).toFixed(0)} kB`;
    console.log(`| ${label} | ${blocks.length} | ${terms.length} | ${cells.join(" | ")} |`);
  }
  console.log(
    "\nanalyze() uses the product glossary; the findTerms columns use the glossary named above.",
  );
}

main();
