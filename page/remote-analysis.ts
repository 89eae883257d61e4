/**
 * Analysis in the extension's background instead of the page. The background's code stays
 * compiled and warm between articles, while a content script starts cold on every page; and the
 * page's main thread is then never busy with analysis at all. The content script sends the
 * article's text blocks; the background answers with the Analysis (offsets into those blocks).
 * Both directions are validated: a malformed request is ignored, a malformed answer is refused.
 */
import type { Analysis, ArticleInput, BlockKind, TextBlock } from "../core/types";
import { isOwnSender, type SenderLike } from "./messages";

export interface AnalyzeRequest {
  readonly type: "policy-lens/analyze";
  readonly input: ArticleInput;
}

export interface AnalyzeResponse {
  readonly analysis: Analysis;
}

/** Largest article text the background accepts, in characters (the page refuses larger ones). */
export const MAX_REMOTE_CHARS = 4_000_000;
const MAX_BLOCKS = 100_000;
const KINDS: ReadonlySet<string> = new Set<BlockKind>(["title", "lead", "heading", "paragraph"]);

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null;

function parseBlocks(value: unknown): TextBlock[] | null {
  if (!Array.isArray(value) || value.length > MAX_BLOCKS) return null;
  const blocks: TextBlock[] = [];
  let chars = 0;
  for (const [i, item] of value.entries()) {
    if (!isRecord(item) || item.index !== i || typeof item.text !== "string") return null;
    if (typeof item.kind !== "string" || !KINDS.has(item.kind)) return null;
    chars += item.text.length;
    if (chars > MAX_REMOTE_CHARS) return null;
    blocks.push({ index: i, kind: item.kind as BlockKind, text: item.text });
  }
  return blocks;
}

/** Validates an analyze request; null for anything else. */
export function parseAnalyzeRequest(value: unknown): AnalyzeRequest | null {
  if (!isRecord(value) || value.type !== "policy-lens/analyze" || !isRecord(value.input)) {
    return null;
  }
  const { meta, blocks } = value.input;
  if (!isRecord(meta)) return null;
  const { url, title, lead, published } = meta;
  if (typeof url !== "string" || typeof title !== "string" || typeof lead !== "string") return null;
  if (published !== null && typeof published !== "string") return null;
  const parsed = parseBlocks(blocks);
  if (!parsed) return null;
  return {
    type: "policy-lens/analyze",
    input: { meta: { url, title, lead, published }, blocks: parsed },
  };
}

/** The background's answer to an analyze request from our own scripts, or null to ignore it. */
export function answerAnalyzeRequest(
  message: unknown,
  sender: SenderLike | undefined,
  extensionId: string | undefined,
  analyze: (input: ArticleInput) => Analysis,
): AnalyzeResponse | null {
  const request = parseAnalyzeRequest(message);
  if (!request || !isOwnSender(sender, extensionId)) return null;
  return { analysis: analyze(request.input) };
}

/**
 * Checks the shape of the background's answer against the blocks that were sent: every
 * annotation list present, and every annotation inside a block that exists.
 */
export function parseAnalyzeResponse(value: unknown, input: ArticleInput): Analysis | null {
  if (!isRecord(value) || !isRecord(value.analysis)) return null;
  const analysis = value.analysis;
  const lists = [analysis.terms, analysis.citations, analysis.dates, analysis.directives];
  if (!lists.every(Array.isArray)) return null;
  for (const list of lists as unknown[][]) {
    for (const item of list) {
      if (!isRecord(item)) return null;
      const block = input.blocks[item.block as number];
      const { start, end } = item;
      if (!block || typeof start !== "number" || typeof end !== "number") return null;
      if (!(start >= 0 && start <= end && end <= block.text.length)) return null;
    }
  }
  // The blocks and meta are the page's own: the answer is bound to what was sent.
  return { ...(analysis as unknown as Analysis), meta: input.meta, blocks: input.blocks };
}
