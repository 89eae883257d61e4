/**
 * Page recognition in a real browser: article pages of both site layouts are taken up, listing
 * pages are left alone ("skipped").
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { corpusSkipReason, devArticles, seedArticle } from "../corpus";
import {
  type ExtensionBrowser,
  homePageHtml,
  launchBrowser,
  SEED_ARTICLE_PATH,
  screenshot,
  serveSampleArticle,
  TAG_PAGE_PATH,
  tagPageHtml,
  waitForPageState,
} from "./harness";

const corpusSkip = corpusSkipReason();
const ARTICLE_STATES = ["article", "ready"] as const;
// Any final state: a wrong "skipped" must fail the assertion, not time out waiting for "article".
const ANY_STATE = ["article", "ready", "skipped", "error"] as const;

let browser: ExtensionBrowser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe.skipIf(corpusSkip !== null)("the seed article at its congthuong.vn URL", () => {
  it.each(["page2025", "page2022"] as const)("is recognized in the %s layout", async (layout) => {
    browser.server.route(SEED_ARTICLE_PATH, seedArticle()[layout]);
    const page = await browser.open(SEED_ARTICLE_PATH);
    expect(page.url()).toBe(`http://congthuong.vn${SEED_ARTICLE_PATH}`);
    expect(ARTICLE_STATES).toContain(await waitForPageState(page, ANY_STATE));
    await screenshot(page, `seed-${layout}`, { fullPage: false });
    await page.close();
  });
});

describe.skipIf(corpusSkip !== null)("the development articles under article URLs", () => {
  const pages = devArticles().flatMap((article, index) =>
    (["page2025", "page2022"] as const).map((layout) => ({
      label: `${layout} of ${article.name}`,
      html: article[layout],
      path: `/${article.name.toLowerCase().replace(/[^a-z0-9]+/g, "-")}-${900200 + index}.html`,
    })),
  );
  it.each(pages)("recognizes $label", async ({ html, path }) => {
    browser.server.route(path, html);
    const page = await browser.open(path);
    expect(ARTICLE_STATES).toContain(await waitForPageState(page, ANY_STATE));
    await page.close();
  });
});

describe("pages that are not articles", () => {
  it("skips the home page", async () => {
    browser.server.route("/", homePageHtml());
    const page = await browser.open("/");
    expect(await waitForPageState(page, ANY_STATE)).toBe("skipped");
    await page.close();
  });

  it("skips a tag page", async () => {
    browser.server.route(TAG_PAGE_PATH, tagPageHtml());
    const page = await browser.open(TAG_PAGE_PATH);
    expect(await waitForPageState(page, ANY_STATE)).toBe("skipped");
    await page.close();
  });

  it("skips a page at an article URL that holds no article body", async () => {
    const path = "/bai-viet-da-bi-go-900999.html";
    browser.server.route(path, homePageHtml());
    const page = await browser.open(path);
    expect(await waitForPageState(page, ANY_STATE)).toBe("skipped");
    await page.close();
  });

  it("takes up our own sample article", async () => {
    const page = await browser.open(serveSampleArticle(browser.server));
    expect(ARTICLE_STATES).toContain(await waitForPageState(page, ANY_STATE));
    await page.close();
  });
});
