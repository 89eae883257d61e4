/**
 * The page-side styles of the highlights: `::highlight()` rules for the Highlight API and the same
 * look for fallback marks. Kinds differ by underline style as well as colour, so they stay apart
 * for readers who do not see the colours: terms dotted, citations double, directives a tinted
 * background with a wavy underline.
 */
import { MARK_TAG } from "./fallback";

const STYLE_ID = "policy-lens-highlight-style";

const LIGHT = {
  term: "#1d4ed8",
  citation: "#047857",
  directive: "#b45309",
  directiveBg: "rgba(251, 191, 36, 0.22)",
  flashBg: "rgba(59, 130, 246, 0.35)",
};
// Dark-theme colours stay mid-tone: the site itself has no dark theme, so they must also read
// on a white page when only the reader's system is dark.
const DARK = {
  term: "#60a5fa",
  citation: "#34d399",
  directive: "#f59e0b",
  directiveBg: "rgba(245, 158, 11, 0.22)",
  flashBg: "rgba(96, 165, 250, 0.4)",
};

function rules(c: typeof LIGHT): string {
  const term = `text-decoration: underline dotted ${c.term} 2px; text-underline-offset: 0.2em;`;
  const citation = `text-decoration: underline double ${c.citation} 1.5px; text-underline-offset: 0.18em;`;
  const directive = `background-color: ${c.directiveBg}; text-decoration: underline wavy ${c.directive} 1px; text-underline-offset: 0.25em;`;
  const flash = `background-color: ${c.flashBg};`;
  return `
::highlight(policy-lens-term) { ${term} }
::highlight(policy-lens-citation) { ${citation} }
::highlight(policy-lens-directive) { ${directive} }
::highlight(policy-lens-flash) { ${flash} }
${MARK_TAG}[data-kind="term"] { ${term} }
${MARK_TAG}[data-kind="citation"] { ${citation} }
${MARK_TAG}[data-kind="directive"] { ${directive} }
${MARK_TAG}[data-flash] { ${flash} }`;
}

/** The whole stylesheet, light rules with a dark-theme override. */
export const HIGHLIGHT_CSS = `${MARK_TAG} { display: inline; font: inherit; color: inherit; }
${rules(LIGHT)}
@media (prefers-color-scheme: dark) {${rules(DARK)}
}`;

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
