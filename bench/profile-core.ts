/**
 * `npx tsx bench/profile-core.ts [factor]`: where analyze() spends its time on the seed article
 * (repeated `factor` times, default 1), as a fresh page pays it: the first call in a fresh process
 * (module set-up and index building included), then warm calls. Prints the stage split and the
 * functions with the most self time and total time, from V8's sampling profiler.
 */
import { Session } from "node:inspector/promises";
import { performance } from "node:perf_hooks";
import { seedArticle } from "../tests/corpus";

/** One node of a V8 CPU profile. */
interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const factor = Number(process.argv[2] ?? "1") || 1;
const WARM_RUNS = 10;

function seedBlocks() {
  const paragraphs = seedArticle()
    .text.split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);
  const all = Array.from({ length: factor }, () => paragraphs).flat();
  return all.map((text, index) => ({ index, kind: "paragraph" as const, text }));
}

/** Self and total milliseconds per function of our code (core/, page/), largest first. */
function functionTimes(profile: CpuProfile) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes)
    for (const child of node.children ?? []) parent.set(child, node.id);
  const sampled = new Map<number, number>();
  profile.samples.forEach((id, i) => {
    sampled.set(id, (sampled.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  });
  const label = (n: ProfileNode) => {
    const file = n.callFrame.url.replace(/^.*?\/(core|page|bench)\//, "$1/");
    return `${n.callFrame.functionName || "(anonymous)"} (${file.replace(/^file:\/\//, "")})`;
  };
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  for (const [id, ms] of sampled) {
    const node = byId.get(id) as ProfileNode;
    self.set(label(node), (self.get(label(node)) ?? 0) + ms);
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const key = label(byId.get(at) as ProfileNode);
      if (!seen.has(key)) total.set(key, (total.get(key) ?? 0) + ms);
      seen.add(key);
    }
  }
  const ours = (entries: Map<string, number>) =>
    [...entries].filter(([key]) => /\((core|page)\//.test(key)).sort((a, b) => b[1] - a[1]);
  return { self: ours(self), total: ours(total) };
}

/** Prints the functions of one profile with the most total and self time. */
function printProfile(title: string, profile: CpuProfile, calls: number): void {
  const { self, total } = functionTimes(profile);
  console.log(`\n## ${title} (${calls} call${calls > 1 ? "s" : ""}; ms summed over them)\n`);
  console.log("| total ms | self ms | function |\n|---:|---:|---|");
  const selfOf = new Map(self);
  for (const [key, ms] of total.slice(0, 18)) {
    console.log(`| ${ms.toFixed(1)} | ${(selfOf.get(key) ?? 0).toFixed(1)} | ${key} |`);
  }
  console.log(
    "\nMost self time (regular-expression matching counts as self time of its caller):\n",
  );
  console.log("| self ms | function |\n|---:|---|");
  for (const [key, ms] of self.slice(0, 12)) console.log(`| ${ms.toFixed(1)} | ${key} |`);
}

async function main(): Promise<void> {
  const session = new Session();
  session.connect();
  await session.post("Profiler.enable");
  await session.post("Profiler.setSamplingInterval", { interval: 100 });

  const importStarted = performance.now();
  const { analyze } = await import("../core/analyze");
  const importMs = performance.now() - importStarted;
  const blocks = seedBlocks();
  const input = {
    meta: { url: "", title: "", lead: "", published: "2024-07-12T08:00:00+07:00" },
    blocks,
  };

  // A fresh page runs analyze() once, cold: profile that call on its own.
  await session.post("Profiler.start");
  const coldStarted = performance.now();
  analyze(input);
  const coldMs = performance.now() - coldStarted;
  const cold = ((await session.post("Profiler.stop")) as { profile: CpuProfile }).profile;

  await session.post("Profiler.start");
  const warm: number[] = [];
  for (let i = 0; i < WARM_RUNS; i++) {
    const started = performance.now();
    analyze(input);
    warm.push(performance.now() - started);
  }
  const hot = ((await session.post("Profiler.stop")) as { profile: CpuProfile }).profile;
  session.disconnect();
  warm.sort((a, b) => a - b);

  const bytes = blocks.reduce((n, b) => n + Buffer.byteLength(b.text, "utf8"), 0);
  console.log(`# analyze() profile: seed article × ${factor} (${(bytes / 1000).toFixed(1)} kB)\n`);
  console.log(`- module import: ${importMs.toFixed(1)} ms`);
  console.log(`- first call (as a fresh page pays it): ${coldMs.toFixed(1)} ms`);
  console.log(
    `- warm calls: median ${(warm[Math.floor(warm.length / 2)] as number).toFixed(1)} ms`,
  );
  printProfile("First call", cold, 1);
  printProfile("Warm calls", hot, WARM_RUNS);
}

await main();
