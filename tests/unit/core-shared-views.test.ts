/**
 * Work shared between the stages of one analysis: a block normalized once for the term matcher,
 * citations and dates; a block lower-cased once for all its sentences; phrase lookups that rule
 * most words out by their first code units. Each is checked against the plain computation.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { blockUnits, textUnits } from "../../core/block-units";
import { blockView, textView } from "../../core/citations/text-view";
import {
  anyPhraseAt,
  type PhraseList,
  phraseAt,
  phrases,
  sliceableLower,
} from "../../core/directives/words";
import { normalizeUnits, type UnitViews } from "../../core/normalize";
import type { TextBlock } from "../../core/types";

const RUNS = { numRuns: 300 };

/** Pieces of text written for these tests: words, look-alikes, case pairs, spaces, marks. */
const PIECES = [
  " ",
  "  ",
  ",",
  ".",
  "-",
  "Σ",
  "İ",
  "Đ",
  "Ð",
  "hoà",
  "Thủ",
  "thủ tướng",
  "THỨ TRƯỞNG",
  "Bộ",
  "sẽ",
  "cam kết",
  "đề nghị",
  "yêu cầu",
  "giao",
  "a",
  "x",
  "2024",
  "\u0301",
  "\u00a0",
  "😀",
];
const texts = fc
  .array(fc.constantFrom(...PIECES), { maxLength: 24 })
  .map((parts) => parts.join(""));

/** The first `length` units of each view, as plain arrays (comparable with `toEqual`). */
function plain(units: UnitViews): { cased: number[]; folded: number[]; toOriginal: number[] } {
  return {
    cased: [...units.cased.subarray(0, units.length)],
    folded: [...units.folded.subarray(0, units.length)],
    toOriginal: [...units.toOriginal.subarray(0, units.length + 1)],
  };
}

function block(text: string, index = 0): TextBlock {
  return { index, kind: "paragraph", text };
}

describe("blockUnits", () => {
  it("gives the views of normalizeUnits, for the same block again and for the next one", () => {
    fc.assert(
      fc.property(texts, texts, (a, b) => {
        const first = block(a);
        const second = block(b, 1);
        expect(plain(blockUnits(first))).toEqual(plain(normalizeUnits(a)));
        expect(plain(blockUnits(first))).toEqual(plain(normalizeUnits(a)));
        expect(plain(blockUnits(second))).toEqual(plain(normalizeUnits(b)));
        expect(plain(textUnits(a))).toEqual(plain(normalizeUnits(a)));
        expect(plain(blockUnits(second))).toEqual(plain(normalizeUnits(b)));
      }),
      RUNS,
    );
  });

  it("notices a block whose text changed", () => {
    const changing = { index: 0, kind: "paragraph" as const, text: "Bộ Công Thương" };
    blockUnits(changing);
    changing.text = "Thủ tướng yêu cầu";
    expect(plain(blockUnits(changing))).toEqual(plain(normalizeUnits("Thủ tướng yêu cầu")));
  });

  it("lets citations reuse the term matcher's views: the same view as built afresh", () => {
    fc.assert(
      fc.property(texts, (text) => {
        const b = block(text);
        blockUnits(b);
        const shared = blockView(b);
        const fresh = textView(text);
        expect(shared.text).toBe(fresh.text);
        expect(Array.from(shared.toOriginal)).toEqual(Array.from(fresh.toOriginal));
      }),
      RUNS,
    );
  });
});

describe("sliceableLower", () => {
  it("is the lower case, and its slices are the lower case of the slices", () => {
    fc.assert(
      fc.property(texts, fc.nat(), fc.nat(), (text, x, y) => {
        const lower = sliceableLower(text);
        if (lower === null) return;
        expect(lower).toBe(text.toLowerCase());
        const a = Math.min(x, y) % (text.length + 1);
        const b = Math.max(x, y) % (text.length + 1);
        const cut = (i: number) => {
          // Slices never split a surrogate pair (sentences start and end at whole characters).
          const code = text.charCodeAt(i);
          return code >= 0xdc00 && code <= 0xdfff ? i + 1 : i;
        };
        const [from, to] = [cut(a), cut(Math.max(a, b))];
        expect(lower.slice(from, to)).toBe(text.slice(from, to).toLowerCase());
      }),
      RUNS,
    );
  });

  it("refuses texts whose lower case depends on context or changes length", () => {
    expect(sliceableLower("ΟΔΟΣ")).toBeNull();
    expect(sliceableLower("İzmir")).toBeNull();
    expect(sliceableLower("Thủ Tướng")).toBe("thủ tướng");
  });
});

describe("phraseAt with the prefix test", () => {
  const lists = [
    phrases(["thủ tướng", "thứ trưởng", "bộ", "ông", "bà"]),
    phrases(["sẽ", "cam kết", "quyết tâm"]),
    phrases(["đề nghị", "yêu cầu", "giao"]),
    phrases(["a", "x", "2024"]),
  ];
  /** The same list without its lookup tables: every phrase is tried in turn. */
  const plainList = (list: PhraseList): PhraseList => ({ phrases: list.phrases });

  it("finds what a scan of every phrase finds, at every offset", () => {
    fc.assert(
      fc.property(texts, (text) => {
        const lower = text.toLowerCase();
        for (let at = -1; at <= lower.length + 1; at++) {
          for (const list of lists) {
            expect(phraseAt(lower, at, list)).toBe(phraseAt(lower, at, plainList(list)));
          }
          expect(anyPhraseAt(lower, at, lists)).toBe(
            lists.some((l) => phraseAt(lower, at, plainList(l)) !== null),
          );
        }
      }),
      RUNS,
    );
  });
});
