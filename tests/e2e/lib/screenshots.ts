/** Screenshots from the browser tests, written to `test-output/screenshots/<name>.png`. */
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { SCREENSHOT_DIR } from "./paths";

/** Saves a screenshot of `page` (full page unless `fullPage` is false); resolves with its path. */
export async function screenshot(
  page: Page,
  name: string,
  options: { fullPage?: boolean; dir?: string } = {},
): Promise<string> {
  const dir = options.dir ?? SCREENSHOT_DIR;
  mkdirSync(dir, { recursive: true });
  const path = join(dir, `${name.replace(/[^\w.-]+/g, "-")}.png`);
  await page.screenshot({ path, fullPage: options.fullPage ?? true });
  return path;
}
