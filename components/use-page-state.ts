/**
 * Asks the tab's content script for its state until the analysis is ready. The popup never
 * analyses anything itself: it shows what the content script found.
 */
import { useEffect, useState } from "preact/hooks";
import type { Analysis } from "../core/types";
import { getPageState } from "./page-client";

export type PageView =
  | { readonly status: "loading" }
  | { readonly status: "unreachable" }
  | { readonly status: "analysing" }
  | { readonly status: "not-article" }
  | { readonly status: "error"; readonly message: string | null }
  | { readonly status: "ready"; readonly analysis: Analysis; readonly highlightsOn: boolean };

/** How often to ask while the article is being analysed. */
export const POLL_MS = 400;
/** After this long "still analysing" is treated as a failure rather than shown forever. */
export const ANALYSIS_TIMEOUT_MS = 60_000;
/** A content script may still be starting right after a navigation: retry before giving up. */
const UNREACHABLE_RETRIES = 3;

/** The state of the page in tab `tabId` (null: no tab), polled until final. */
export function usePageState(tabId: number | null, pollMs: number = POLL_MS): PageView {
  const [view, setView] = useState<PageView>({ status: "loading" });

  useEffect(() => {
    if (tabId === null) {
      setView({ status: "unreachable" });
      return;
    }
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let failures = 0;
    const started = Date.now();

    const poll = async () => {
      let next: PageView | null = null;
      try {
        const answer = await getPageState(tabId);
        failures = 0;
        if (answer.state === "skipped") next = { status: "not-article" };
        else if (answer.state === "error") next = { status: "error", message: answer.message };
        else if (answer.state === "ready" && answer.analysis) {
          next = { status: "ready", analysis: answer.analysis, highlightsOn: answer.highlightsOn };
        }
      } catch {
        failures++;
        if (failures > UNREACHABLE_RETRIES) next = { status: "unreachable" };
      }
      if (stopped) return;
      if (!next && Date.now() - started > ANALYSIS_TIMEOUT_MS) {
        next = { status: "error", message: null };
      }
      if (next) {
        setView(next);
        return;
      }
      // Still analysing (or not answering yet): say so once the script has answered, ask again.
      if (failures === 0) setView({ status: "analysing" });
      timer = setTimeout(poll, pollMs);
    };
    void poll();
    return () => {
      stopped = true;
      if (timer) clearTimeout(timer);
    };
  }, [tabId, pollMs]);

  return view;
}
