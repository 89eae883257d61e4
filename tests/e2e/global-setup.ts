/**
 * Vitest global setup of the browser suite: checks for Chromium, builds the extension once, and
 * gives the specs a snapshot of that build, so a rebuild of .output during the run (a watcher, a
 * second build) cannot pull the extension from under a running browser. The spec workers inherit
 * POLICY_LENS_EXTENSION_DIR from this process.
 */
import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildExtension, requireChromium } from "./harness";

export default async function setup(): Promise<() => void> {
  requireChromium();
  const started = Date.now();
  const dir = await buildExtension();
  if (process.env.POLICY_LENS_SKIP_BUILD !== "1") {
    console.log(`built ${dir} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }
  const snapshot = mkdtempSync(join(tmpdir(), "policy-lens-extension-"));
  cpSync(dir, snapshot, { recursive: true });
  process.env.POLICY_LENS_EXTENSION_DIR = snapshot;
  return () => rmSync(snapshot, { recursive: true, force: true });
}
