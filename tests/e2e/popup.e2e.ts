/**
 * The popup in a real browser on the seed article: ticks and notes survive closing the popup and
 * reloading the page, exports hold what was ticked, the UI switches language, "show on page"
 * scrolls the article, axe finds no serious problem, and every tab is photographed in both
 * languages (test-output/screenshots/popup-<tab>-<lang>.png).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { corpusSkipReason, seedArticle } from "../corpus";
import {
  type ExtensionBrowser,
  launchBrowser,
  REPO_ROOT,
  SEED_ARTICLE_PATH,
  screenshot,
  waitForPageState,
} from "./harness";

const skip = corpusSkipReason();
let browser: ExtensionBrowser;
let article: Page;
let tabId: number;

async function openPopup(): Promise<Page> {
  const popup = await browser.openPopup(tabId);
  await popup.waitForSelector(".progress, .empty, .status h2", { timeout: 15_000 });
  return popup;
}

/** The checklist items' sentences and whether each is ticked. */
async function checklist(popup: Page): Promise<{ text: string; checked: boolean; note: string }[]> {
  return popup.$$eval("li.directive", (items) =>
    items.map((li) => ({
      text: li.querySelector(".directive-vi")?.textContent ?? "",
      checked: (li.querySelector("input[type=checkbox]") as HTMLInputElement).checked,
      note: (li.querySelector("textarea") as HTMLTextAreaElement).value,
    })),
  );
}

async function download(popup: Page, groupName: string, format: string): Promise<string> {
  const group = popup.getByRole("group", { name: groupName });
  await group.getByRole("combobox").selectOption(format);
  const [file] = await Promise.all([
    popup.waitForEvent("download"),
    group.getByRole("button").click(),
  ]);
  const path = await file.path();
  return readFileSync(path, "utf8");
}

