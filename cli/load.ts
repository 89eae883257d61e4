/**
 * Loads an article for the CLI from a saved page (.html, read with the same site adapters as the
 * extension, over happy-dom) or a text file (.txt). Every failure is a `LoadError` with a one-line
 * message for the user.
 */
import { readFileSync, statSync } from "node:fs";
import { extname } from "node:path";
import { Window } from "happy-dom";
import type { ArticleInput } from "../core/types";
import { extractArticle } from "../page/adapters";
import { parseTextArticle } from "./text-article";

export class LoadError extends Error {}

/** Larger inputs are refused rather than risk exhausting memory. */
const MAX_BYTES = 50 * 1024 * 1024;

function readText(path: string): string {
  let size: number;
  try {
    const stat = statSync(path);
    if (!stat.isFile()) throw new LoadError(`${path}: not a file`);
    size = stat.size;
  } catch (error) {
    if (error instanceof LoadError) throw error;
    throw new LoadError(`${path}: no such file`);
  }
  if (size === 0) throw new LoadError(`${path}: the file is empty`);
  if (size > MAX_BYTES) throw new LoadError(`${path}: the file is larger than 50 MB`);
  const bytes = readFileSync(path);
  if (bytes.includes(0)) throw new LoadError(`${path}: a binary file, not a page or text`);
  const text = new TextDecoder("utf-8", { fatal: false }).decode(bytes);
  if (text.trim() === "") throw new LoadError(`${path}: the file holds only white space`);
  return text;
}

/** Parses a saved page and extracts its article, or throws LoadError. */
export function articleFromHtml(html: string, url = "", label = "page"): ArticleInput {
  const window = new Window({
    url: url || "https://congthuong.vn/",
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      navigation: { disableMainFrameNavigation: true, disableChildFrameNavigation: true },
    },
  });
  try {
    const doc = new window.DOMParser().parseFromString(html, "text/html");
    const article = extractArticle(doc as unknown as Document, url || undefined);
    if (!article)
      throw new LoadError(`${label}: not a congthuong.vn article page (no article body)`);
    return article.input;
  } finally {
    void window.happyDOM.close();
  }
}

/** Loads FILE as an article. */
export function loadArticleFile(path: string): ArticleInput {
  const text = readText(path);
  const ext = extname(path).toLowerCase();
  const looksHtml = ext === ".html" || ext === ".htm" || /^\s*<(!doctype|html)/i.test(text);
  if (looksHtml) return articleFromHtml(text, "", path);
  const article = parseTextArticle(text);
  if (!article)
    throw new LoadError(`${path}: no article found (expected a title, a lead and paragraphs)`);
  return article;
}
