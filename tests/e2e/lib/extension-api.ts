/**
 * The few `chrome.*` calls the harness makes inside the browser (service worker or extension
 * page), typed here because the project does not ship Chrome's type package. These functions are
 * serialized by Playwright and run in the browser, so they may use nothing from this module scope.
 */

/** The part of the extension API the harness uses. */
export interface ChromeApi {
  tabs: {
    query(query: object): Promise<Array<{ id?: number; url?: string }>>;
    get(tabId: number): Promise<{ id?: number; url?: string; title?: string }>;
  };
  storage: {
    local: {
      get(keys: string[] | null): Promise<Record<string, unknown>>;
      set(items: Record<string, unknown>): Promise<void>;
      remove(keys: string[]): Promise<void>;
    };
  };
}

/** Lists the tabs with their URLs (visible for the hosts the extension may access). */
export async function queryTabs(): Promise<Array<{ id?: number; url?: string }>> {
  const { chrome } = globalThis as unknown as { chrome: ChromeApi };
  return chrome.tabs.query({});
}

/** One tab's URL and title (visible for the hosts the extension may access). */
export async function getTab(tabId: number): Promise<{ url?: string; title?: string }> {
  const { chrome } = globalThis as unknown as { chrome: ChromeApi };
  const tab = await chrome.tabs.get(tabId);
  return { url: tab.url, title: tab.title };
}

/** Reads keys from chrome.storage.local (all keys when `keys` is null). */
export async function storageGet(keys: string[] | null): Promise<Record<string, unknown>> {
  const { chrome } = globalThis as unknown as { chrome: ChromeApi };
  return chrome.storage.local.get(keys);
}

/** Writes items to chrome.storage.local. */
export async function storageSet(items: Record<string, unknown>): Promise<void> {
  const { chrome } = globalThis as unknown as { chrome: ChromeApi };
  await chrome.storage.local.set(items);
}

/** Removes keys from chrome.storage.local. */
export async function storageRemove(keys: string[]): Promise<void> {
  const { chrome } = globalThis as unknown as { chrome: ChromeApi };
  await chrome.storage.local.remove(keys);
}
