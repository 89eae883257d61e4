/**
 * The page-side styles of the highlights: `::highlight()` rules for the Highlight API and the same
 * look for fallback marks. Kinds differ by underline style as well as colour, so they stay apart
 * for readers who do not see the colours: terms dotted, citations double, directives a tinted
 * background with a wavy underline. Dark-theme colours stay mid-tone: the site itself has no dark
 * theme, so they must also read on a white page when only the reader's system is dark.
 */
import highlightCss from "./highlights.css?raw";

const STYLE_ID = "policy-lens-highlight-style";

/**
 * The whole stylesheet, light rules with a dark-theme override. The extension also declares this
 * file as content-script CSS in its manifest, so the browser applies it before the page is first
 * laid out: adding `::highlight()` rules to a page later restyles every element (measured at
 * 56–76 ms on a page of 5,000 paragraphs).
 */
export const HIGHLIGHT_CSS: string = highlightCss;

/** Adds the stylesheet to the page once (the only node added outside the UI's shadow host). */
export function injectHighlightStyles(doc: Document): void {
  if (doc.getElementById(STYLE_ID)) return;
  const style = doc.createElement("style");
  style.id = STYLE_ID;
  style.textContent = HIGHLIGHT_CSS;
  (doc.head ?? doc.documentElement).appendChild(style);
}

/** Removes the stylesheet (when the extension is unloaded). */
export function removeHighlightStyles(doc: Document): void {
  doc.getElementById(STYLE_ID)?.remove();
}
