/**
 * In-page reading in real Chromium with the built extension: highlights through the CSS Custom
 * Highlight API (and the fallback marks), hover cards, keyboard, and pages that change after load.
 */
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { corpusSkipReason, seedArticle } from "../corpus";
import {
  contentState,
  type ExtensionBrowser,
  launchBrowser,
  SEED_ARTICLE_PATH,
  screenshot,
  waitForPageState,
} from "./harness";

const corpusSkip = corpusSkipReason();
const KINDS = ["term", "citation", "directive"] as const;
/** Where the article's text lives in either layout (title, lead and body). */
const ARTICLE_PARTS =
  "h1.article-detail-title, div.article-detail-desc, #articleBody, .__MASTERCMS_CONTENT";

let browser: ExtensionBrowser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Opens `path` serving `html`, runs `check` on the tab, and closes the tab whatever happens. */
async function withPage(path: string, html: string, check: (page: Page) => Promise<void>) {
  browser.server.route(path, html);
  const page = await browser.open(path);
  try {
    await check(page);
  } finally {
    await page.close();
  }
}

/** Sizes of our highlight registries, read from the page's main world. */
function highlightSizes(page: Page): Promise<Record<string, number>> {
  return page.evaluate(
    (kinds) => {
      const sizes: Record<string, number> = {};
      for (const kind of kinds) sizes[kind] = CSS.highlights.get(`policy-lens-${kind}`)?.size ?? -1;
      return sizes;
    },
    KINDS as unknown as string[],
  );
}

const pageState = (page: Page) => contentState(browser, page);

/** Centre of the first client rect of the n-th range of a highlight. */
function rangePoint(page: Page, kind: string, n: number) {
  return page.evaluate(
    ([name, index]) => {
      const ranges = [...(CSS.highlights.get(name as string) ?? [])] as Range[];
      const range = ranges[index as number];
      if (!range) return null;
      range.startContainer.parentElement?.scrollIntoView({ block: "center" });
      const rect = range.getClientRects()[0];
      return rect
        ? { x: rect.left + Math.min(rect.width / 2, 12), y: rect.top + rect.height / 2 }
        : null;
    },
    [`policy-lens-${kind}`, n] as const,
  );
}

/** The open card's text and annotation ref, read through the open shadow root. */
function cardInfo(page: Page) {
  return page.evaluate(() => {
    const host = document.querySelector("policy-lens-ui");
    const card = host?.shadowRoot?.querySelector(".pl-card");
    const live = host?.shadowRoot?.querySelector("[aria-live]");
    return {
      text: card?.textContent ?? null,
      ref: card?.getAttribute("data-ref") ?? null,
      role: card?.getAttribute("role") ?? null,
      label: card?.getAttribute("aria-label") ?? null,
      live: live?.textContent ?? null,
    };
  });
}

/** The article container's markup and rendered text. */
function containerSnapshot(page: Page, selector: string) {
  return page.evaluate((sel) => {
    const root = document.querySelector(sel) as HTMLElement;
    // biome-ignore lint/performance/useDomNodeTextContent: the rendered text is what is compared
    return { html: root.innerHTML, text: root.innerText };
  }, selector);
}

