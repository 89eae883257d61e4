import { describe, expect, it } from "vitest";
import { buildTermIndex, findTerms, matchTerms, type TermIndex, termNote } from "../../core/terms";
import type { GlossaryEntry, TermMatch, TextBlock } from "../../core/types";
import { corpusSkipReason, devArticles, seedArticle } from "../corpus";
import { testEntry } from "./glossary-entry";

const entry = testEntry;

/** A small glossary written for these tests. */
const GLOSSARY: GlossaryEntry[] = [
  entry({ id: "moit", vi: "Bộ Công Thương", en: "Ministry of Industry and Trade", abbr: ["BCT"] }),
  entry({ id: "doit", vi: "Sở Công Thương", en: "Department of Industry and Trade" }),
  entry({
    id: "politburo",
    vi: "Bộ Chính trị",
    en: "Politburo",
    abbr: ["BCT"],
    context: ["Trung ương", "Đảng", "Tổng Bí thư"],
  }),
  entry({
    id: "ec-commerce",
    vi: "thương mại điện tử",
    en: "e-commerce",
    category: "concept",
    abbr: ["TMĐT"],
  }),
  entry({
    id: "cross-border",
    vi: "thương mại điện tử xuyên biên giới",
    en: "cross-border e-commerce",
    category: "concept",
  }),
  entry({ id: "commerce", vi: "thương mại", en: "trade; commerce", category: "concept" }),
  entry({
    id: "peoples-committee",
    vi: "Ủy ban nhân dân",
    en: "People's Committee",
    abbr: ["UBND"],
  }),
  entry({
    id: "hcmc",
    vi: "Thành phố Hồ Chí Minh",
    en: "Ho Chi Minh City",
    category: "place",
    abbr: ["TP. HCM", "TP.HCM"],
  }),
  entry({ id: "hydropower", vi: "thủy điện", en: "hydropower", category: "concept" }),
  entry({
    id: "company",
    vi: "công ty",
    en: "company",
    category: "concept",
    abbr: ["CT"],
    context: ["cổ phần", "TNHH"],
  }),
  entry({ id: "deputy-minister", vi: "Thứ trưởng", en: "Deputy Minister", category: "title" }),
  entry({ id: "minister", vi: "Bộ trưởng", en: "Minister", category: "title" }),
  entry({ id: "deputy-pm", vi: "Phó Thủ tướng", en: "Deputy Prime Minister", category: "title" }),
  entry({ id: "pm", vi: "Thủ tướng", en: "Prime Minister", category: "title" }),
  entry({ id: "hanoi", vi: "Hà Nội", en: "Hanoi", category: "place" }),
  entry({
    id: "gdms",
    vi: "Tổng cục Quản lý thị trường",
    en: "General Department of Market Surveillance",
    validTo: "2025-02-28",
    successor: "dmmd",
  }),
  entry({
    id: "dmmd",
    vi: "Cục Quản lý và Phát triển thị trường trong nước",
    en: "Department of Domestic Market Management and Development",
    validFrom: "2025-03-01",
    successor: "gdms",
  }),
  entry({
    id: "erea",
    vi: "Cục Điện lực",
    en: "Electricity and Renewable Energy Authority (old short name)",
    validTo: "2025-02-28",
    successor: "ea",
  }),
  entry({
    id: "ea",
    vi: "Cục Điện lực",
    en: "Electricity Authority",
    validFrom: "2025-03-01",
    successor: "erea",
  }),
  entry({
    id: "resolution-na",
    vi: "Nghị quyết (của Quốc hội)",
    en: "Resolution of the National Assembly",
    category: "doc-type",
    aliases: ["NQ .../QH15"],
  }),
];

const index: TermIndex = buildTermIndex(GLOSSARY);

function block(text: string, i = 0): TextBlock {
  return { index: i, kind: "paragraph", text };
}

function match(text: string, articleDate: string | null = "2024-06-01"): TermMatch[] {
  return matchTerms(index, block(text), { articleDate });
}

