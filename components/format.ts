/**
 * Dates and numbers in the UI language, through Intl. Article times are shown in Vietnam's time
 * zone: "published 12 July" must not become 11 July for a reader in America.
 */
import type { UiLanguage } from "../store/settings";

const LOCALES: Record<UiLanguage, string> = { en: "en-GB", vi: "vi-VN" };
const ARTICLE_ZONE = "Asia/Ho_Chi_Minh";

/** "12 July 2024" / "12 tháng 7, 2024" for an ISO date or date-time; "" when absent or invalid. */
export function formatDate(iso: string | null, language: UiLanguage): string {
  if (!iso) return "";
  // A bare date means that calendar day: read it as UTC and print it in UTC.
  const dateOnly = /^\d{4}-\d{2}-\d{2}$/.test(iso);
  const date = new Date(dateOnly ? `${iso}T00:00:00Z` : iso);
  if (Number.isNaN(date.getTime())) return "";
  return new Intl.DateTimeFormat(LOCALES[language], {
    dateStyle: "long",
    timeZone: dateOnly ? "UTC" : ARTICLE_ZONE,
  }).format(date);
}

/** A moment (epoch ms) in the reader's own zone, short. */
export function formatMoment(ms: number, language: UiLanguage): string {
  return new Intl.DateTimeFormat(LOCALES[language], {
    dateStyle: "medium",
    timeStyle: "short",
  }).format(new Date(ms));
}

/** BCP 47 tag for the `lang` attribute and Intl calls. */
export function localeOf(language: UiLanguage): string {
  return LOCALES[language];
}
