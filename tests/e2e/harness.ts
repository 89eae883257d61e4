/**
 * The browser-test harness: Chromium with the built extension, visiting congthuong.vn pages served
 * from a local server (the host name is mapped to 127.0.0.1, so nothing leaves the machine).
 *
 * A spec, run by `npm run test:e2e` (vitest with vitest.e2e.config.ts, which builds once first):
 *
 * ```ts
 * import { afterAll, beforeAll, expect, it } from "vitest";
 * import { type ExtensionBrowser, launchBrowser, waitForPageState } from "./harness";
 *
 * let browser: ExtensionBrowser;
 * beforeAll(async () => {
 *   browser = await launchBrowser();
 *   browser.server.route("/bai-viet-mau-900001.html", html);
 * });
 * afterAll(() => browser?.close());
 *
 * it("recognizes the article", async () => {
 *   const page = await browser.open("/bai-viet-mau-900001.html");
 *   expect(await waitForPageState(page, ["article", "ready"])).toBeTruthy();
 *   const popup = await browser.openPopup(await browser.tabIdOf(page));
 *   await screenshot(popup, "popup");
 * });
 * ```
 *
 * Real articles come from `tests/corpus.ts` (`seedArticle()`, `devArticles()`), guarded by
 * `corpusSkipReason()`; pages we write ourselves are in `lib/site.ts`.
 */

export {
  type ExtensionBrowser,
  type LaunchOptions,
  launchBrowser,
  POPUP_SIZE,
} from "./lib/browser";
export { buildExtension, chromeBuildExists, runCommand } from "./lib/build";
export { chromiumArgs, chromiumPath, requireChromium } from "./lib/chromium";
export { contentState, readPageState, waitForPageState } from "./lib/page-state";
export {
  CHROME_EXTENSION_DIR,
  FIREFOX_EXTENSION_DIR,
  REPO_ROOT,
  SCREENSHOT_DIR,
} from "./lib/paths";
export { screenshot } from "./lib/screenshots";
export { type PageServer, startServer } from "./lib/server";
export {
  homePageHtml,
  SAMPLE_ARTICLE_PATH,
  SAMPLE_DIR,
  SEED_ARTICLE_PATH,
  SITE_ORIGIN,
  sampleArticleHtml,
  serveSampleArticle,
  siteUrl,
  TAG_PAGE_PATH,
  tagPageHtml,
} from "./lib/site";