/** [text, entryId] of each match. */
function found(text: string, articleDate: string | null = "2024-06-01"): [string, string][] {
  return match(text, articleDate).map((m) => [m.text, m.entryId]);
}

describe("matchTerms: boundaries and longest match", () => {
  it("matches on syllable boundaries only", () => {
    expect(found("Bộ Công Thươngg")).toEqual([]);
    expect(found("xBộ Công Thương")).toEqual([]);
    expect(found("Bộ Công Thương2")).toEqual([]);
    expect(found("(Bộ Công Thương),")).toEqual([["Bộ Công Thương", "moit"]]);
  });

  it("matches case-insensitively and reports verbatim text with block offsets", () => {
    const text = "Đại diện BỘ CÔNG THƯƠNG và Bộ Công thương cho biết";
    const matches = match(text);
    expect(matches.map((m) => [m.text, m.start, m.end])).toEqual([
      ["BỘ CÔNG THƯƠNG", 9, 23],
      ["Bộ Công thương", 27, 41],
    ]);
    for (const m of matches) {
      expect(text.slice(m.start, m.end)).toBe(m.text);
      expect(m.vi).toBe("Bộ Công Thương");
      expect(m.block).toBe(0);
      expect(m.type).toBe("term");
    }
  });

  it("prefers the longest match and lists shorter entries nested in it", () => {
    const [m, ...rest] = match("Quản lý thương mại điện tử xuyên biên giới chặt chẽ");
    expect(rest).toEqual([]);
    expect(m?.entryId).toBe("cross-border");
    expect(m?.nested.map((n) => [n.entryId, n.text])).toEqual([
      ["ec-commerce", "thương mại điện tử"],
      ["commerce", "thương mại"],
    ]);
  });

  it("resolves overlapping matches to the longest", () => {
    // "Sở Công Thương" and "Bộ Công Thương" cannot both hold "Công Thương"; the text has neither
    // overlap here, but "thương mại" overlapping "thương mại điện tử" must give way.
    expect(found("Sở Công Thương phối hợp với sàn thương mại điện tử")).toEqual([
      ["Sở Công Thương", "doit"],
      ["thương mại điện tử", "ec-commerce"],
    ]);
  });

  it("finds terms across NBSP, line breaks and dashes variants", () => {
    expect(found("Bộ\u00a0Công\nThương")).toEqual([["Bộ\u00a0Công\nThương", "moit"]]);
  });
});

describe("matchTerms: normalized input, original offsets", () => {
  it("finds NFD text and maps offsets to the NFD original", () => {
    const text = "Theo Bộ Công Thương, nhà máy thủy điện".normalize("NFD");
    const matches = match(text);
    expect(matches.map((m) => m.entryId)).toEqual(["moit", "hydropower"]);
    for (const m of matches) expect(text.slice(m.start, m.end)).toBe(m.text);
    expect(matches[0]?.text).toBe("Bộ Công Thương".normalize("NFD"));
    expect(matches[1]?.text).toBe("thủy điện".normalize("NFD"));
  });

  it("finds the other tone placement (thuỷ / thủy, Uỷ / Ủy)", () => {
    const text = "Nhà máy thuỷ điện và Uỷ ban nhân dân tỉnh";
    expect(found(text)).toEqual([
      ["thuỷ điện", "hydropower"],
      ["Uỷ ban nhân dân", "peoples-committee"],
    ]);
    const [m] = match(text);
    expect(m?.start).toBe(8);
  });

  it("finds text with the Eth look-alike and zero-width spaces", () => {
    expect(found("BỘ CÔNG THƯƠNG ÐẠI DIỆN")).toEqual([["BỘ CÔNG THƯƠNG", "moit"]]);
    expect(found("Bộ Công Thư\u200bơng\u200b họp")).toEqual([["Bộ Công Thư\u200bơng", "moit"]]);
  });
});

