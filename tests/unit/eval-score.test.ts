import { describe, expect, it } from "vitest";
import { articleBody, locateAll } from "../../scripts/eval/locate";
import { type GoldItem, matchItems, prf, spansMatch, termFound } from "../../scripts/eval/score";

/** Gold and reports for a text we write: spans are found by their quotes. */
const BODY =
  "Bộ yêu cầu các sở kiểm tra giá. Các sở cần báo cáo trước ngày 5/4. Giá lúa tăng nhẹ. Bộ sẽ sửa quy định.";
const quotes = [
  { quote: "Bộ yêu cầu các sở kiểm tra giá", kind: "directive", required: true },
  { quote: "Các sở cần báo cáo trước ngày 5/4", kind: "directive", required: true },
  { quote: "Bộ sẽ sửa quy định", kind: "commitment", required: true },
];

function gold(items = quotes): GoldItem[] {
  return locateAll(
    BODY,
    items.map((q) => q.quote),
    false,
  ).map((span, i) => ({
    start: span?.start ?? 0,
    end: span?.end ?? 0,
    required: items[i]?.required ?? true,
    kind: items[i]?.kind,
  }));
}

function reported(texts: string[], kinds: string[]) {
  return locateAll(BODY, texts, true).map((span, i) => ({
    start: span?.start ?? 0,
    end: span?.end ?? 0,
    kind: kinds[i],
  }));
}

describe("directive scoring", () => {
  it("gives a perfect answer precision, recall and F1 of 1 and full kind accuracy", () => {
    const r = matchItems(
      gold(),
      reported(
        [
          "Bộ yêu cầu các sở kiểm tra giá.",
          "Các sở cần báo cáo trước ngày 5/4.",
          "Bộ sẽ sửa quy định.",
        ],
        ["directive", "directive", "commitment"],
      ),
    );
    expect([r.tp, r.fp, r.fn, r.kindAgree]).toEqual([3, 0, 0, 3]);
    expect(prf(r.tp, r.fp, r.fn)).toEqual({ precision: 1, recall: 1, f1: 1 });
  });

  it("gives an empty answer 0 where there is something to find", () => {
    const r = matchItems(gold(), []);
    expect([r.tp, r.fp, r.fn]).toEqual([0, 0, 3]);
    expect(prf(r.tp, r.fp, r.fn)).toEqual({ precision: 0, recall: 0, f1: 0 });
  });

  it("gives an empty answer 1 where there is nothing to find", () => {
    expect(prf(0, 0, 0).f1).toBe(1);
    expect(prf(0, 2, 0).f1).toBe(0);
  });

  it("lets a whole-paragraph answer earn at most one item", () => {
    const r = matchItems(gold(), reported([BODY], ["directive"]));
    expect(r.tp).toBeLessThanOrEqual(1);
    expect(r.fn).toBeGreaterThanOrEqual(2);
  });

  it("needs an overlap of half the shorter span", () => {
    expect(spansMatch({ start: 0, end: 10 }, { start: 5, end: 30 })).toBe(true);
    expect(spansMatch({ start: 0, end: 10 }, { start: 6, end: 30 })).toBe(false);
  });

  it("counts a fact as spurious and a wrong kind as a kind error", () => {
    const r = matchItems(
      gold(),
      reported(["Giá lúa tăng nhẹ.", "Bộ sẽ sửa quy định."], ["directive", "directive"]),
    );
    expect([r.tp, r.fp, r.fn, r.kindAgree]).toEqual([1, 1, 2, 0]);
  });

  it("neither misses nor penalises optional items", () => {
    const items = quotes.map((q, i) => ({ ...q, required: i !== 1 }));
    const without = matchItems(
      gold(items),
      reported(
        ["Bộ yêu cầu các sở kiểm tra giá.", "Bộ sẽ sửa quy định."],
        ["directive", "commitment"],
      ),
    );
    expect([without.tp, without.fp, without.fn]).toEqual([2, 0, 0]);
    const withIt = matchItems(
      gold(items),
      reported(
        [
          "Bộ yêu cầu các sở kiểm tra giá.",
          "Các sở cần báo cáo trước ngày 5/4.",
          "Bộ sẽ sửa quy định.",
        ],
        ["directive", "directive", "commitment"],
      ),
    );
    expect([withIt.tp, withIt.fp, withIt.fn, withIt.neutral.length]).toEqual([2, 0, 0, 1]);
  });
});

describe("locating text", () => {
  it("drops the URL/DATE/SOURCE header and collapses white space", () => {
    expect(articleBody("URL: x\nDATE: 2024-01-01\nSOURCE: y\n\nTiêu đề\n\nĐoạn   một.\n")).toBe(
      "Tiêu đề Đoạn một.",
    );
  });

  it("finds repeated text in reading order", () => {
    const spans = locateAll("A b. A b. C.", ["A b.", "A b."], true);
    expect(spans.map((s) => s?.start)).toEqual([0, 5]);
    expect(locateAll("A b.", ["Z"], true)).toEqual([null]);
  });
});

describe("term rule", () => {
  it("compares Vietnamese case-insensitively and looks for one English form", () => {
    const rule = { vi: "Sở Công Thương", en_any: ["Department of Industry and Trade"] };
    expect(
      termFound(rule, [
        { text: "sở công thương", en: "Provincial Department of Industry and Trade" },
      ]),
    ).toBe(true);
    expect(termFound(rule, [{ text: "Sở Công Thương", en: "Industry office" }])).toBe(false);
    expect(
      termFound(rule, [{ text: "Bộ Công Thương", en: "Department of Industry and Trade" }]),
    ).toBe(false);
  });

  it("finds a term under any written form of its entry", () => {
    const rule = { vi: "Tập đoàn Điện lực Việt Nam", en_any: ["Vietnam Electricity"] };
    const row = { text: "EVN", en: "Vietnam Electricity (EVN)" };
    expect(termFound(rule, [row])).toBe(false);
    expect(termFound(rule, [{ ...row, forms: ["EVN", "Tập đoàn Điện lực Việt Nam"] }])).toBe(true);
  });
});
