import { browser } from "wxt/browser";
import { analyze } from "../core/analyze";
import { glossaryNote } from "../core/glossary/notes";
import type { Analysis, ArticleInput } from "../core/types";
import { WARM_UP_DELAY_MS, warmUp } from "../core/warm-up";
import { answerNoteRequest, badgeTabOf, parseBadge } from "../page/messages";
import { serveAnalysisPort } from "../page/remote-analysis";
import { loadArticle, onArticlesChanged } from "../store/articles";
import { badgeText } from "../store/badge";
import { answerStoreWrite } from "../store/remote-write";

/** What the background knows of each article tab: its URL and how many directives it has. */
interface TabArticle {
  readonly url: string;
  readonly total: number | null;
}

// The service worker may be stopped between messages; what it knows of the tabs is kept in
// session storage (cleared when the browser closes) so a tick made later still updates the badge.
const SESSION_KEY = "policy-lens:badge-tabs";

function readTabs(value: unknown): Map<number, TabArticle> {
  const tabs = new Map<number, TabArticle>();
  if (typeof value !== "object" || value === null) return tabs;
  for (const [id, entry] of Object.entries(value)) {
    const e = entry as Partial<TabArticle> | null;
    const total = e?.total;
    if (typeof e?.url === "string" && (total === null || Number.isInteger(total))) {
      tabs.set(Number(id), { url: e.url, total: total ?? null });
    }
  }
  return tabs;
}

export default defineBackground(() => {
  const tabs = new Map<number, TabArticle>();
  const session = browser.storage.session;
  const restored = session
    ? session
        .get(SESSION_KEY)
        .then((found) => {
          for (const [id, tab] of readTabs(found[SESSION_KEY]))
            if (!tabs.has(id)) tabs.set(id, tab);
        })
        .catch(() => undefined)
    : Promise.resolve();
  const remember = () => {
    void session?.set({ [SESSION_KEY]: Object.fromEntries(tabs) }).catch(() => undefined);
  };

  async function refresh(tabId: number): Promise<void> {
    const tab = tabs.get(tabId);
    if (!tab) return;
    // A damaged record only costs the subtraction: the badge then shows the article's total.
    const record = tab.total ? await loadArticle(tab.url).catch(() => null) : null;
    await browser.action.setBadgeText({ tabId, text: badgeText(tab.total, record) }).catch(() => {
      // The tab closed between the message and the update: nothing to show.
    });
  }

  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    // A checklist write from the popup: done here, so closing the popup cannot cut it short.
    const written = answerStoreWrite(
      message,
      sender,
      browser.runtime.id,
      browser.runtime.getURL("/"),
    );
    if (written) return written;
    // A term's hover card opened in a content script: its glossary note lives here.
    const note = answerNoteRequest(message, sender, browser.runtime.id, glossaryNote);
    if (note) return Promise.resolve(note);
    const badge = parseBadge(message);
    // Only our own content scripts, running in a tab, may set a tab's badge.
    const tabId = badgeTabOf(sender, browser.runtime.id);
    if (!badge || tabId === null) return undefined;
    tabs.set(tabId, { url: sender.tab?.url ?? "", total: badge.open });
    remember();
    void refresh(tabId);
    return undefined;
  });

  // An article's text from a content script, over a port: analysed here, where the code is warm.
  browser.runtime.onConnect.addListener((port) => {
    serveAnalysisPort(port, browser.runtime.id, timedAnalyze);
  });
  scheduleWarmUp();

  onArticlesChanged(() => {
    void restored.then(() => {
      for (const tabId of tabs.keys()) void refresh(tabId);
    });
  });
  browser.tabs.onRemoved.addListener((tabId) => {
    tabs.delete(tabId);
    remember();
  });

  forwardCommandsToActiveTab();
});

/**
 * Runs the analysis over a text of our own a few times once the worker has started, so that the
 * first articles it answers find compiled code rather than the interpreter. Delayed, so an
 * article that woke the worker is answered first.
 */
function scheduleWarmUp(): void {
  setTimeout(() => {
    performance.mark("policy-lens:warm-up:start");
    try {
      warmUp(analyze);
      performance.measure("policy-lens:warm-up", "policy-lens:warm-up:start");
    } catch {
      // Only a head start: nothing depends on it.
    }
  }, WARM_UP_DELAY_MS);
}

/**
 * analyze() with its time in the worker's own performance timeline (`policy-lens:background-analyze`),
 * so the benchmark can tell computing from messaging.
 */
function timedAnalyze(input: ArticleInput): Analysis {
  performance.mark("policy-lens:background-analyze:start");
  try {
    return analyze(input);
  } finally {
    performance.measure("policy-lens:background-analyze", "policy-lens:background-analyze:start");
  }
}

/**
 * Keyboard commands (manifest `commands`) arrive here; the page that acts on them is the active
 * tab's content script, so they are forwarded there as a `policy-lens/command` request.
 */
function forwardCommandsToActiveTab(): void {
  browser.commands?.onCommand.addListener(async (command) => {
    if (command !== "toggle-highlights" && command !== "next-directive") return;
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (tab?.id === undefined) return;
    await browser.tabs.sendMessage(tab.id, { type: "policy-lens/command", command }).catch(() => {
      // No content script in that tab (not a congthuong.vn page): nothing to do.
    });
  });
}
