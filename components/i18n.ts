/**
 * The popup's translations: i18next with the English and Vietnamese resources bundled (no network,
 * no async loading), plural rules from Intl, numbers formatted by Intl in the UI language.
 */
import i18next, { type i18n as I18n } from "i18next";
import { createContext } from "preact";
import { useContext } from "preact/hooks";
import { browser } from "wxt/browser";
import en from "../locales/en.json";
import vi from "../locales/vi.json";
import type { UiLanguage } from "../store/settings";

export type { UiLanguage };

/** The translation function the components use. */
export type Translate = (key: string, options?: Record<string, unknown>) => string;

/** A ready i18next instance for `language`. */
export function createI18n(language: UiLanguage): I18n {
  const instance = i18next.createInstance();
  void instance.init({
    lng: language,
    fallbackLng: "en",
    resources: { en: { translation: en }, vi: { translation: vi } },
    // The resources are bundled, so initialise synchronously: the first render is translated.
    initAsync: false,
    // Preact escapes text itself; escaping here would double-escape quotes in titles.
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  return instance;
}

/** The browser's UI language mapped onto ours: Vietnamese for vi-*, English for everything else. */
export function browserLanguage(): UiLanguage {
  let tag = "";
  try {
    tag = browser.i18n.getUILanguage();
  } catch {
    // Not available (tests, some embedders): the page's navigator tells the same.
  }
  if (!tag && typeof navigator !== "undefined") tag = navigator.language;
  return tag.toLowerCase().startsWith("vi") ? "vi" : "en";
}

/** What components read from the language context. */
export interface LanguageContextValue {
  readonly t: Translate;
  readonly language: UiLanguage;
  readonly setLanguage: (language: UiLanguage) => void;
}

const fallback = createI18n("en");

export const LanguageContext = createContext<LanguageContextValue>({
  t: (key, options) => fallback.t(key, options),
  language: "en",
  setLanguage: () => {},
});

/** The translation function and language of the nearest provider. */
export function useI18n(): LanguageContextValue {
  return useContext(LanguageContext);
}
