/**
 * Builds the extension for the browser tests: once per process, and not at all when
 * POLICY_LENS_SKIP_BUILD=1 and a build is already there (the test runner builds before it starts
 * the browser suite, so the specs reuse that build).
 */
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { CHROME_EXTENSION_DIR, REPO_ROOT } from "./paths";

let pending: Promise<string> | null = null;

/** Runs a command in the repository root; resolves with its output, rejects with it on failure. */
export function runCommand(command: string, args: readonly string[]): Promise<string> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(command, args, { cwd: REPO_ROOT, env: process.env });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.stderr.on("data", (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.on("error", reject);
    child.on("close", (code) => {
      if (code === 0) resolvePromise(output);
      else reject(new Error(`${command} ${args.join(" ")} exited with ${code}:\n${output}`));
    });
  });
}

/** True when a Chromium build with a manifest exists. */
export function chromeBuildExists(): boolean {
  return existsSync(join(CHROME_EXTENSION_DIR, "manifest.json"));
}

/**
 * Builds the Chromium extension into `.output/chrome-mv3` and resolves with that folder.
 * The glossary is generated first when its build script exists, since the bundle imports it.
 */
export function buildExtension(): Promise<string> {
  if (process.env.POLICY_LENS_SKIP_BUILD === "1" && chromeBuildExists()) {
    return Promise.resolve(CHROME_EXTENSION_DIR);
  }
  pending ??= (async () => {
    if (existsSync(join(REPO_ROOT, "scripts", "build-glossary.ts"))) {
      await runCommand("npm", ["run", "--silent", "glossary"]);
    }
    await runCommand("npx", ["wxt", "build"]);
    if (!chromeBuildExists())
      throw new Error(`wxt build left no manifest in ${CHROME_EXTENSION_DIR}`);
    return CHROME_EXTENSION_DIR;
  })();
  return pending;
}
