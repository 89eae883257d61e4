/**
 * The page-state contract other tools rely on: `document.documentElement.dataset.policyLens`.
 * "article" once the page is recognized, "ready" when highlights are in place, "skipped" on pages
 * that are not articles, "error" when analysis failed (the page is then left untouched).
 */
export type PageState = "article" | "ready" | "skipped" | "error";

export function setPageState(doc: Document, state: PageState): void {
  doc.documentElement.dataset.policyLens = state;
}

export function getPageState(doc: Document): PageState | undefined {
  const value = doc.documentElement.dataset.policyLens;
  return value === "article" || value === "ready" || value === "skipped" || value === "error"
    ? value
    : undefined;
}