describe("matchTerms: abbreviations", () => {
  it("matches abbreviations case-sensitively as whole tokens", () => {
    const [m] = match("Chủ tịch UBND tỉnh phát biểu");
    expect(m?.text).toBe("UBND");
    expect(m?.entryId).toBe("peoples-committee");
    expect(m?.expansion).toBe("Ủy ban nhân dân");
    expect(found("Chủ tịch Ubnd tỉnh")).toEqual([]);
    expect(found("mã UBNDX")).toEqual([]);
  });

  it("matches dotted abbreviations with or without the space", () => {
    expect(found("tại TP. HCM và TP.HCM")).toEqual([
      ["TP. HCM", "hcmc"],
      ["TP.HCM", "hcmc"],
    ]);
  });

  it("has no expansion when the full form is written", () => {
    expect(match("Ủy ban nhân dân")[0]?.expansion).toBeNull();
  });

  it("matches ambiguous abbreviations only with a context word nearby", () => {
    expect(found("BCT đã ban hành kế hoạch")).toEqual([["BCT", "moit"]]);
    expect(found("BCT đã ban hành kết luận về công tác Đảng")).toEqual([["BCT", "politburo"]]);
    expect(found("CT đã có báo cáo")).toEqual([]);
    // Context words disambiguate abbreviations only: a full name is not ambiguous.
    expect(found("Bộ Chính trị họp")).toEqual([["Bộ Chính trị", "politburo"]]);
    expect(found("CT cổ phần thủy điện A")).toEqual([
      ["CT", "company"],
      ["thủy điện", "hydropower"],
    ]);
  });

  it("limits the context search to a window around the abbreviation", () => {
    const filler = Array.from({ length: 60 }, () => "lời").join(" ");
    expect(found(`CT ${filler} cổ phần`)).toEqual([]);
    expect(found(`CT ${filler.slice(0, 40)} cổ phần`)).toEqual([["CT", "company"]]);
  });
});

describe("matchTerms: validity by article date", () => {
  it("picks the entry valid on the article date when several share a key", () => {
    expect(found("Cục Điện lực cho biết", "2024-06-01")).toEqual([["Cục Điện lực", "erea"]]);
    expect(found("Cục Điện lực cho biết", "2025-06-01")).toEqual([["Cục Điện lực", "ea"]]);
  });

  it("still matches an old name when it is the only entry for its key", () => {
    expect(found("Tổng cục Quản lý thị trường", "2025-10-01")).toEqual([
      ["Tổng cục Quản lý thị trường", "gdms"],
    ]);
  });

  it("treats a null date as today", () => {
    const today = new Date().toISOString().slice(0, 10);
    const expected = today > "2025-02-28" ? "ea" : "erea";
    expect(match("Cục Điện lực", null)[0]?.entryId).toBe(expected);
  });

  it("explains renamed bodies in the hover note", () => {
    expect(termNote("gdms", "2025-10-01", index)).toBe(
      "Name used until 2025-02-28; now Cục Quản lý và Phát triển thị trường trong nước (Department of Domestic Market Management and Development).",
    );
    expect(termNote("gdms", "2024-10-01", index)).toBe("");
    expect(termNote("unknown", null, index)).toBe("");
  });
});

describe("matchTerms: canonical forms with qualifiers and placeholders", () => {
  it("matches a canonical form without its trailing qualifier and skips placeholder aliases", () => {
    expect(found("theo Nghị quyết của Quốc hội")).toEqual([["Nghị quyết", "resolution-na"]]);
    expect(found("NQ .../QH15")).toEqual([]);
  });
});