describe.skipIf(skip !== null)("the popup on the seed article", () => {
  beforeAll(async () => {
    browser = await launchBrowser();
    browser.server.route(SEED_ARTICLE_PATH, seedArticle().page2025);
    article = await browser.open(SEED_ARTICLE_PATH);
    await waitForPageState(article, "ready", 20_000);
    tabId = await browser.tabIdOf(article);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("keeps two ticks and a note across a popup reopen and a page reload", async () => {
    const popup = await openPopup();
    const before = await checklist(popup);
    expect(before.length).toBeGreaterThanOrEqual(2);
    const boxes = popup.locator("li.directive input[type=checkbox]");
    await boxes.nth(0).check();
    await boxes.nth(1).check();
    const note = popup.locator("li.directive textarea").nth(1);
    await note.fill("Gửi Sở Công Thương trước thứ Sáu");
    await note.blur();
    await popup.getByText(`2 of ${before.length} done`).waitFor();
    await popup.close();

    const reopened = await openPopup();
    await reopened.getByText(`2 of ${before.length} done`).waitFor();
    const after = await checklist(reopened);
    expect(after.map((i) => i.checked).slice(0, 3)).toEqual(
      [true, true, false].slice(0, Math.min(3, after.length)),
    );
    expect(after[1]?.note).toBe("Gửi Sở Công Thương trước thứ Sáu");
    await reopened.close();

    await article.reload();
    await waitForPageState(article, "ready", 20_000);
    const afterReload = await openPopup();
    await afterReload.getByText(`2 of ${before.length} done`).waitFor();
    expect((await checklist(afterReload)).map((i) => i.checked)).toEqual(
      after.map((i) => i.checked),
    );
    await afterReload.close();
  });

  it("keeps a note typed just before the popup closes", async () => {
    const popup = await openPopup();
    const count = (await checklist(popup)).length;
    expect(count).toBeGreaterThanOrEqual(3);
    // Typed and closed at once: no pause, no blur. The note leaves with the page's last event.
    await popup.locator("li.directive textarea").nth(2).fill("Hỏi lại Vụ Kế hoạch");
    await popup.close();
    const reopened = await openPopup();
    await reopened.waitForFunction(
      () =>
        (document.querySelectorAll("li.directive textarea")[2] as HTMLTextAreaElement | undefined)
          ?.value === "Hỏi lại Vụ Kế hoạch",
      undefined,
      { timeout: 5000 },
    );
    // The ticks and the other note are as they were.
    const after = await checklist(reopened);
    expect(after.filter((i) => i.checked)).toHaveLength(2);
    expect(after[1]?.note).toBe("Gửi Sở Công Thương trước thứ Sáu");
    await reopened.close();
  });

  it("shows the open directives on the toolbar badge", async () => {
    const worker = await browser.serviceWorker();
    const text = await worker.evaluate(
      (id) =>
        (
          globalThis as unknown as {
            chrome: { action: { getBadgeText(d: { tabId: number }): Promise<string> } };
          }
        ).chrome.action.getBadgeText({ tabId: id }),
      tabId,
    );
    const popup = await openPopup();
    const total = (await checklist(popup)).length;
    await popup.close();
    expect(text).toBe(total - 2 > 0 ? String(total - 2) : "");
  });

  it("exports Markdown and CSV with the ticks and the note", async () => {
    const popup = await openPopup();
    const items = await checklist(popup);
    const markdown = await download(popup, "Export this checklist", "markdown");
    expect(markdown).toContain(`- [x] ${items[0]?.text.slice(0, 30)}`);
    expect(markdown).toContain("  - English: ");
    expect(markdown).toContain("  - Note: Gửi Sở Công Thương trước thứ Sáu");
    const csv = await download(popup, "Export this checklist", "csv");
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.split("\r\n")[0]).toContain("done,kind,force,sentence_vi,gloss_en");
    expect(csv).toContain("Gửi Sở Công Thương trước thứ Sáu");
    expect(csv.split("\r\n").filter((row) => row.includes(",yes,")).length).toBe(2);
    await popup.close();
  });

  it("scrolls the page to a directive on 'show on page'", async () => {
    await article.evaluate(() => window.scrollTo(0, 0));
    const popup = await openPopup();
    const buttons = popup.getByRole("button", { name: "Show on page" });
    await buttons.nth((await buttons.count()) - 1).click();
    await article.waitForFunction(() => window.scrollY > 200, null, { timeout: 5_000 });
    expect(await article.evaluate(() => window.scrollY)).toBeGreaterThan(200);
    await popup.close();
  });

  it("switches to Vietnamese and photographs every tab in both languages", async () => {
    const popup = await openPopup();
    for (const language of ["en", "vi"] as const) {
      if (language === "vi") {
        await popup.getByRole("button", { name: "Tiếng Việt" }).click();
        await popup.getByRole("tab", { name: "Chỉ đạo" }).waitFor();
        expect(await popup.getByRole("tab", { name: "Thuật ngữ" }).count()).toBe(1);
        expect(await popup.getByRole("tab", { name: "Đã lưu" }).count()).toBe(1);
        expect(await popup.locator("html").getAttribute("lang")).toBe("vi-VN");
      }
      const names =
        language === "en" ? ["Directives", "Terms", "Saved"] : ["Chỉ đạo", "Thuật ngữ", "Đã lưu"];
      for (const [i, name] of names.entries()) {
        await popup.getByRole("tab", { name }).click();
        const shot = `popup-${["directives", "terms", "saved"][i]}-${language}`;
        // What the reader sees in the 420×600 popup, and the whole scrolled content.
        await screenshot(popup, shot, { fullPage: false });
        await screenshot(popup, `${shot}-full`);
        if (i === 0) {
          // The end of the checklist: the last items and the export controls.
          await popup.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
          await screenshot(popup, `${shot}-end`, { fullPage: false });
          await popup.evaluate(() => window.scrollTo(0, 0));
        }
      }
    }
    // The dark theme follows the system setting.
    await popup.emulateMedia({ colorScheme: "dark" });
    await popup.getByRole("tab", { name: "Chỉ đạo" }).click();
    await screenshot(popup, "popup-directives-vi-dark", { fullPage: false });
    // The choice is remembered.
    await popup.close();
    const reopened = await openPopup();
    await reopened.getByRole("tab", { name: "Chỉ đạo" }).waitFor();
    await reopened.getByRole("button", { name: "English" }).click();
    await reopened.close();
  });

  it("has no serious or critical accessibility violations (axe) on any tab", async () => {
    const popup = await openPopup();
    const axeSource = readFileSync(
      join(REPO_ROOT, "node_modules", "axe-core", "axe.min.js"),
      "utf8",
    );
    // page.addScriptTag is refused here: extension pages' CSP (script-src 'self') blocks inline
    // scripts. Evaluating the source through the debugger protocol is not subject to CSP.
    await popup.evaluate(axeSource);
    expect(await popup.evaluate(() => "axe" in window)).toBe(true);
    const problems: string[] = [];
    for (const name of ["Directives", "Terms", "Saved"]) {
      await popup.getByRole("tab", { name }).click();
      const { passes, violations } = await popup.evaluate(async () => {
        type Result = {
          passes: unknown[];
          violations: { id: string; impact: string; nodes: { target: string[] }[] }[];
        };
        const axe = (window as unknown as { axe: { run(): Promise<Result> } }).axe;
        const result = await axe.run();
        return {
          passes: result.passes.length,
          violations: result.violations.map((v) => ({
            id: v.id,
            impact: v.impact,
            targets: v.nodes.slice(0, 3).map((n) => n.target.join(" ")),
          })),
        };
      });
      // axe really ran its rules on this tab.
      expect(passes).toBeGreaterThan(10);
      for (const v of violations) {
        if (v.impact === "serious" || v.impact === "critical") {
          problems.push(`${name}: ${v.id} (${v.impact}) at ${v.targets.join(", ")}`);
        }
      }
    }
    expect(problems).toEqual([]);
    await popup.close();
  });

  it("explains itself on a page that is not an article", async () => {
    browser.server.route(
      "/chuyen-doi-so.tag555.html",
      "<!DOCTYPE html><html lang=vi><head><meta charset=utf-8><title>Chuyển đổi số</title></head><body><h1>Chuyển đổi số</h1><ul><li><a href=/a-1.html>Tin một</a></li></ul></body></html>",
    );
    const other = await browser.open("/chuyen-doi-so.tag555.html");
    await waitForPageState(other, "skipped");
    const popup = await browser.openPopup(await browser.tabIdOf(other));
    await popup.getByRole("heading", { name: "This page is not an article" }).waitFor();
    await screenshot(popup, "popup-not-article-en");
    await popup.close();
    await other.close();
  });
});
