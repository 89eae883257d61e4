import { describe, expect, it } from "vitest";
import { findCitations } from "../../core/citations";
import type { CitationMatch, TextBlock } from "../../core/types";
import { corpusSkipReason, devArticles, seedArticle } from "../corpus";

const ARTICLE_DATE = "2025-03-10";

function cite(text: string, articleDate: string | null = ARTICLE_DATE): CitationMatch[] {
  const block: TextBlock = { index: 3, kind: "paragraph", text };
  const found = findCitations(block, articleDate);
  for (const c of found) {
    // Offsets always point into the original text.
    expect(text.slice(c.start, c.end)).toBe(c.text);
    expect(c.block).toBe(3);
  }
  return found;
}

type Expected = Partial<Omit<CitationMatch, "type" | "block" | "start" | "end">>;

/** Sentences written for these tests; each cites one document. */
const SHAPES: readonly (readonly [string, string, Expected])[] = [
  [
    "state document with year",
    "Doanh nghiệp thực hiện theo Nghị định số 146/2025/NĐ-CP về quản lý thị trường.",
    {
      text: "Nghị định số 146/2025/NĐ-CP",
      docType: "decree",
      number: "146",
      symbol: "146/2025/NĐ-CP",
      year: 2025,
      issuer: "CP",
      issuerName: "the Government",
      date: null,
      en: "Decree No. 146/2025/ND-CP of the Government",
    },
  ],
  [
    "resolution with date and issuer",
    "Các bộ triển khai Nghị quyết số 02/NQ-CP ngày 5/1/2024 của Chính phủ trong năm nay.",
    {
      text: "Nghị quyết số 02/NQ-CP ngày 5/1/2024 của Chính phủ",
      docType: "resolution",
      number: "02",
      symbol: "02/NQ-CP",
      year: 2024,
      issuer: "CP",
      date: "2024-01-05",
      en: "Resolution No. 02/NQ-CP of the Government, 5 January 2024",
    },
  ],
  [
    "administrative number without year",
    "Tỉnh đã quán triệt Chỉ thị 12/CT-TTg tới các sở.",
    {
      text: "Chỉ thị 12/CT-TTg",
      docType: "directive",
      number: "12",
      issuer: "TTg",
      issuerName: "the Prime Minister",
    },
  ],
  [
    "circular with formal date",
    "Thông tư số 38/2025/TT-BCT ngày 05 tháng 01 năm 2025 của Bộ Công Thương có hiệu lực.",
    {
      text: "Thông tư số 38/2025/TT-BCT ngày 05 tháng 01 năm 2025 của Bộ Công Thương",
      docType: "circular",
      year: 2025,
      issuer: "BCT",
      issuerName: "the Ministry of Industry and Trade",
      date: "2025-01-05",
      en: "Circular No. 38/2025/TT-BCT of the Ministry of Industry and Trade, 5 January 2025",
    },
  ],
  [
    "National Assembly law",
    "Luật Điện lực số 61/2024/QH15 được thông qua tại kỳ họp.",
    {
      text: "Luật Điện lực số 61/2024/QH15",
      docType: "law",
      number: "61",
      symbol: "61/2024/QH15",
      year: 2024,
      issuer: "QH15",
      issuerName: "the National Assembly (15th term)",
    },
  ],
  [
    "official letter of a ministry",
    "Bộ đã có Công văn số 3384/BCT-CTĐP gửi các địa phương.",
    {
      docType: "official-letter",
      number: "3384",
      symbol: "3384/BCT-CTĐP",
      issuer: "BCT",
      en: "Official Letter No. 3384/BCT-CTDP of the Ministry of Industry and Trade",
    },
  ],
  [
    "letter number without a type word",
    "Theo văn bản 1234/TTg-KTTH, các bộ báo cáo kết quả.",
    { text: "văn bản 1234/TTg-KTTH", docType: "official-letter", issuer: "TTg" },
  ],
  [
    "Party resolution",
    "Thực hiện Nghị quyết 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị, ngành đã hành động.",
    {
      text: "Nghị quyết 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị",
      docType: "resolution",
      number: "57",
      symbol: "57-NQ/TW",
      issuer: "TW",
      issuerName: "the Politburo",
      date: "2024-12-22",
    },
  ],
  [
    "Party conclusion",
    "Theo tinh thần Kết luận số 41-KL/TW, các cấp ủy rà soát.",
    { text: "Kết luận số 41-KL/TW", docType: "conclusion", number: "41", issuer: "TW" },
  ],
  [
    "Party regulation (QĐ read from the word before)",
    "Quy định số 230-QĐ/TW nêu rõ trách nhiệm.",
    { docType: "regulation", symbol: "230-QĐ/TW" },
  ],
  [
    "joint circular",
    "Thông tư liên tịch số 47/2011/TTLT-BCT-BTC hết hiệu lực.",
    {
      docType: "joint-circular",
      issuer: "BCT-BTC",
      issuerName: "the Ministry of Industry and Trade and the Ministry of Finance",
      en: "Joint Circular No. 47/2011/TTLT-BCT-BTC of the Ministry of Industry and Trade and the Ministry of Finance",
    },
  ],
  [
    "dotted number",
    "Chính phủ ban hành Nghị quyết 66.7/2025/NQ-CP về thủ tục.",
    { number: "66.7", symbol: "66.7/2025/NQ-CP", year: 2025, docType: "resolution" },
  ],
  [
    "abbreviated type word with number and year",
    "Hướng dẫn thi hành NĐ 188/2025 đang được soạn thảo.",
    { text: "NĐ 188/2025", docType: "decree", number: "188", year: 2025 },
  ],
  [
    "number-only dispatch with date",
    "Thủ tướng vừa ký Công điện số 07 ngày 1/2/2026, yêu cầu các bộ vào cuộc.",
    {
      text: "Công điện số 07 ngày 1/2/2026",
      docType: "official-dispatch",
      number: "07",
      symbol: null,
      year: 2026,
      date: "2026-02-01",
      en: "Official Dispatch No. 07, 1 February 2026",
    },
  ],
  [
    "number-only dispatch with issuer after",
    "Công điện số 07 ngày 1/2/2026 của Thủ tướng Chính phủ yêu cầu bình ổn giá.",
    {
      text: "Công điện số 07 ngày 1/2/2026 của Thủ tướng Chính phủ",
      issuer: "TTg",
      en: "Official Dispatch No. 07 of the Prime Minister, 1 February 2026",
    },
  ],
  [
    "notice of the Government Office",
    "Nội dung nêu tại Thông báo số 337/TB-VPCP ngày 21/9/2020 của Văn phòng Chính phủ.",
    { docType: "notice", issuer: "VPCP", issuerName: "the Government Office", date: "2020-09-21" },
  ],
  [
    "day without year takes the article's year, or the year before when it would be later",
    "Quyết định số 1234/QĐ-UBND ngày 3/12 của UBND tỉnh Khánh Hòa được công bố.",
    {
      text: "Quyết định số 1234/QĐ-UBND ngày 3/12 của UBND tỉnh Khánh Hòa",
      docType: "decision",
      issuer: "UBND",
      date: "2024-12-03",
      issuerName: "the People's Committee of Khánh Hòa Province",
    },
  ],
  [
    "popular short name of a Party resolution",
    "Doanh nghiệp kỳ vọng vào Nghị quyết 57 về khoa học công nghệ.",
    {
      text: "Nghị quyết 57",
      docType: "resolution",
      number: "57",
      symbol: "57-NQ/TW",
      issuer: "TW",
    },
  ],
  [
    "power development plan alias",
    "Các dự án nằm trong Quy hoạch điện VIII đã được rà soát.",
    { text: "Quy hoạch điện VIII", symbol: "500/QĐ-TTg", issuer: "TTg" },
  ],
  [
    "law by its name",
    "Quốc hội sẽ sửa Luật Thương mại trong kỳ họp tới.",
    { text: "Luật Thương mại", docType: "law", number: null, en: "Commercial Law" },
  ],
  [
    "law by a name not in the alias table, with its year",
    "Luật Xuất bản năm 2012 quy định rõ điều này.",
    { text: "Luật Xuất bản năm 2012", docType: "law", year: 2012 },
  ],
];