describe("matchTerms: titles followed by a person's name", () => {
  it("makes one mention of title and name", () => {
    const text = "Thứ trưởng Nguyễn Sinh Nhật Tân đề nghị các địa phương";
    const [m, ...rest] = match(text);
    expect(rest).toEqual([]);
    expect(m?.text).toBe("Thứ trưởng Nguyễn Sinh Nhật Tân");
    expect(m?.entryId).toBe("deputy-minister");
    expect(m?.en).toBe("Deputy Minister Nguyen Sinh Nhat Tan");
    expect(m?.person).toEqual({
      name: "Nguyễn Sinh Nhật Tân",
      ascii: "Nguyen Sinh Nhat Tan",
      start: 11,
    });
    expect(m && text.slice(0, (m.person?.start ?? 0) - m.start).trimEnd()).toBe("Thứ trưởng");
  });

  it("includes the institution between title and name", () => {
    const [m] = match("Bộ trưởng Bộ Công Thương Nguyễn Hồng Diên nhấn mạnh");
    expect(m?.text).toBe("Bộ trưởng Bộ Công Thương Nguyễn Hồng Diên");
    expect(m?.en).toBe("Minister of Industry and Trade Nguyen Hong Dien");
    expect(m?.person?.name).toBe("Nguyễn Hồng Diên");
    expect(m?.person?.start).toBe(25);
    expect(m?.nested.map((n) => n.entryId)).toEqual(["moit"]);
  });

  it("uses the longest title", () => {
    const [m] = match("Phó Thủ tướng Trần Hồng Hà chủ trì");
    expect(m?.entryId).toBe("deputy-pm");
    expect(m?.en).toBe("Deputy Prime Minister Tran Hong Ha");
    expect(m?.nested.map((n) => n.entryId)).toEqual(["pm"]);
  });

  it("does not take lowercase words, single syllables or punctuation for a name", () => {
    expect(match("Thứ trưởng đề nghị")[0]?.person).toBeNull();
    expect(match("Thứ trưởng đề nghị")[0]?.text).toBe("Thứ trưởng");
    expect(match("Thứ trưởng Tân đề nghị")[0]?.person).toBeNull();
    expect(match("Thứ trưởng, Nguyễn Văn A")[0]?.person).toBeNull();
    expect(match("Bộ trưởng Bộ Công Thương cho biết").map((m) => m.entryId)).toEqual([
      "minister",
      "moit",
    ]);
  });

  it("stops the name where another glossary term starts", () => {
    const [m, next] = match("Thứ trưởng Nguyễn Văn An Hà Nội");
    expect(m?.person?.name).toBe("Nguyễn Văn An");
    expect(next?.entryId).toBe("hanoi");
  });

  it("rejects title-case runs longer than a name", () => {
    expect(match("Thứ trưởng Nguyễn Sinh Nhật Tân Phát Biểu Kết Luận")[0]?.person).toBeNull();
  });

  it("reads names in NFD text", () => {
    const text = "Thứ trưởng Nguyễn Sinh Nhật Tân phát biểu".normalize("NFD");
    const [m] = match(text);
    expect(m?.person?.name).toBe("Nguyễn Sinh Nhật Tân");
    expect(m?.person?.ascii).toBe("Nguyen Sinh Nhat Tan");
    expect(m && text.slice(m.person?.start, m.end)).toBe("Nguyễn Sinh Nhật Tân".normalize("NFD"));
  });
});

describe("findTerms", () => {
  it("matches every block with the given index, keeping block indexes", () => {
    const blocks = [block("Bộ Công Thương", 0), block("không có", 1), block("UBND tỉnh", 2)];
    const matches = findTerms(blocks, { articleDate: "2024-01-01", index });
    expect(matches.map((m) => [m.block, m.entryId])).toEqual([
      [0, "moit"],
      [2, "peoples-committee"],
    ]);
  });

  it("costs the same per token whatever the glossary size", () => {
    // A glossary of 20 000 extra entries must not change the result of the small one.
    const big = buildTermIndex([
      ...GLOSSARY,
      ...Array.from({ length: 20_000 }, (_, i) =>
        entry({ id: `x${i}`, vi: `mục thử ${i} số`, en: `item ${i}` }),
      ),
    ]);
    const text = "Bộ Công Thương và mục thử 42 số";
    expect(matchTerms(big, block(text), { articleDate: null }).map((m) => m.entryId)).toEqual([
      "moit",
      "x42",
    ]);
  });
});

