/**
 * Which congthuong.vn pages are articles. A page must pass both checks: the URL has the article
 * shape, and the DOM holds an article body in one of the site's two layouts.
 */

/** Hosts the extension serves: congthuong.vn and its subdomains. */
export function isSiteHost(hostname: string): boolean {
  const host = hostname.toLowerCase();
  return host === "congthuong.vn" || host.endsWith(".congthuong.vn");
}

// Article URLs end in "<slug>-<numeric id>.html". Tag, topic and media pages share the
// ".html" ending but carry their kind as a dotted suffix before the id ("abc.tag123.html").
const ARTICLE_PATH = /^\/(?:[a-z0-9-]+\/)*[a-z0-9]+(?:-[a-z0-9]+)*-(\d{3,})\.html$/i;
const NON_ARTICLE_PATH =
  /\.(?:tag|topic|media|video|photo|emagazine)\d*\.html$|^\/(?:search|tim-kiem)\b/i;

/** True when the URL looks like an article on the site. */
export function isArticleUrl(href: string): boolean {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return false;
  }
  if (!isSiteHost(url.hostname)) return false;
  if (NON_ARTICLE_PATH.test(url.pathname)) return false;
  return ARTICLE_PATH.test(url.pathname);
}

/** The site layouts whose article body we know how to read. */
export type Layout = "2025" | "2022";

/** The selectors of the article body, current layout first. */
export const BODY_SELECTORS: Readonly<Record<Layout, string>> = {
  "2025": "div#articleBody[itemprop=articleBody]",
  "2022": "div.__MASTERCMS_CONTENT",
};

/** The layout of the page's article body, or null when the DOM holds none. */
export function detectLayout(doc: Document): Layout | null {
  if (doc.querySelector(BODY_SELECTORS["2025"])) return "2025";
  if (doc.querySelector(BODY_SELECTORS["2022"])) return "2022";
  return null;
}

/** True when the document at `href` is an article page (URL shape and article DOM). */
export function isArticlePage(doc: Document, href: string): boolean {
  return isArticleUrl(href) && detectLayout(doc) !== null;
}
