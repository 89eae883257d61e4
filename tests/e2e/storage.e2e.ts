/** Extension storage in a real browser: what is saved survives a page reload and a popup reopen. */
import { afterAll, beforeAll, expect, it } from "vitest";
import {
  type ExtensionBrowser,
  launchBrowser,
  serveSampleArticle,
  waitForPageState,
} from "./harness";
import { storageGet, storageSet } from "./lib/extension-api";

const PROBE_KEY = "e2e-probe";
const READY = ["article", "ready", "skipped", "error"] as const;

let browser: ExtensionBrowser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

it("keeps a value written from the popup across a page reload and a popup reopen", async () => {
  const article = await browser.open(serveSampleArticle(browser.server));
  await waitForPageState(article, READY);
  const tabId = await browser.tabIdOf(article);

  const value = { note: "Sở Công Thương gửi báo cáo trước ngày 30/6", savedAt: Date.now() };
  const popup = await browser.openPopup(tabId);
  await popup.evaluate(storageSet, { [PROBE_KEY]: value });
  await popup.close();

  await article.reload();
  await waitForPageState(article, READY);
  expect(await browser.tabIdOf(article)).toBe(tabId);

  const reopened = await browser.openPopup(tabId);
  expect(await reopened.evaluate(storageGet, [PROBE_KEY])).toEqual({ [PROBE_KEY]: value });
  // The service worker sees the same area.
  expect(await browser.storage.get([PROBE_KEY])).toEqual({ [PROBE_KEY]: value });
  await reopened.close();
  await article.close();
});

it("shows the popup a value the service worker wrote, and forgets a removed one", async () => {
  await browser.storage.set({ [PROBE_KEY]: ["một", "hai"] });
  const article = await browser.open(serveSampleArticle(browser.server));
  const popup = await browser.openPopup(await browser.tabIdOf(article));
  expect(await popup.evaluate(storageGet, [PROBE_KEY])).toEqual({ [PROBE_KEY]: ["một", "hai"] });

  await browser.storage.remove([PROBE_KEY]);
  await popup.reload();
  expect(await popup.evaluate(storageGet, [PROBE_KEY])).toEqual({});
  await popup.close();
  await article.close();
});
