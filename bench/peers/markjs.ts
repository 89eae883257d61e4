/**
 * The mark.js peer: the npm package's browser build, injected into the page, marking the same
 * glossary terms in the same article body. Forms are matched case-insensitively and abbreviations
 * case-sensitively, whole words only, diacritics as written (as Policy Lens matches them).
 */
import { createRequire } from "node:module";
import type { PeerArgs, PeerResult } from "./naive";

/** The file to inject with `page.addScriptTag({ path })`. */
export const MARKJS_SCRIPT = createRequire(import.meta.url).resolve("mark.js/dist/mark.min.js");

/** Marks every term in the body with mark.js; returns its time and match count. In-page. */
export function markjsHighlight(args: PeerArgs): PeerResult {
  type MarkOptions = Record<string, unknown> & { done: (count: number) => void };
  type MarkInstance = { mark(terms: readonly string[], options: MarkOptions): void };
  const Mark = (window as unknown as { Mark?: new (root: Element) => MarkInstance }).Mark;
  if (!Mark) throw new Error("mark.js is not loaded");
  const root = document.querySelector(args.bodySelector);
  if (!root) throw new Error(`no ${args.bodySelector}`);
  // mark.js's "exactly" accuracy bounds a term by spaces or these limiters.
  const limiters = [",", ".", ";", ":", "!", "?", "(", ")", '"', "“", "”", "'", "…", "-", "/"];
  let matches = 0;
  let calls = 0;
  let expected = 0;
  const common = {
    separateWordSearch: false,
    diacritics: false,
    acrossElements: false,
    accuracy: { value: "exactly", limiters },
    done: (count: number) => {
      matches += count;
      calls++;
    },
  };
  // mark.js walks a term list by recursion (a few frames per term), so a list of a thousand
  // terms overflows the stack: it gets the list in batches, one call after another.
  const batch = 100;
  const started = performance.now();
  const marker = new Mark(root);
  for (const [terms, caseSensitive] of [
    [args.forms, false],
    [args.abbreviations, true],
  ] as const) {
    for (let i = 0; i < terms.length; i += batch) {
      expected++;
      marker.mark(terms.slice(i, i + batch), { ...common, caseSensitive });
    }
  }
  const ms = performance.now() - started;
  // mark.js is synchronous: every `done` having run proves the whole job was inside the timing.
  if (calls !== expected) throw new Error(`mark.js finished ${calls} of ${expected} calls in time`);
  return { ms, matches };
}
