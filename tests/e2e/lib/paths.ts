/** Folders the end-to-end harness works with, resolved from the repository root. */
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

/** The repository root. */
export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..", "..");

/** Where `wxt build` writes the Chromium (MV3) extension. */
export const CHROME_EXTENSION_DIR = join(REPO_ROOT, ".output", "chrome-mv3");

/** Where `wxt build -b firefox` writes the Firefox (MV2) extension. */
export const FIREFOX_EXTENSION_DIR = join(REPO_ROOT, ".output", "firefox-mv2");

/** Screenshots taken by end-to-end specs. */
export const SCREENSHOT_DIR = join(REPO_ROOT, "test-output", "screenshots");
