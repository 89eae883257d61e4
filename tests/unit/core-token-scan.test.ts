/**
 * The shared pieces of the core's hot paths give what their plain forms give: one token splitter
 * for glossary forms (interning) and texts (looking up), the openings of a sentence (list
 * marker, wire tag, dateline) that `textStart` skips, and the overlap resolution of term matches
 * (longest, then leftmost).
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { textStart } from "../../core/directives/reading";
import { newUnitViews, normalizeUnits } from "../../core/normalize";
import { buildTermIndex, findTerms } from "../../core/terms";
import { newTokenBuffers, scanTokens, tokenize } from "../../core/terms/tokens";
import { Vocabulary } from "../../core/terms/trie";
import type { TextBlock } from "../../core/types";
import { testEntry } from "./glossary-entry";

const RUNS = { numRuns: 400 };

/** Pieces of text written for these tests: words, capitals, marks, digits, odd characters. */
const FRAGMENTS = [
  " ",
  "  ",
  "\t",
  "\u00a0",
  ",",
  ".",
  ":",
  "(",
  ")",
  "-",
  "–",
  "•",
  "+",
  "1",
  "12",
  "a",
  "b",
  "đ",
  "Đ",
  "Ả",
  "Ảnh",
  "ảnh",
  "HÀ",
  "NỘI",
  "Hà",
  "TTXVN",
  "Bộ",
  "bộ",
  "Công",
  "Thương",
  "chỉ đạo",
  "𝐀",
  "😀",
  "x",
];

const text = fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 14 }).map((p) => p.join(""));

describe("textStart", () => {
  it("reads the openings written by hand", () => {
    expect(textStart("1. Rà soát", "1. rà soát")).toBe(3);
    expect(textStart("(TTXVN) – Bộ", "(ttxvn) – bộ")).toBe(10);
    expect(textStart("HÀ NỘI – Bộ", "hà nội – bộ")).toBe(9);
    expect(textStart("Bộ Công Thương", "bộ công thương")).toBe(0);
  });
});

describe("scanTokens", () => {
  it("gives a text the ids its forms were interned with, and -1 to unknown tokens", () => {
    fc.assert(
      fc.property(text, text, (form, other) => {
        const vocabulary = new Vocabulary();
        const views = newUnitViews();
        const interned = newTokenBuffers();
        const count = scanTokens(normalizeUnits(form, views), vocabulary, true, interned);
        const ids = [...interned.ids.subarray(0, count)];
        const looked = newTokenBuffers();
        expect(scanTokens(normalizeUnits(form, views), vocabulary, false, looked)).toBe(count);
        expect([...looked.ids.subarray(0, count)]).toEqual(ids);
        expect(ids.every((id) => id >= 0)).toBe(true);
        // Another text: known tokens keep their ids, the rest are -1; offsets are the same
        // as when interning it.
        const size = vocabulary.size;
        const tokens = tokenize(other, vocabulary);
        expect(vocabulary.size).toBe(size);
        const again = newTokenBuffers();
        const otherCount = scanTokens(normalizeUnits(other, views), new Vocabulary(), true, again);
        expect(tokens.count).toBe(otherCount);
        for (let k = 0; k < tokens.count; k++) {
          expect(tokens.starts[k]).toBe(again.starts[k]);
          expect(tokens.ends[k]).toBe(again.ends[k]);
          const id = tokens.ids[k] as number;
          expect(id).toBeLessThan(size);
          if (id >= 0) expect(ids).toContain(id);
        }
      }),
      RUNS,
    );
  });
});

/** A concept entry written for these tests, its English its id. */
const entry = (id: string, vi: string) => testEntry({ id, vi, en: id, category: "concept" });

describe("term overlaps", () => {
  const index = buildTermIndex([
    entry("a-b", "an bình"),
    entry("b-c-d", "bình cát dương"),
    entry("c-d", "cát dương"),
    entry("d-e", "dương em"),
    entry("e", "em"),
    entry("b-a", "bình an"),
  ]);
  const words = ["an", "bình", "cát", "dương", "em", "gió"];

  it("keeps the longest match, then the leftmost, with no two overlapping", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...words), { maxLength: 16 }), (picked) => {
        const block: TextBlock = { index: 0, kind: "paragraph", text: picked.join(" ") };
        const found = findTerms([block], { articleDate: "2024-01-01", index });
        for (let k = 1; k < found.length; k++) {
          expect((found[k] as { start: number }).start).toBeGreaterThanOrEqual(
            (found[k - 1] as { end: number }).end,
          );
        }
        // The longest possible match of the text is always kept (or one as long).
        const longest = Math.max(0, ...found.map((t) => t.end - t.start));
        for (const e of ["bình cát dương", "an bình", "cát dương", "dương em"]) {
          if (block.text.includes(e) && e.length > longest) expect.unreachable(e);
        }
      }),
      RUNS,
    );
  });

  it("prefers the longer of two overlapping matches, the left one of equal length", () => {
    const read = (t: string) =>
      findTerms([{ index: 0, kind: "paragraph", text: t }], { articleDate: null, index }).map(
        (m) => m.entryId,
      );
    expect(read("an bình cát dương em")).toEqual(["b-c-d", "e"]);
    expect(read("an bình cát")).toEqual(["a-b"]);
    expect(read("an bình an")).toEqual(["a-b"]);
    expect(read("em bình an bình")).toEqual(["e", "b-a"]);
    expect(read("cát dương em")).toEqual(["c-d", "e"]);
  });
});