describe("findCitations: document-number shapes", () => {
  it.each(SHAPES)("%s", (_name, sentence, expected) => {
    const found = cite(sentence, "2025-01-20");
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject(expected);
  });

  it("finds two citations in one sentence and keeps the type word with each", () => {
    const found = cite("Thực hiện Nghị quyết số 01/NQ-CP và Nghị quyết số 02/NQ-CP ngày 5/1/2024.");
    expect(found.map((c) => c.text)).toEqual([
      "Nghị quyết số 01/NQ-CP",
      "Nghị quyết số 02/NQ-CP ngày 5/1/2024",
    ]);
  });

  it("reads the longest alias ('Luật Thương mại điện tử', not 'Luật Thương mại')", () => {
    expect(cite("Dự thảo Luật Thương mại điện tử đang lấy ý kiến.")[0]?.text).toBe(
      "Luật Thương mại điện tử",
    );
  });
});

describe("findCitations: tolerant of how the text is encoded", () => {
  it("matches decomposed (NFD) text and reports original offsets", () => {
    const text = "Theo Nghị quyết số 02/NQ-CP ngày 5/1/2024, các bộ hành động.".normalize("NFD");
    const [c] = cite(text);
    expect(c?.text.normalize("NFC")).toBe("Nghị quyết số 02/NQ-CP ngày 5/1/2024");
    expect(c?.date).toBe("2024-01-05");
  });

  it("reads the Eth look-alike Ð as Đ in the symbol", () => {
    const [c] = cite("Nghị định số 15/2024/NÐ-CP có hiệu lực.");
    expect(c).toMatchObject({
      symbol: "15/2024/NĐ-CP",
      docType: "decree",
      en: "Decree No. 15/2024/ND-CP of the Government",
    });
  });

  it("accepts non-breaking spaces between words", () => {
    const [c] = cite("Nghị\u00a0quyết\u00a0số\u00a001/NQ-CP được ban hành.");
    expect(c).toMatchObject({ text: "Nghị\u00a0quyết\u00a0số\u00a001/NQ-CP", number: "01" });
  });

  it("accepts old-style tone placement in a body's name", () => {
    const [c] = cite("Quyết định số 12/QĐ-UBND ngày 2/3/2024 của Uỷ ban nhân dân tỉnh Bình Định.");
    expect(c?.text.endsWith("Bình Định")).toBe(true);
    expect(c?.issuer).toBe("UBND");
  });
});

