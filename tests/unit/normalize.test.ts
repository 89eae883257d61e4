import { describe, expect, it } from "vitest";
import {
  matchKey,
  normalizeForMatch,
  normalizeViews,
  originalEnd,
  stripDiacritics,
} from "../../core/normalize";

/** The original span of the first occurrence of `needle` (already normalized) in `text`. */
function findOriginal(text: string, needle: string): string | null {
  const { text: view, toOriginal } = normalizeForMatch(text);
  const at = view.indexOf(needle);
  if (at < 0) return null;
  return text.slice(toOriginal[at], originalEnd(text, toOriginal, at + needle.length));
}

describe("normalizeForMatch", () => {
  it.each([
    // [input, folded view]
    ["Bộ Công Thương", "bộ công thương"],
    ["BỘ CÔNG THƯƠNG", "bộ công thương"],
    ["Hoà Bình", "hòa bình"],
    ["Hòa Bình", "hòa bình"],
    ["thuỷ điện", "thủy điện"],
    ["thủy điện", "thủy điện"],
    ["Uỷ ban", "ủy ban"],
    ["Ủy ban", "ủy ban"],
    ["HOÁ CHẤT", "hóa chất"],
    ["khoẻ", "khỏe"],
    ["tuỳ", "tùy"],
    // After q the u is part of the onset: "quý" is canonical, "qúy" is moved to it.
    ["quý", "quý"],
    ["qúy", "quý"],
    // A final consonant: both conventions already put the mark on the second vowel.
    ["hoàng", "hoàng"],
    ["thuyết", "thuyết"],
    // Legacy misplacement on the horn pair.
    ["lựơng", "lượng"],
    // Eth look-alikes.
    ["NÐ-CP", "nđ-cp"],
    ["ðiện", "điện"],
    // Spaces, invisibles and dashes.
    ["Bộ\u00a0Công\u202fThương", "bộ công thương"],
    ["Công\tThương\n", "công thương "],
    ["Thư\u200bơng", "thương"],
    ["Thư\u00adơng", "thương"],
    ["\ufeffBộ", "bộ"],
    ["2021\u20132030", "2021-2030"],
    ["2021\u20142030", "2021-2030"],
    ["a\u2212b\u2011c", "a-b-c"],
  ])("folds %j to %j", (input, expected) => {
    expect(normalizeForMatch(input).text).toBe(expected);
  });

  it("composes NFD input and maps every view index back to the original", () => {
    const nfd = "Bộ Công Thương".normalize("NFD");
    expect(nfd.length).toBe(19);
    const { text, toOriginal } = normalizeForMatch(nfd);
    expect(text).toBe("bộ công thương");
    expect(toOriginal.length).toBe(text.length + 1);
    expect(toOriginal[text.length]).toBe(nfd.length);
    // "công" starts after "Bộ " (B, o, two marks, space = 5 units in NFD).
    expect(toOriginal[3]).toBe(5);
    expect(findOriginal(nfd, "công thương")).toBe("Công Thương".normalize("NFD"));
    expect(findOriginal(`xin chào ${nfd}.`, "thương")).toBe("Thương".normalize("NFD"));
  });

  it("keeps the offset map non-decreasing", () => {
    const text = "Thuỷ\u200b điện\u00a0Hoà Bình – NÐ-CP ".normalize("NFD");
    const { toOriginal } = normalizeForMatch(text);
    for (let i = 1; i < toOriginal.length; i++) {
      expect(toOriginal[i]).toBeGreaterThanOrEqual(toOriginal[i - 1] as number);
    }
  });

  it("maps tone-variant and invisible-character spans back to the verbatim text", () => {
    expect(findOriginal("Nhà máy thuỷ điện Hoà Bình", "thủy điện hòa bình")).toBe(
      "thuỷ điện Hoà Bình",
    );
    // A zero-width space inside a word is dropped, and one after a match is not swallowed.
    expect(findOriginal("Bộ Công Thư\u200bơng\u200b họp", "công thương")).toBe("Công Thư\u200bơng");
  });

  it("lowercases Vietnamese capitals one to one, Đ included", () => {
    const upper = "ĐẨY MẠNH ĐIỆN LỰC ƯU TIÊN";
    const { text } = normalizeForMatch(upper);
    expect(text).toBe("đẩy mạnh điện lực ưu tiên");
    expect(text.length).toBe(upper.length);
  });

  it("keeps the cased view in the same coordinates as the folded one", () => {
    const views = normalizeViews("Thuỷ điện ÐN và UBND");
    expect(views.cased).toBe("Thủy điện ĐN và UBND");
    expect(views.folded).toBe("thủy điện đn và ubnd");
  });
});

describe("matchKey", () => {
  it.each([
    ["  Bộ   Công thương ", "bộ công thương"],
    ["Bộ Công Thương".normalize("NFD"), "bộ công thương"],
    ["Cục Hoá chất", "cục hóa chất"],
    ["TP.HCM", "tp . hcm"],
    ["TP. HCM", "tp . hcm"],
    ["Kế hoạch – Tài chính", "kế hoạch - tài chính"],
    ["Kế hoạch-Tài chính", "kế hoạch - tài chính"],
    ["NN&PTNT", "nn & ptnt"],
  ])("keys %j as %j", (form, key) => {
    expect(matchKey(form)).toBe(key);
  });
});

describe("stripDiacritics", () => {
  it.each([
    ["Nguyễn Sinh Nhật Tân", "Nguyen Sinh Nhat Tan"],
    ["Trần Hồng Hà", "Tran Hong Ha"],
    ["Đặng Đình Đức", "Dang Dinh Duc"],
    ["Ðỗ đức", "Do duc"],
    ["Nguyễn Hồng Diên".normalize("NFD"), "Nguyen Hong Dien"],
  ])("%j → %j", (name, ascii) => {
    expect(stripDiacritics(name)).toBe(ascii);
  });
});
