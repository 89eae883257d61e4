/**
 * Finds quoted text in an article: both the gold quotes and the reported texts are verbatim
 * article text, compared with whitespace collapsed. Pure.
 */
import type { TextSpan } from "./score";

/** Collapses every run of white space to one space and trims. */
export function collapseSpace(text: string): string {
  return text.normalize("NFC").replace(/\s+/g, " ").trim();
}

/** The article text of an article.txt file: everything after the URL:/DATE:/SOURCE: header. */
export function articleBody(raw: string): string {
  const lines = raw
    .replace(/^\uFEFF/, "")
    .replace(/\r\n?/g, "\n")
    .split("\n");
  let i = 0;
  while (i < lines.length && /^(URL|DATE|SOURCE):/i.test(lines[i] ?? "")) i++;
  return collapseSpace(lines.slice(i).join("\n"));
}

/**
 * Locates texts in order: each is searched from where the previous one was found (reports come in
 * reading order, and the same words can occur twice, e.g. in a title and the body), falling back
 * to the first occurrence. Returns null for a text that does not occur.
 */
export function locateAll(
  body: string,
  texts: readonly string[],
  inOrder: boolean,
): (TextSpan | null)[] {
  let cursor = 0;
  return texts.map((raw) => {
    const text = collapseSpace(raw).replace(/[.;,:]$/, "");
    if (text.length === 0) return null;
    let at = inOrder ? body.indexOf(text, cursor) : -1;
    if (at < 0) at = body.indexOf(text);
    if (at < 0) return null;
    if (inOrder) cursor = at + 1;
    return { start: at, end: at + text.length };
  });
}
