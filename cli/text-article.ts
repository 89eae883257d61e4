/**
 * The plain-text article format: optional `URL:` / `DATE:` / `SOURCE:` header lines and a blank
 * line, then the title, the lead and paragraphs separated by blank lines. Pure: no DOM, no files.
 */
import type { ArticleInput, BlockKind, TextBlock } from "../core/types";

const HEADER = /^(URL|DATE|SOURCE):\s*(.*)$/i;
/** A trailing "Nguồn …: https://…" line names where the text came from; it is not article text. */
const SOURCE_LINE = /^Nguồn\b[^:]{0,80}:\s*(https?:\/\/\S+)\s*$/iu;
const URL_LIKE = /^https?:\/\/\S+$/;
/** Sub-heads are short lines without final punctuation. */
const MAX_HEADING_LENGTH = 120;

function collapse(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

/**
 * A closing quotation mark ends a sentence only after its punctuation (`… hết hàng.”`); a line
 * that ends on a quoted phrase is a sub-head (`Địa phương cam kết “không vùng cấm”`).
 */
function isHeading(text: string): boolean {
  return text.length <= MAX_HEADING_LENGTH && !/(?:[.!?:;…)]|[.!?:;…]["”»])$/u.test(text);
}

/** Reads the header and splits the rest into paragraphs. */
function split(raw: string): { headers: Map<string, string>; paragraphs: string[] } {
  const lines = raw
    .replace(/^\uFEFF/, "")
    .replace(/\r\n?/g, "\n")
    .split("\n");
  const headers = new Map<string, string>();
  let i = 0;
  while (i < lines.length) {
    const match = HEADER.exec(lines[i] ?? "");
    if (!match?.[1]) break;
    headers.set(match[1].toUpperCase(), (match[2] ?? "").trim());
    i++;
  }
  const chunks = lines
    .slice(i)
    .join("\n")
    .split(/\n\s*\n/)
    .map((chunk) => chunk.trim())
    .filter((chunk) => chunk.length > 0);
  // Some sources put the title and the lead on consecutive lines: the title is then the first line.
  const first = chunks[0];
  if (first?.includes("\n")) {
    const cut = first.indexOf("\n");
    chunks.splice(0, 1, first.slice(0, cut), first.slice(cut + 1));
  }
  return { headers, paragraphs: chunks.map(collapse) };
}

/** A lone caption line: "… Ảnh: Internet", "(Ảnh minh họa)". */
const CAPTION = /(?:^|[.\s(])Ảnh(?: minh họa| minh hoạ)?\s*(?::\s*[^.!?]{0,60})?\)?\.?$/u;
const MAX_CAPTION_LENGTH = 200;

/**
 * Image captions appear twice in a row in such texts (the image's alt text, then its caption):
 * both copies are dropped, since captions are not article text.
 */
function dropCaptions(paragraphs: readonly string[]): string[] {
  const kept: string[] = [];
  for (let i = 0; i < paragraphs.length; i++) {
    const text = paragraphs[i] as string;
    if (text === paragraphs[i + 1]) {
      i++;
      continue;
    }
    if (i >= 2 && text.length <= MAX_CAPTION_LENGTH && CAPTION.test(text)) continue;
    kept.push(text);
  }
  return kept;
}

/** ISO form of a DATE header ("2024-05-08" or a full ISO time), or null. */
function publishedFrom(value: string | undefined): string | null {
  if (!value) return null;
  return /^\d{4}-\d{2}-\d{2}(?:T[\d:.]+(?:Z|[+-]\d{2}:\d{2})?)?$/.test(value) ? value : null;
}

/** Parses a text article. Returns null when it holds no title and body. */
export function parseTextArticle(raw: string): ArticleInput | null {
  const { headers, paragraphs } = split(raw);
  let url = headers.get("URL") ?? "";
  const body = dropCaptions(paragraphs).filter((p) => {
    const source = SOURCE_LINE.exec(p);
    if (source?.[1]) {
      url ||= source[1];
      return false;
    }
    return !URL_LIKE.test(p);
  });
  if (body.length < 2) return null;
  const blocks: TextBlock[] = body.map((text, index) => {
    let kind: BlockKind = "paragraph";
    if (index === 0) kind = "title";
    else if (index === 1) kind = "lead";
    else if (isHeading(text)) kind = "heading";
    return { index, kind, text };
  });
  return {
    meta: {
      url,
      title: blocks[0]?.text ?? "",
      lead: blocks[1]?.text ?? "",
      published: publishedFrom(headers.get("DATE")),
    },
    blocks,
  };
}
