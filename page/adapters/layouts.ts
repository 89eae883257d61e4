/**
 * What differs between the site's two article layouts: where the title, lead, time and body are,
 * and which boxes inside the body are not article text. Everything else is found generically
 * (see blocks.ts), so a page that varies a little from these samples still reads correctly.
 */
import { BODY_SELECTORS, type Layout } from "../recognize";

/** Selectors of one layout, most specific first; the first match wins. */
export interface LayoutSelectors {
  readonly layout: Layout;
  readonly body: string;
  readonly title: readonly string[];
  readonly lead: readonly string[];
  readonly time: readonly string[];
  /** Subtrees inside the body that are never article text (besides the generic ones). */
  readonly exclude: readonly string[];
}

/** The current (2025) layout. */
export const LAYOUT_2025: LayoutSelectors = {
  layout: "2025",
  body: BODY_SELECTORS["2025"],
  title: ["h1.article-detail-title", ".article-detail h1", "h1"],
  lead: ["div.article-detail-desc", ".article-detail .sapo", "h2.sapo"],
  time: ["span.format_time", ".article-detail-info time", ".article-detail-info"],
  exclude: ["figure.expNoEdit", ".expNoEdit", ".article-detail-author", ".article-tags"],
};

/** The older MasterCMS (2022) layout. */
export const LAYOUT_2022: LayoutSelectors = {
  layout: "2022",
  body: BODY_SELECTORS["2022"],
  title: ["h1.article-detail-title", "h1.title-detail", ".__MASTERCMS_TITLE", "h1"],
  lead: ["div.article-detail-desc", ".__MASTERCMS_LEAD", ".sapo", "h2.sapo"],
  time: ["span.format_time", ".__MASTERCMS_DATE", ".date-detail", ".post-time", "time"],
  exclude: [
    "table.__MB_ARTICLE_A",
    ".__MB_ARTICLE_A",
    "table.MASTERCMS_TPL_TABLE",
    ".article-tags",
    ".__MASTERCMS_AUTHOR",
  ],
};

/** Layouts in the order they are tried. */
export const LAYOUTS: readonly LayoutSelectors[] = [LAYOUT_2025, LAYOUT_2022];
