/**
 * `npm run bench`: Policy Lens in headless Chromium on real pages — annotate cost on the seed
 * page, mark.js and a naive highlighter on the same page, growth with page size, core throughput
 * in Node, size and memory. Prints a Markdown report and writes bench/results/latest.{md,json}.
 *
 *   npm run bench                  full run (several minutes)
 *   npm run bench -- --quick       smoke run (3 loads, scaling to 10×); writes nothing …
 *   npm run bench -- --quick --write   … unless asked
 *   --out <dir>                    where to write (default bench/results)
 *   --no-build                     measure the existing .output/chrome-mv3 as is
 *   --loads N                      seed-page rounds (default 21; quick 3)
 *   --factors 1,10,50              synthetic page sizes (default 1,10,50,100,200; quick 1,10)
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { type BenchResult, benchOptions, runBench } from "./lib/bench";
import { checkTargets, THROUGHPUT_STAGES, toMarkdown } from "./lib/report";

const RESULTS_DIR = resolve(fileURLToPath(import.meta.url), "..", "results");

/** Command-line flags. */
interface Flags {
  readonly quick: boolean;
  readonly write: boolean;
  readonly build: boolean;
  readonly out: string;
  readonly loads: number | null;
  readonly factors: number[] | null;
}

function parseFlags(argv: readonly string[]): Flags {
  const quick = argv.includes("--quick");
  const outAt = argv.indexOf("--out");
  const out = outAt >= 0 && argv[outAt + 1] ? resolve(argv[outAt + 1] as string) : RESULTS_DIR;
  const flagValue = (flag: string) => {
    const at = argv.indexOf(flag);
    return at >= 0 ? argv[at + 1] : undefined;
  };
  const loads = Number.parseInt(flagValue("--loads") ?? "", 10);
  const factors = (flagValue("--factors") ?? "")
    .split(",")
    .map((f) => Number.parseInt(f, 10))
    .filter((f) => f > 0);
  return {
    quick,
    loads: loads > 0 ? loads : null,
    factors: factors.length > 0 ? factors : null,
    write: !quick || argv.includes("--write") || outAt >= 0,
    build: !argv.includes("--no-build"),
    out,
  };
}

/** The JSON file: every figure, the targets, and the stage names of the throughput rows. */
function toJson(result: BenchResult): string {
  const replacer = (_key: string, value: unknown) =>
    typeof value === "number" && !Number.isFinite(value) ? null : value;
  return `${JSON.stringify(
    { ...result, targets: checkTargets(result), throughputStages: THROUGHPUT_STAGES },
    replacer,
    2,
  )}\n`;
}

async function main(): Promise<void> {
  const flags = parseFlags(process.argv.slice(2));
  const defaults = {
    ...benchOptions(flags.quick, (line: string) => process.stderr.write(`${line}\n`)),
    build: flags.build,
  };
  const options = {
    ...defaults,
    ...(flags.loads ? { seedLoads: flags.loads } : {}),
    ...(flags.factors ? { factors: flags.factors } : {}),
  };
  const result = await runBench(options);
  const markdown = toMarkdown(result);
  process.stdout.write(`${markdown}\n`);
  if (flags.write) {
    mkdirSync(flags.out, { recursive: true });
    writeFileSync(join(flags.out, "latest.md"), `${markdown}\n`);
    writeFileSync(join(flags.out, "latest.json"), toJson(result));
    process.stderr.write(`wrote ${join(flags.out, "latest.md")} and latest.json\n`);
  }
}

main().catch((error: unknown) => {
  process.stderr.write(
    `${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exitCode = 1;
});