describe("matchTerms: document symbols", () => {
  it("does not read the parts of a document symbol as abbreviations", () => {
    const symbols = buildTermIndex([
      entry({
        id: "resolution",
        vi: "Nghị quyết",
        en: "Resolution",
        category: "doc-type",
        abbr: ["NQ"],
      }),
    ]);
    const run = (text: string) =>
      matchTerms(symbols, block(text), { articleDate: null }).map((m) => m.text);
    expect(run("Nghị quyết số 01/NQ-CP")).toEqual(["Nghị quyết"]);
    expect(run("theo NQ 01 và NQ-CP")).toEqual(["NQ"]);
    expect(run("các NQ / chỉ thị")).toEqual(["NQ"]);
  });
});

describe.skipIf(corpusSkipReason() !== null)(
  "findTerms on real articles (product glossary)",
  () => {
    const articles = [seedArticle(), ...devArticles()].filter((a) => a.text);
    const blocksOf = (text: string): TextBlock[] =>
      text
        .split(/\n\s*\n/)
        .map((t) => t.trim())
        .filter(Boolean)
        .map((t, i) => block(t, i));

    it("reports verbatim, non-overlapping spans in reading order", () => {
      for (const article of articles) {
        const blocks = blocksOf(article.text);
        const matches = findTerms(blocks, { articleDate: "2024-07-12" });
        expect(matches.length).toBeGreaterThan(0);
        for (const [k, m] of matches.entries()) {
          expect(blocks[m.block]?.text.slice(m.start, m.end)).toBe(m.text);
          const prev = matches[k - 1];
          if (prev && prev.block === m.block) expect(m.start).toBeGreaterThanOrEqual(prev.end);
        }
      }
    });

    it("finds the same terms in the NFD and old-tone-placement renderings of an article", () => {
      const oldStyle = (text: string) =>
        text
          .replace(/hóa/g, "hoá")
          .replace(/Hóa/g, "Hoá")
          .replace(/ủy/g, "uỷ")
          .replace(/Ủy/g, "Uỷ");
      for (const article of articles) {
        const nfc = findTerms(blocksOf(article.text), { articleDate: "2024-07-12" });
        for (const variant of [article.text.normalize("NFD"), oldStyle(article.text)]) {
          const blocks = blocksOf(variant);
          const found = findTerms(blocks, { articleDate: "2024-07-12" });
          expect(found.map((m) => m.entryId)).toEqual(nfc.map((m) => m.entryId));
          for (const m of found) expect(blocks[m.block]?.text.slice(m.start, m.end)).toBe(m.text);
        }
      }
    });

    it("reads the deputy minister's name in the seed article", () => {
      const matches = findTerms(blocksOf(seedArticle().text), { articleDate: "2024-07-12" });
      const people = matches.filter((m) => m.person);
      expect(people.length).toBeGreaterThan(0);
      for (const m of people) expect(m.person?.ascii).toBe("Nguyen Sinh Nhat Tan");
      expect(people.some((m) => m.en === "Deputy Minister Nguyen Sinh Nhat Tan")).toBe(true);
    });
  },
);

describe("notes on renamed bodies", () => {
  it("tells the reader what an old name became, at the article's date", () => {
    const block = {
      index: 0,
      kind: "paragraph" as const,
      text: "Tổng cục Quản lý thị trường kiểm tra hàng hóa.",
    };
    const [after] = findTerms([block], { articleDate: "2026-01-10" });
    expect(after?.vi).toBe("Tổng cục Quản lý thị trường");
    expect(after?.note).toMatch(/Name used until 2025-02-28; now /);
    const [before] = findTerms([block], { articleDate: "2024-01-10" });
    expect(before?.note).not.toMatch(/Name used until/);
  });
});
