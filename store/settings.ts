/**
 * The reader's settings. Only the UI language for now, in a versioned record like the articles.
 */
import { browser } from "wxt/browser";

export type UiLanguage = "en" | "vi";

const KEY = "policy-lens:settings";
const VERSION = 1;

interface SettingsV1 {
  readonly version: 1;
  readonly language: UiLanguage | null;
}

function isLanguage(value: unknown): value is UiLanguage {
  return value === "en" || value === "vi";
}

/** The language the reader chose, or null when they never chose (then the browser's is used). */
export async function loadLanguage(): Promise<UiLanguage | null> {
  const found = await browser.storage.local.get(KEY);
  const value = found[KEY] as Partial<SettingsV1> | undefined;
  // An unreadable settings record only costs the language choice: fall back, never throw.
  return value?.version === VERSION && isLanguage(value.language) ? value.language : null;
}

/** Stores the reader's language choice. */
export async function saveLanguage(language: UiLanguage): Promise<void> {
  const value: SettingsV1 = { version: VERSION, language };
  await browser.storage.local.set({ [KEY]: value });
}