describe("findCitations: false positives", () => {
  const NOT_CITATIONS = [
    "Phiên họp diễn ra ngày 5/1/2024 tại Hà Nội.",
    "Giá thịt lợn hơi ở mức 60.000 đồng/kg, tăng 12,5% so với tháng trước.",
    "Khoảng 1/2 số hộ kinh doanh đã đăng ký.",
    "Gọi đường dây nóng 0912.345.678 để phản ánh.",
    "Chúc mừng ngày Nhà giáo Việt Nam 20/11.",
    "Đây là kết luận số học, không phải kết luận số tiền cụ thể.",
    "Ngành thực hiện Kế hoạch 5 năm 2021 - 2025 và Kế hoạch 2024.",
    "Luật sư Trần Văn Minh cho biết như vậy.",
    "Tốc độ 80 km/h, tỷ lệ 3/4 và mạng 4G/5G.",
    "Chương trình 30 nhiệm vụ trọng tâm được giao.",
  ];
  it.each(NOT_CITATIONS)("no citation in %s", (sentence) => {
    expect(cite(sentence)).toEqual([]);
  });
});

describe("findCitations: stays linear on long blocks", () => {
  it("handles a long block in reasonable time", () => {
    const sentence =
      "Theo Nghị quyết số 02/NQ-CP ngày 5/1/2024 của Chính phủ, giá 60.000 đồng/kg. ";
    const text = sentence.repeat(2000);
    const t0 = performance.now();
    const found = cite(text);
    expect(found).toHaveLength(2000);
    expect(performance.now() - t0).toBeLessThan(5000);
  });
});

const skip = corpusSkipReason();
describe.skipIf(skip !== null)("findCitations on the real-article corpus", () => {
  it("finds every labelled citation with its number, issuer and date", () => {
    const articles = [seedArticle(), ...devArticles()];
    let labelled = 0;
    let found = 0;
    for (const article of articles) {
      const blocks = article.text.split(/\n\s*\n/);
      const citations = blocks.flatMap((text, index) =>
        findCitations({ index, kind: "paragraph", text }, null),
      );
      for (const gold of article.gold.citations ?? []) {
        labelled++;
        const hit = citations.find(
          (c) => c.text.includes(gold.quote) || gold.quote.includes(c.text),
        );
        if (!hit) continue;
        expect(hit.number).toBe(gold.number);
        if (gold.issuer) expect(hit.issuer).toBe(gold.issuer);
        if (gold.date) expect(hit.date).toBe(gold.date);
        found++;
      }
    }
    expect(labelled).toBeGreaterThan(0);
    expect(found / labelled).toBeGreaterThanOrEqual(0.9);
  });
});
