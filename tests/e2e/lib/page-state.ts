/**
 * The page-state contract: the content script writes `data-policy-lens` on <html> ("article",
 * "ready", "skipped" or "error"). Specs wait on it instead of sleeping.
 */
import type { Page } from "playwright-core";
import type { StateResponse } from "../../../page/messages";
import type { PageState } from "../../../page/state";
import type { ExtensionBrowser } from "./browser";

/** The page's current state, or null before the content script has run. */
export async function readPageState(page: Page): Promise<string | null> {
  return page.evaluate(() => document.documentElement.dataset.policyLens ?? null);
}

/**
 * Waits until the page's state is `state` (or one of `state`), and resolves with it. On timeout
 * the error names the state the page was left in.
 */
export async function waitForPageState(
  page: Page,
  state: PageState | readonly PageState[],
  timeoutMs = 10_000,
): Promise<PageState> {
  const wanted: readonly string[] = typeof state === "string" ? [state] : state;
  try {
    const handle = await page.waitForFunction(
      (states) => {
        const value = document.documentElement.dataset.policyLens;
        return value !== undefined && states.includes(value) ? value : null;
      },
      wanted,
      { timeout: timeoutMs },
    );
    return (await handle.jsonValue()) as PageState;
  } catch (error) {
    const actual = await readPageState(page).catch(() => "unreadable");
    throw new Error(
      `${page.url()}: page state stayed ${JSON.stringify(actual)}, wanted ${wanted.join(" or ")} ` +
        `(${(error as Error).message.split("\n")[0]})`,
    );
  }
}

/**
 * The content script's full state (with its analysis), asked the way the popup asks it:
 * `policy-lens/get-state` sent to the page's tab from an extension page.
 */
export async function contentState(
  browser: Pick<ExtensionBrowser, "tabIdOf" | "openPopup">,
  page: Page,
): Promise<StateResponse> {
  const tabId = await browser.tabIdOf(page);
  const popup = await browser.openPopup(tabId);
  const state = await popup.evaluate(
    (id) =>
      (
        globalThis as unknown as {
          chrome: { tabs: { sendMessage(id: number, m: unknown): unknown } };
        }
      ).chrome.tabs.sendMessage(id, { type: "policy-lens/get-state" }),
    tabId,
  );
  await popup.close();
  return state as StateResponse;
}
