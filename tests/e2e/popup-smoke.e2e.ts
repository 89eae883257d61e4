/** The popup opens for a tab and renders something, without script errors. */
import { afterAll, beforeAll, expect, it } from "vitest";
import {
  type ExtensionBrowser,
  launchBrowser,
  screenshot,
  serveSampleArticle,
  waitForPageState,
} from "./harness";
import { getTab } from "./lib/extension-api";

let browser: ExtensionBrowser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

it("renders popup.html?tab=<id> for an article tab", async () => {
  const article = await browser.open(serveSampleArticle(browser.server));
  await waitForPageState(article, ["article", "ready"]);
  const tabId = await browser.tabIdOf(article);

  // Uncaught errors of any page in the browser, including those thrown while the popup loads.
  const errors: string[] = [];
  browser.context.on("weberror", (webError) => errors.push(webError.error().message));
  const opened = await browser.openPopup(tabId);
  expect(new URL(opened.url()).searchParams.get("tab")).toBe(String(tabId));
  await opened.waitForFunction(() => (document.body.textContent ?? "").trim().length > 0, null, {
    timeout: 10_000,
  });
  await screenshot(opened, "popup-sample-article");
  expect(errors).toEqual([]);
  await opened.close();
  await article.close();
});

it("tells apart tabs that show the same article", async () => {
  const path = serveSampleArticle(browser.server);
  const pages = [await browser.open(path), await browser.open(path), await browser.open(path)];
  const ids = [];
  for (const [index, page] of pages.entries()) {
    ids.push(await browser.tabIdOf(page));
    await page.evaluate((title) => {
      document.title = title;
    }, `tab ${index}`);
  }
  expect(new Set(ids).size).toBe(3);
  // Each id must name the tab of its own page: the browser reports the title that page set.
  const worker = await browser.serviceWorker();
  for (const [index, id] of ids.entries()) {
    await expect
      .poll(async () => (await worker.evaluate(getTab, id)).title, { timeout: 5_000 })
      .toBe(`tab ${index}`);
  }
  await Promise.all(pages.map((page) => page.close()));
});
