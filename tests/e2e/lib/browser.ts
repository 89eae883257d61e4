/**
 * Chromium with the built extension loaded, pointed at a local page server under the newspaper's
 * host name, so specs visit `http://congthuong.vn/...` exactly as a reader would.
 */
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type BrowserContext, chromium, type Page, type Worker } from "playwright-core";
import { chromiumArgs, requireChromium } from "./chromium";
import { queryTabs, storageGet, storageRemove, storageSet } from "./extension-api";
import { CHROME_EXTENSION_DIR } from "./paths";
import { type PageServer, startServer } from "./server";
import { siteUrl } from "./site";

/** Options of `launchBrowser`. */
export interface LaunchOptions {
  /** Serve pages from this server; by default a new one is started and closed with the browser. */
  readonly server?: PageServer;
  /**
   * The unpacked extension; by default $POLICY_LENS_EXTENSION_DIR (the suite's snapshot of the
   * build, see global-setup.ts), else `.output/chrome-mv3` (see `buildExtension`).
   */
  readonly extensionDir?: string;
  /** Headless (the default) or a visible window (needs a display). */
  readonly headless?: boolean;
  /** Viewport of new pages; null lets a visible window size itself. */
  readonly viewport?: { width: number; height: number } | null;
  /** Send congthuong.vn to the local server (the default); false lets the browser reach the live site. */
  readonly mapSiteToServer?: boolean;
}

/** Size of a popup opened as a tab: the toolbar popup's usual size. */
export const POPUP_SIZE = { width: 420, height: 600 } as const;

/** A running browser with the extension. */
export interface ExtensionBrowser {
  readonly context: BrowserContext;
  readonly server: PageServer;
  /** The extension's id (its chrome-extension:// host). */
  readonly extensionId: string;
  /** The extension's service worker, started again if Chromium stopped it. */
  serviceWorker(): Promise<Worker>;
  /** Opens a new tab at a site path ("/a-123.html") or a full URL, waiting for `load`. */
  open(pathOrUrl: string): Promise<Page>;
  /** The tab id of a page showing a congthuong.vn URL. */
  tabIdOf(page: Page): Promise<number>;
  /** Opens `popup.html?tab=<tabId>` in a new tab sized like the toolbar popup. */
  openPopup(tabId: number, size?: { width: number; height: number }): Promise<Page>;
  /** chrome.storage.local, read and written through the service worker. */
  storage: {
    get(keys?: string[] | null): Promise<Record<string, unknown>>;
    set(items: Record<string, unknown>): Promise<void>;
    remove(keys: string[]): Promise<void>;
  };
  /** Closes the browser, its profile folder and (if the harness started it) the server. */
  close(): Promise<void>;
}

/** Starts Chromium with the extension loaded. Fails (never skips) when Chromium is missing. */
export async function launchBrowser(options: LaunchOptions = {}): Promise<ExtensionBrowser> {
  const executablePath = requireChromium();
  const extensionDir =
    options.extensionDir ?? process.env.POLICY_LENS_EXTENSION_DIR ?? CHROME_EXTENSION_DIR;
  if (!existsSync(join(extensionDir, "manifest.json"))) {
    throw new Error(`No extension build in ${extensionDir}: call buildExtension() first.`);
  }
  const ownServer = !options.server;
  const server = options.server ?? (await startServer());
  const profileDir = mkdtempSync(join(tmpdir(), "policy-lens-profile-"));
  const headless = options.headless ?? true;

  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(profileDir, {
      executablePath,
      headless,
      // Playwright disables extensions by default; the whole point here is to load ours.
      ignoreDefaultArgs: ["--disable-extensions"],
      args: chromiumArgs(extensionDir, options.mapSiteToServer === false ? null : server.port),
      viewport: options.viewport === undefined ? { width: 1280, height: 900 } : options.viewport,
    });
  } catch (error) {
    if (ownServer) await server.close();
    rmSync(profileDir, { recursive: true, force: true });
    throw error;
  }

  const firstWorker = context.serviceWorkers()[0] ?? (await waitForWorker(context));
  const extensionId = new URL(firstWorker.url()).host;
  const workerUrlPrefix = `chrome-extension://${extensionId}/`;

  async function serviceWorker(): Promise<Worker> {
    const live = context.serviceWorkers().find((w) => w.url().startsWith(workerUrlPrefix));
    if (live) return live;
    // An idle MV3 worker may have been stopped; an extension page wakes it up again.
    const waking = waitForWorker(context);
    const page = await context.newPage();
    await page.goto(`${workerUrlPrefix}popup.html`).catch(() => undefined);
    const worker = await waking;
    await page.close();
    return worker;
  }

  async function open(pathOrUrl: string): Promise<Page> {
    const page = await context.newPage();
    await page.goto(pathOrUrl.startsWith("/") ? siteUrl(pathOrUrl) : pathOrUrl);
    return page;
  }

  async function tabIdOf(page: Page): Promise<number> {
    const url = page.url();
    const worker = await serviceWorker();
    const tabs = await worker.evaluate(queryTabs);
    const ids = tabs
      .filter((tab) => tab.url === url)
      .map((tab) => tab.id)
      .filter((id): id is number => id !== undefined)
      .sort((a, b) => a - b);
    // Several tabs may show the same URL. Chromium numbers tabs in the order they are created and
    // Playwright lists pages in that order too, so the n-th such page is the n-th smallest id.
    const samePages = context.pages().filter((other) => other.url() === url);
    const id = ids[samePages.indexOf(page)];
    if (ids.length !== samePages.length || id === undefined) {
      throw new Error(
        `${url}: ${samePages.length} page(s) but ${ids.length} tab(s) with that URL ` +
          "(tab URLs are visible only for congthuong.vn pages)",
      );
    }
    return id;
  }

  async function openPopup(
    tabId: number,
    size: { width: number; height: number } = POPUP_SIZE,
  ): Promise<Page> {
    const page = await context.newPage();
    await page.setViewportSize(size);
    await page.goto(`${workerUrlPrefix}popup.html?tab=${tabId}`);
    return page;
  }

  return {
    context,
    server,
    extensionId,
    serviceWorker,
    open,
    tabIdOf,
    openPopup,
    storage: {
      get: async (keys = null) => (await serviceWorker()).evaluate(storageGet, keys),
      set: async (items) => (await serviceWorker()).evaluate(storageSet, items),
      remove: async (keys) => (await serviceWorker()).evaluate(storageRemove, keys),
    },
    async close() {
      await context.close();
      if (ownServer) await server.close();
      rmSync(profileDir, { recursive: true, force: true });
    },
  };
}

function waitForWorker(context: BrowserContext): Promise<Worker> {
  return context.waitForEvent("serviceworker", { timeout: 15_000 });
}
