/**
 * The popup's side of the message contract with a tab's content script (page/messages.ts).
 */
import { browser } from "wxt/browser";
import type { Request, StateResponse } from "../page/messages";

/** Kinds of annotation "show on page" can point at. */
export type ShowKind = "directive" | "term" | "citation" | "date";

function send(tabId: number, request: Request): Promise<unknown> {
  return browser.tabs.sendMessage(tabId, request);
}

function isStateResponse(value: unknown): value is StateResponse {
  if (typeof value !== "object" || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    typeof v.state === "string" &&
    typeof v.highlightsOn === "boolean" &&
    (v.analysis === null || typeof v.analysis === "object")
  );
}

/** The tab's state; rejects when no content script answers (browser pages, other sites). */
export async function getPageState(tabId: number): Promise<StateResponse> {
  const answer = await send(tabId, { type: "policy-lens/get-state" });
  if (!isStateResponse(answer)) throw new Error("no Policy Lens content script in this tab");
  return answer;
}

/** Turns the page's highlights on or off. */
export async function setHighlights(tabId: number, on: boolean): Promise<void> {
  await send(tabId, { type: "policy-lens/set-highlights", on });
}

/** Scrolls the page to an annotation and flashes it. */
export async function showOnPage(tabId: number, kind: ShowKind, index: number): Promise<void> {
  await send(tabId, { type: "policy-lens/show", kind, index });
}

/** The tab the popup works on: `?tab=<id>` when given, else the active tab of this window. */
export async function resolveTab(search: string): Promise<{ id: number; url: string } | null> {
  const param = new URLSearchParams(search).get("tab");
  const requested = param !== null && /^\d+$/.test(param) ? Number(param) : null;
  if (requested !== null) {
    const tab = await browser.tabs.get(requested).catch(() => null);
    return { id: requested, url: tab?.url ?? "" };
  }
  const [active] = await browser.tabs.query({ active: true, currentWindow: true });
  return active?.id !== undefined ? { id: active.id, url: active.url ?? "" } : null;
}
