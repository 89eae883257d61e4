/**
 * `npm run demo`: Chromium with Policy Lens on a congthuong.vn article, served from this machine.
 *
 *   npm run demo                       our sample article (demo/sample-article.html)
 *   npm run demo -- --page FILE        any saved article page
 *   npm run demo -- --url URL          a live article (needs network)
 *   npm run demo -- --headless         screenshots to demo-output/ instead of a window
 *
 * With a display (and no --headless) a normal window opens and the demo ends when it is closed.
 * Without one, it saves the article page and the popup (opened in a tab of popup size).
 */
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { parseArgs } from "node:util";
import type { Page } from "playwright-core";
import {
  buildExtension,
  type ExtensionBrowser,
  launchBrowser,
  type PageServer,
  REPO_ROOT,
  readPageState,
  screenshot,
  serveSampleArticle,
  siteUrl,
  startServer,
  waitForPageState,
} from "../tests/e2e/harness";

const OUT_DIR = join(REPO_ROOT, "demo-output");
// Where a saved page goes when its own address is unknown: an article URL of the site's shape.
const SAVED_PAGE_PATH = "/trang-bai-viet-da-luu-900002.html";

const { values } = parseArgs({
  options: {
    headless: { type: "boolean", default: false },
    page: { type: "string" },
    url: { type: "string" },
  },
});

/** The page's own congthuong.vn path, from its canonical link or og:url, if it names one. */
function ownSitePath(html: string): string | null {
  const match =
    /<link[^>]+rel="canonical"[^>]+href="([^"]+)"/i.exec(html) ??
    /<meta[^>]+property="og:url"[^>]+content="([^"]+)"/i.exec(html);
  if (!match?.[1]) return null;
  try {
    const url = new URL(match[1]);
    return url.hostname.endsWith("congthuong.vn") ? url.pathname : null;
  } catch {
    return null;
  }
}

/** Registers what the demo shows and returns the URL to open. */
function prepareSite(server: PageServer): string {
  if (values.url) return values.url;
  if (!values.page) return siteUrl(serveSampleArticle(server));
  const file = resolve(values.page);
  if (!existsSync(file)) throw new Error(`--page: no such file ${file}`);
  const html = readFileSync(file, "utf8");
  const path = ownSitePath(html) ?? SAVED_PAGE_PATH;
  server.route(path, html);
  server.serveStatic(dirname(file));
  return siteUrl(path);
}

/** Waits for the content script's verdict, allowing a little time for highlights to settle. */
async function settle(page: Page): Promise<string> {
  try {
    const state = await waitForPageState(page, ["article", "ready", "skipped", "error"], 15_000);
    if (state === "article")
      await waitForPageState(page, ["ready", "error"], 5_000).catch(() => null);
  } catch {
    // A page the extension did not mark is still worth a screenshot; the state says so below.
  }
  return (await readPageState(page)) ?? "(not marked)";
}

async function screenshots(browser: ExtensionBrowser, url: string): Promise<void> {
  const article = await browser.context.newPage();
  await article.goto(url);
  const state = await settle(article);
  const files = [
    await screenshot(article, "article", { dir: OUT_DIR, fullPage: false }),
    await screenshot(article, "article-full", { dir: OUT_DIR }),
  ];
  const popup = await browser.openPopup(await browser.tabIdOf(article));
  await popup
    .waitForFunction(() => (document.body.textContent ?? "").trim().length > 0, null, {
      timeout: 10_000,
    })
    .catch(() => undefined);
  // Give the popup a moment to receive the tab's state before it is photographed.
  await popup.waitForTimeout(1_000);
  files.push(await screenshot(popup, "popup", { dir: OUT_DIR, fullPage: false }));
  console.log(`page state: ${state}`);
  console.log(`screenshots:\n${files.map((file) => `  ${file}`).join("\n")}`);
}

async function window(browser: ExtensionBrowser, url: string): Promise<void> {
  const page = browser.context.pages()[0] ?? (await browser.context.newPage());
  await page.goto(url);
  console.log(`page state: ${await settle(page)}`);
  console.log(
    "Explore the page; click the Policy Lens icon for the checklist. Close the window to end.",
  );
  await new Promise<void>((done) => browser.context.on("close", () => done()));
}

async function main(): Promise<void> {
  const headless = values.headless || !process.env.DISPLAY;
  console.log("building the extension…");
  await buildExtension();
  mkdirSync(OUT_DIR, { recursive: true });
  const server = await startServer();
  const url = prepareSite(server);
  console.log(`opening ${url}${values.url ? "" : ` (served from 127.0.0.1:${server.port})`}`);
  const browser = await launchBrowser({
    server,
    headless,
    viewport: headless ? { width: 1280, height: 900 } : null,
    mapSiteToServer: !values.url,
  });
  process.once("SIGINT", () => void browser.close().finally(() => process.exit(130)));
  try {
    if (headless) await screenshots(browser, url);
    else await window(browser, url);
  } finally {
    await browser.close().catch(() => undefined);
    await server.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