describe.skipIf(corpusSkip !== null)("the seed article", () => {
  for (const layout of ["page2025", "page2022"] as const) {
    const bodySelector = layout === "page2025" ? "#articleBody" : ".__MASTERCMS_CONTENT";

    it(`${layout}: highlights every kind inside the article, leaving the DOM as it was`, async () => {
      const html = seedArticle()[layout];
      // The same markup at a tag-page address is left alone: it is our untouched reference.
      let before: { html: string; text: string } | null = null;
      await withPage("/ban-goc.tag900.html", html, async (reference) => {
        expect(await waitForPageState(reference, ["skipped", "ready", "error"])).toBe("skipped");
        before = await containerSnapshot(reference, bodySelector);
      });
      await withPage(SEED_ARTICLE_PATH, html, async (page) => {
        expect(await waitForPageState(page, ["ready", "error", "skipped"])).toBe("ready");
        const sizes = await highlightSizes(page);
        const state = await pageState(page);
        expect(sizes).toEqual({
          term: state.analysis?.terms.length,
          citation: state.analysis?.citations.length,
          directive: state.analysis?.directives.length,
        });
        await screenshot(page, `inpage-${layout}-highlights`, { fullPage: false });
        const outside = await page.evaluate((parts) => {
          const bad: string[] = [];
          for (const name of [
            "policy-lens-directive",
            "policy-lens-term",
            "policy-lens-citation",
          ]) {
            for (const range of (CSS.highlights.get(name) ?? []) as Iterable<Range>) {
              const node = range.commonAncestorContainer;
              const element = node.nodeType === 1 ? (node as Element) : node.parentElement;
              if (!element?.closest(parts)) bad.push(range.toString());
            }
          }
          return bad;
        }, ARTICLE_PARTS);
        expect(outside).toEqual([]);
        expect(await containerSnapshot(page, bodySelector)).toEqual(before);
        const measures = await page.evaluate(() =>
          performance
            .getEntriesByType("measure")
            .filter((m) => m.name.startsWith("policy-lens:"))
            .map((m) => ({ name: m.name, ms: Math.round(m.duration * 10) / 10 })),
        );
        const names = measures.map((m) => m.name);
        for (const name of ["extract", "analyze", "highlight"]) {
          expect(names).toContain(`policy-lens:${name}`);
        }
        console.log(`${layout} (ms): ${measures.map((m) => `${m.name} ${m.ms}`).join(", ")}`);
        for (const kind of KINDS) expect(sizes[kind], kind).toBeGreaterThan(0);
      });
    });

    it(`${layout}: the fallback marks come off without a trace`, async () => {
      const html = seedArticle()[layout].replace(
        "<html",
        '<html data-policy-lens-force-fallback="1"',
      );
      let before: { html: string; text: string } | null = null;
      await withPage("/ban-goc-2.tag901.html", html, async (reference) => {
        await waitForPageState(reference, ["skipped", "ready", "error"]);
        before = await containerSnapshot(reference, bodySelector);
      });
      await withPage(SEED_ARTICLE_PATH, html, async (page) => {
        expect(await waitForPageState(page, ["ready", "error", "skipped"])).toBe("ready");
        const marks = await page.evaluate(
          () => document.querySelectorAll("policy-lens-mark").length,
        );
        expect(marks).toBeGreaterThan(0);
        expect(await highlightSizes(page)).toEqual({ term: -1, citation: -1, directive: -1 });
        await screenshot(page, `inpage-${layout}-fallback`, { fullPage: false });
        await page.keyboard.press("Alt+Shift+L");
        await page.waitForFunction(
          () => document.querySelectorAll("policy-lens-mark").length === 0,
        );
        expect(await containerSnapshot(page, bodySelector)).toEqual(before);
        await page.waitForFunction(
          () =>
            document.querySelector("policy-lens-ui")?.shadowRoot?.querySelector("[aria-live]")
              ?.textContent === "Highlights off",
          undefined,
          { timeout: 5000 },
        );
        await page.keyboard.press("Alt+Shift+L");
        await page.waitForFunction(() => document.querySelectorAll("policy-lens-mark").length > 0);
      });
    });
  }

  it.each(["citation", "term"] as const)("hovering a %s shows its English card", async (kind) => {
    await withPage(SEED_ARTICLE_PATH, seedArticle().page2025, async (page) => {
      expect(await waitForPageState(page, ["ready", "error", "skipped"])).toBe("ready");
      const analysis = (await pageState(page)).analysis;
      const list = kind === "term" ? analysis?.terms : analysis?.citations;
      expect(list?.length, kind).toBeGreaterThan(0);
      // Until there is a card to show, the page holds nothing of ours but highlights.
      expect(await page.evaluate(() => document.querySelector("policy-lens-ui"))).toBeNull();
      // rangePoint scrolls the range into view; a scroll closes hover cards (by design), so let
      // the scroll's events pass before pointing, as a reader's pointer would come after it.
      await rangePoint(page, kind, 0);
      await page.evaluate(
        () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
      );
      const point = await rangePoint(page, kind, 0);
      if (!point) throw new Error(`no ${kind} on screen`);
      await page.mouse.move(point.x, point.y);
      await page.waitForFunction(
        () => document.querySelector("policy-lens-ui")?.shadowRoot?.querySelector(".pl-card"),
        undefined,
        { timeout: 5000 },
      );
      const card = await cardInfo(page);
      expect(card.ref).toBe(`${kind}:0`);
      expect(card.text).toContain(list?.[0]?.en);
      expect(card.role).toBe("dialog");
      expect(card.label).toContain(list?.[0]?.text);
      await screenshot(page, `inpage-card-${kind}`, { fullPage: false });
      // Leaving the highlight closes a hover card.
      await page.mouse.move(5, 5);
      await page.waitForFunction(
        () => !document.querySelector("policy-lens-ui")?.shadowRoot?.querySelector(".pl-card"),
      );
    });
  });

  it("the next-directive key steps through directives and Esc closes the card", async () => {
    await withPage(SEED_ARTICLE_PATH, seedArticle().page2025, async (page) => {
      expect(await waitForPageState(page, ["ready", "error", "skipped"])).toBe("ready");
      const analysis = (await pageState(page)).analysis;
      const total = analysis?.directives.length ?? 0;
      expect(total).toBeGreaterThan(1);
      await page.keyboard.press("Alt+Shift+N");
      // The card layer is made on first use: the first card appears once its styles are in.
      await page.waitForFunction(
        () =>
          document
            .querySelector("policy-lens-ui")
            ?.shadowRoot?.querySelector(".pl-card")
            ?.getAttribute("data-ref") === "directive:0",
        undefined,
        { timeout: 5000 },
      );
      await page.keyboard.press("Alt+Shift+N");
      const second = await cardInfo(page);
      expect(second.ref).toBe("directive:1");
      expect(second.live).toBe(`Directive 2 of ${total}`);
      expect(second.text).toContain(analysis?.directives[1]?.gloss_en);
      await screenshot(page, "inpage-card-directive", { fullPage: false });
      await page.emulateMedia({ colorScheme: "dark" });
      await screenshot(page, "inpage-card-directive-dark", { fullPage: false });
      await page.keyboard.press("Escape");
      expect((await cardInfo(page)).ref).toBeNull();
    });
  });

  it("highlights a paragraph appended after load", async () => {
    await withPage(SEED_ARTICLE_PATH, seedArticle().page2025, async (page) => {
      expect(await waitForPageState(page, ["ready", "error", "skipped"])).toBe("ready");
      const before = await highlightSizes(page);
      await page.evaluate(() => {
        const p = document.createElement("p");
        p.id = "appended";
        p.textContent =
          "Bộ Công Thương yêu cầu các Sở Công Thương thực hiện Nghị quyết số 99/NQ-CP ngày 2/3/2024 của Chính phủ.";
        document.querySelector("#articleBody")?.appendChild(p);
      });
      await page.waitForFunction(
        (count) => (CSS.highlights.get("policy-lens-citation")?.size ?? 0) > count,
        before.citation ?? 0,
        { timeout: 5000 },
      );
      const inAppended = await page.evaluate(() => {
        const p = document.getElementById("appended");
        return [...(CSS.highlights.get("policy-lens-citation") ?? [])].some((r) =>
          p?.contains((r as Range).startContainer),
        );
      });
      expect(inAppended).toBe(true);
    });
  });

  it("follows navigation inside the site", async () => {
    await withPage(SEED_ARTICLE_PATH, seedArticle().page2025, async (page) => {
      expect(await waitForPageState(page, ["ready", "error", "skipped"])).toBe("ready");
      await page.evaluate(() => history.pushState({}, "", "/chuyen-doi-so.tag77.html"));
      expect(await waitForPageState(page, "skipped")).toBe("skipped");
      expect(await highlightSizes(page)).toMatchObject({ citation: 0, directive: 0 });
      await page.goBack();
      expect(await waitForPageState(page, "ready")).toBe("ready");
      expect((await highlightSizes(page)).citation).toBeGreaterThan(0);
    });
  });
});
