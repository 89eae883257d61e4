/**
 * The naive peer: one RegExp per term, run over every text node of the article body, each match
 * painted as a range with the CSS Custom Highlight API (the same painting Policy Lens uses, so the
 * difference is in finding the terms). Runs inside the page; self-contained.
 */

/** What an in-page peer highlighter reports. */
export interface PeerResult {
  /** Milliseconds around the highlighting call, by performance.now() in the page. */
  readonly ms: number;
  readonly matches: number;
}

/** Arguments of an in-page peer highlighter. */
export interface PeerArgs {
  readonly bodySelector: string;
  readonly forms: readonly string[];
  readonly abbreviations: readonly string[];
}

/** Highlights every term in the body, the naive way; returns its time and match count. */
export function naiveHighlight(args: PeerArgs): PeerResult {
  const root = document.querySelector(args.bodySelector);
  if (!root) throw new Error(`no ${args.bodySelector}`);
  const started = performance.now();
  const literal = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  // A bare literal per term lets the regexp engine scan fast; whole-word boundaries (no letter or
  // digit on either side) are checked on the match, as a careful naive implementation would.
  const patterns = [
    ...args.forms.map((form) => new RegExp(literal(form), "giu")),
    ...args.abbreviations.map((abbr) => new RegExp(literal(abbr), "gu")),
  ];
  const wordChar = /[\p{L}\p{N}]/u;
  const isBoundary = (text: string, at: number) =>
    at < 0 || at >= text.length || !wordChar.test(text[at] as string);
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const nodes: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);
  const highlight = new Highlight();
  for (const node of nodes) {
    const text = node.data;
    for (const pattern of patterns) {
      pattern.lastIndex = 0;
      for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
        const end = match.index + match[0].length;
        if (!isBoundary(text, match.index - 1) || !isBoundary(text, end)) continue;
        const range = new Range();
        range.setStart(node, match.index);
        range.setEnd(node, end);
        highlight.add(range);
      }
    }
  }
  CSS.highlights.set("bench-naive", highlight);
  return { ms: performance.now() - started, matches: highlight.size };
}
