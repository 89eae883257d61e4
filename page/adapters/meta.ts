/**
 * Article metadata read from the page head and header: canonical URL and publication time.
 */

/** The first element matching one of the selectors, in selector order. */
export function firstMatch(doc: Document, selectors: readonly string[]): Element | null {
  for (const selector of selectors) {
    const element = doc.querySelector(selector);
    if (element) return element;
  }
  return null;
}

/** `link[rel=canonical]`, else `og:url`, else the given URL, else "". */
export function canonicalUrl(doc: Document, url?: string): string {
  const canonical = doc.querySelector("link[rel~='canonical' i]")?.getAttribute("href")?.trim();
  const og = doc.querySelector("meta[property='og:url']")?.getAttribute("content")?.trim();
  const found = canonical || og;
  if (found) {
    try {
      return new URL(found, url || undefined).href;
    } catch {
      return found;
    }
  }
  return url ?? "";
}

const pad = (value: string) => value.padStart(2, "0");

// "13/07/2024 10:00", "Thứ Bảy, 13/07/2024 - 10:00", "10:00 13/7/2024", "13-07-2024".
const DAY = /(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})/;
const TIME = /(\d{1,2})[:h](\d{2})(?::(\d{2}))?/;

/**
 * Site time text ("dd/mm/yyyy hh:mm", day-first, Vietnam time) → ISO 8601 with +07:00, or null.
 */
export function parseSiteTime(text: string): string | null {
  const day = DAY.exec(text);
  if (!day) return null;
  const [, dd = "", mm = "", yyyy = ""] = day;
  const d = Number(dd);
  const m = Number(mm);
  if (m < 1 || m > 12 || d < 1 || d > 31) return null;
  const rest = `${text.slice(0, day.index)} ${text.slice(day.index + day[0].length)}`;
  const time = TIME.exec(rest);
  const hh = time ? Number(time[1]) : 0;
  const min = time ? Number(time[2]) : 0;
  const sec = time?.[3] ? Number(time[3]) : 0;
  if (hh > 23 || min > 59 || sec > 59) return null;
  const clock = `${pad(String(hh))}:${pad(String(min))}:${pad(String(sec))}`;
  return `${yyyy}-${pad(mm)}-${pad(dd)}T${clock}+07:00`;
}

/** The publication time: the layout's time element, then machine-readable fallbacks. */
export function publishedTime(doc: Document, selectors: readonly string[]): string | null {
  for (const selector of selectors) {
    for (const element of Array.from(doc.querySelectorAll(selector))) {
      const parsed = parseSiteTime(element.textContent ?? "");
      if (parsed) return parsed;
      const attr = element.getAttribute("datetime");
      if (attr && /^\d{4}-\d{2}-\d{2}/.test(attr)) return attr;
    }
  }
  const meta = doc
    .querySelector(
      "meta[property='article:published_time'], meta[itemprop='datePublished'], meta[name='pubdate']",
    )
    ?.getAttribute("content");
  return meta && /^\d{4}-\d{2}-\d{2}/.test(meta) ? meta : null;
}
