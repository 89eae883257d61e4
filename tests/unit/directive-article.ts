/**
 * Test articles for the directive rules: a title, then one block per paragraph, a paragraph
 * written "## …" being a sub-head; and short views of what the extractor returns. The sentences
 * are the tests' own (not taken from any article).
 */
import { extractDirectives } from "../../core/directives";
import type { ArticleInput, Directive, TextBlock } from "../../core/types";

/** No terms, citations or dates: the extractor reads the words alone. */
export const EMPTY = { terms: [], citations: [], dates: [] };

/** An article: a title, then one block per paragraph ("## " marks a sub-head). */
export function article(...paragraphs: string[]): ArticleInput {
  const blocks: TextBlock[] = ["Tiêu đề thử nghiệm", ...paragraphs].map((text, index) => ({
    index,
    kind: index === 0 ? "title" : text.startsWith("## ") ? "heading" : "paragraph",
    text: text.replace(/^## /, ""),
  }));
  return {
    meta: {
      url: "",
      title: "Tiêu đề thử nghiệm",
      lead: "",
      published: "2025-03-10T08:00:00+07:00",
    },
    blocks,
  };
}

/** The directives of an article made of `paragraphs`. */
export const run = (...paragraphs: string[]): Directive[] =>
  extractDirectives(article(...paragraphs), EMPTY);

export const texts = (list: readonly Directive[]) => list.map((d) => d.text);
export const kinds = (list: readonly Directive[]) => list.map((d) => [d.kind, d.text]);
export const issuers = (list: readonly Directive[]) => list.map((d) => d.issuer?.text);
export const addressees = (d: Directive | undefined) => d?.addressees.map((a) => a.text);
