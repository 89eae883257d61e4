/**
 * `npm test`: every check the project has, in order, with one summary line at the end.
 *
 * Steps: glossary build, type check, lint, unit/DOM tests, Firefox build + web-ext lint, Chrome
 * build, browser tests. Test suites count each test; every other step counts as one check. All
 * steps run even when an earlier one fails (so one run shows every problem), except the browser
 * tests, which need the Chrome build. Exits non-zero when anything failed.
 */
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = resolve(fileURLToPath(import.meta.url), "..", "..");
const OUT = join(ROOT, "test-output");

/** What one step contributed to the total. */
interface StepResult {
  readonly name: string;
  readonly passed: number;
  readonly failed: number;
  readonly skipped: number;
  readonly seconds: number;
  readonly note: string;
}

const results: StepResult[] = [];

// Children write to a pipe, so they would drop colours even on a terminal; keep them there and
// keep escape codes out of CI logs.
const COLOUR_ENV: Record<string, string> = process.stdout.isTTY
  ? { FORCE_COLOR: "1" }
  : { NO_COLOR: "1" };

/** Runs a command with live output; resolves with its exit code and captured output. */
function run(
  command: string,
  args: readonly string[],
  options: { env?: Record<string, string>; quiet?: boolean } = {},
): Promise<{ code: number; output: string }> {
  return new Promise((done) => {
    const child = spawn(command, args, {
      cwd: ROOT,
      env: { ...process.env, ...COLOUR_ENV, ...options.env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    const take = (chunk: Buffer, stream: NodeJS.WriteStream) => {
      output += chunk.toString();
      if (!options.quiet) stream.write(chunk);
    };
    child.stdout.on("data", (chunk: Buffer) => take(chunk, process.stdout));
    child.stderr.on("data", (chunk: Buffer) => take(chunk, process.stderr));
    child.on("error", (error) => done({ code: 127, output: `${output}${error.message}\n` }));
    child.on("close", (code) => done({ code: code ?? 1, output }));
  });
}

function header(name: string): void {
  process.stdout.write(`\n=== ${name} ===\n`);
}

function record(result: StepResult): void {
  results.push(result);
  const counts = `${result.passed} passed, ${result.failed} failed${result.skipped ? `, ${result.skipped} skipped` : ""}`;
  process.stdout.write(
    `--- ${result.name}: ${counts} (${result.seconds.toFixed(1)} s)${result.note ? ` — ${result.note}` : ""}\n`,
  );
}

/** A step that is one check: it passes when the command exits 0. */
async function checkStep(name: string, command: string, args: readonly string[]): Promise<boolean> {
  header(name);
  const started = Date.now();
  const { code } = await run(command, args);
  const ok = code === 0;
  record({
    name,
    passed: ok ? 1 : 0,
    failed: ok ? 0 : 1,
    skipped: 0,
    seconds: (Date.now() - started) / 1000,
    note: ok ? "" : `exit code ${code}`,
  });
  return ok;
}

/** The parts of vitest's JSON report we count. */
interface VitestReport {
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests: number;
  numTodoTests: number;
  testResults: Array<{ name: string; status: string; assertionResults: unknown[] }>;
}

/** A vitest run, counted test by test from its JSON report. */
async function vitestStep(
  name: string,
  args: readonly string[],
  reportFile: string,
  env: Record<string, string> = {},
): Promise<void> {
  header(name);
  const started = Date.now();
  const report = join(OUT, reportFile);
  rmSync(report, { force: true });
  const { code } = await run(
    "npx",
    ["vitest", "run", ...args, "--reporter=default", "--reporter=json", `--outputFile=${report}`],
    { env },
  );
  const seconds = (Date.now() - started) / 1000;
  if (!existsSync(report)) {
    record({ name, passed: 0, failed: 1, skipped: 0, seconds, note: `no report (exit ${code})` });
    return;
  }
  const data = JSON.parse(readFileSync(report, "utf8")) as VitestReport;
  // A file that fails to load has no test results of its own but is a failure all the same.
  const brokenFiles = data.testResults.filter(
    (file) => file.status === "failed" && file.assertionResults.length === 0,
  ).length;
  let failed = data.numFailedTests + brokenFiles;
  let note = brokenFiles ? `${brokenFiles} file(s) failed to run` : "";
  if (code !== 0 && failed === 0) {
    failed = 1;
    note = `vitest exited with ${code} (unhandled error?)`;
  }
  record({
    name,
    passed: data.numPassedTests,
    failed,
    skipped: data.numPendingTests + data.numTodoTests,
    seconds,
    note,
  });
}

/** The Firefox build, then web-ext lint: errors fail, warnings are listed. */
async function firefoxStep(): Promise<void> {
  if (!(await checkStep("Firefox build", "npx", ["wxt", "build", "-b", "firefox"]))) return;
  header("web-ext lint");
  const started = Date.now();
  const { code, output } = await run(
    "npx",
    ["web-ext", "lint", "--source-dir", ".output/firefox-mv2", "--output", "json", "--boring"],
    { quiet: true },
  );
  const seconds = (Date.now() - started) / 1000;
  const json = output.slice(output.indexOf("{"));
  let lint: {
    summary: { errors: number; warnings: number };
    errors: Array<{ code: string; message: string; file?: string }>;
    warnings: Array<{ code: string; message: string; file?: string }>;
  };
  try {
    lint = JSON.parse(json);
  } catch {
    process.stdout.write(output);
    record({
      name: "web-ext lint",
      passed: 0,
      failed: 1,
      skipped: 0,
      seconds,
      note: "unreadable output",
    });
    return;
  }
  for (const item of lint.errors) {
    process.stdout.write(`error   ${item.code}: ${item.message} (${item.file ?? "?"})\n`);
  }
  for (const item of lint.warnings) {
    process.stdout.write(`warning ${item.code}: ${item.message} (${item.file ?? "?"})\n`);
  }
  const ok = code === 0 && lint.summary.errors === 0;
  record({
    name: "web-ext lint",
    passed: ok ? 1 : 0,
    failed: ok ? 0 : 1,
    skipped: 0,
    seconds,
    note: `${lint.summary.errors} error(s), ${lint.summary.warnings} warning(s)`,
  });
}

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  const started = Date.now();

  if (existsSync(join(ROOT, "scripts", "build-glossary.ts"))) {
    await checkStep("glossary", "npm", ["run", "--silent", "glossary"]);
  } else {
    header("glossary");
    process.stdout.write("skipped: scripts/build-glossary.ts does not exist yet\n");
  }
  await checkStep("typecheck (tsc --noEmit)", "npx", ["tsc", "--noEmit"]);
  await checkStep("lint (biome check .)", "npx", ["biome", "check", "."]);
  await vitestStep("unit and DOM tests", [], "vitest-unit.json");
  await firefoxStep();
  const chromeBuilt = await checkStep("Chrome build", "npx", ["wxt", "build"]);
  if (chromeBuilt) {
    await vitestStep(
      "browser tests (Chromium)",
      ["--config", "vitest.e2e.config.ts"],
      "vitest-e2e.json",
      // The Chrome build above is the one under test; the suite does not build again.
      { POLICY_LENS_SKIP_BUILD: "1" },
    );
  } else {
    header("browser tests (Chromium)");
    record({
      name: "browser tests (Chromium)",
      passed: 0,
      failed: 1,
      skipped: 0,
      seconds: 0,
      note: "not run: the Chrome build failed",
    });
  }

  const passed = results.reduce((sum, r) => sum + r.passed, 0);
  const failed = results.reduce((sum, r) => sum + r.failed, 0);
  process.stdout.write("\n=== summary ===\n");
  for (const r of results) {
    const mark = r.failed ? "FAIL" : "ok  ";
    process.stdout.write(
      `${mark} ${r.name.padEnd(28)} ${String(r.passed).padStart(4)} passed ${String(r.failed).padStart(3)} failed  ${r.seconds.toFixed(1).padStart(6)} s${r.note ? `  ${r.note}` : ""}\n`,
    );
  }
  process.stdout.write(`total time ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
  process.stdout.write(`${passed} passed, ${failed} failed\n`);
  process.exitCode = failed > 0 ? 1 : 0;
}

await main();
