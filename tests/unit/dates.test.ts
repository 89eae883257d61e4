import { describe, expect, it } from "vitest";
import { findCitations } from "../../core/citations";
import { findDates } from "../../core/dates";
import type { DateMatch, TextBlock } from "../../core/types";
import { corpusSkipReason, devArticles, seedArticle } from "../corpus";

const ARTICLE_DATE = "2024-07-12T10:30:00+07:00";

function dates(text: string, articleDate: string | null = ARTICLE_DATE): DateMatch[] {
  const block: TextBlock = { index: 1, kind: "paragraph", text };
  const found = findDates(block, articleDate);
  for (const d of found) expect(text.slice(d.start, d.end)).toBe(d.text);
  return found;
}

type Expected = Partial<Omit<DateMatch, "type" | "block" | "start" | "end">>;

/** Sentences written for these tests; each holds one date or period. */
const FORMS: readonly (readonly [string, Expected])[] = [
  [
    "Cuộc họp diễn ra ngày 5/1/2024 tại Hà Nội.",
    {
      text: "ngày 5/1/2024",
      dateKind: "day",
      from: "2024-01-05",
      to: "2024-01-05",
      en: "5 January 2024",
    },
  ],
  [
    "Hồ sơ nộp đủ 05/01/2024 theo quy định.",
    { text: "05/01/2024", from: "2024-01-05", en: "5 January 2024" },
  ],
  [
    "Văn bản ký ngày 05 tháng 01 năm 2024 tại trụ sở.",
    { text: "ngày 05 tháng 01 năm 2024", from: "2024-01-05" },
  ],
  ["Hội nghị khai mạc ngày 22.9.2025 ở Đà Nẵng.", { text: "ngày 22.9.2025", from: "2025-09-22" }],
  ["Văn bản ghi ngày 01-10-1997 theo kiểu cũ.", { from: "1997-10-01", en: "1 October 1997" }],
  [
    "Đoàn công tác làm việc ngày 5/1 với tỉnh.",
    { text: "ngày 5/1", dateKind: "day", from: "2024-01-05", en: "5 January 2024" },
  ],
  ["Sáng 26/8, Bộ trưởng chủ trì cuộc họp.", { text: "Sáng 26/8", from: "2024-08-26" }],
  ["Sàn giảm giá vào chủ nhật (13/10) vừa qua.", { text: "13/10", from: "2024-10-13" }],
  [
    "Sản lượng tháng 7/2024 tăng mạnh.",
    {
      text: "tháng 7/2024",
      dateKind: "month",
      from: "2024-07-01",
      to: "2024-07-31",
      en: "July 2024",
    },
  ],
  [
    "Sản lượng tháng 7 năm 2024 tăng mạnh.",
    { text: "tháng 7 năm 2024", from: "2024-07-01", to: "2024-07-31" },
  ],
  [
    "Dự án khởi công tháng 1-2024 như kế hoạch.",
    { text: "tháng 1-2024", from: "2024-01-01", to: "2024-01-31" },
  ],
  [
    "Giá điện điều chỉnh trong tháng 12.",
    { text: "tháng 12", dateKind: "month", from: "2024-12-01", to: "2024-12-31", deadline: false },
  ],
  [
    "Kết quả 6 tháng đầu năm 2024 khả quan.",
    {
      text: "6 tháng đầu năm 2024",
      dateKind: "half",
      from: "2024-01-01",
      to: "2024-06-30",
      en: "the first six months of 2024",
    },
  ],
  [
    "Nhiệm vụ 6 tháng cuối năm rất nặng nề.",
    {
      text: "6 tháng cuối năm",
      dateKind: "half",
      from: "2024-07-01",
      to: "2024-12-31",
      en: "the last six months of 2024",
    },
  ],
  [
    "Kim ngạch 9 tháng đầu năm 2023 tăng.",
    {
      dateKind: "period",
      from: "2023-01-01",
      to: "2023-09-30",
      en: "the first nine months of 2023",
    },
  ],
  [
    "Nửa đầu năm nay sức mua tăng.",
    { text: "Nửa đầu năm nay", dateKind: "half", from: "2024-01-01", to: "2024-06-30" },
  ],
  [
    "Dự kiến hoàn thành trong quý II/2025.",
    {
      text: "quý II/2025",
      dateKind: "quarter",
      from: "2025-04-01",
      to: "2025-06-30",
      en: "Q2 2025 (the second quarter of 2025)",
    },
  ],
  [
    "Dự kiến hoàn thành trong quý 2 năm 2025.",
    { text: "quý 2 năm 2025", from: "2025-04-01", to: "2025-06-30" },
  ],
  ["Doanh thu Quý IV tăng.", { text: "Quý IV", from: "2024-10-01", to: "2024-12-31" }],
  [
    "Kế hoạch năm 2024 đã hoàn thành.",
    { text: "năm 2024", dateKind: "year", from: "2024-01-01", to: "2024-12-31", en: "2024" },
  ],
  [
    "Năm ngoái xuất khẩu giảm.",
    {
      text: "Năm ngoái",
      dateKind: "relative",
      from: "2023-01-01",
      to: "2023-12-31",
      en: "last year (2023)",
    },
  ],
  [
    "Chiến lược giai đoạn 2021-2025 đã khép lại.",
    {
      text: "giai đoạn 2021-2025",
      dateKind: "period",
      from: "2021-01-01",
      to: "2025-12-31",
      en: "the period 2021–2025",
    },
  ],
  [
    "Kế hoạch 5 năm 2021 – 2025 hoàn thành.",
    { text: "2021 – 2025", dateKind: "period", en: "the period 2021–2025" },
  ],
  [
    "Quy hoạch thời kỳ 2021-2030, tầm nhìn đến năm 2050 được phê duyệt.",
    {
      text: "thời kỳ 2021-2030, tầm nhìn đến năm 2050",
      dateKind: "period",
      from: "2021-01-01",
      to: "2030-12-31",
      en: "the period 2021–2030, with a vision to 2050",
    },
  ],
  [
    "Phấn đấu đến năm 2030 đạt mục tiêu.",
    { text: "đến năm 2030", from: null, to: "2030-12-31", en: "by 2030", deadline: false },
  ],
  [
    "Các tỉnh báo cáo trước ngày 15/12/2024.",
    {
      text: "trước ngày 15/12/2024",
      from: "2024-12-15",
      deadline: true,
      en: "before 15 December 2024",
    },
  ],
  [
    "Gửi kết quả chậm nhất ngày 20/10 về Bộ.",
    {
      text: "chậm nhất ngày 20/10",
      from: "2024-10-20",
      deadline: true,
      en: "no later than 20 October 2024",
    },
  ],
  [
    "Hoàn thành bàn giao đến hết năm 2025.",
    { text: "đến hết năm 2025", deadline: true, to: "2025-12-31" },
  ],
  ["Hạn chót 30/9/2024 phải nộp hồ sơ.", { text: "Hạn chót 30/9/2024", deadline: true }],
  [
    "Trả lương cho người lao động trước Tết Nguyên đán.",
    { text: "trước Tết Nguyên đán", dateKind: "relative", deadline: true, from: "2025-01-29" },
  ],
  [
    "Người dân đón Tết Nguyên đán Giáp Thìn 2024 an toàn.",
    { text: "Tết Nguyên đán Giáp Thìn 2024", from: "2024-02-10", deadline: false },
  ],
];

describe("findDates: forms", () => {
  it.each(FORMS)("%s", (sentence, expected) => {
    const found = dates(sentence);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject(expected);
  });

  it("keeps both ends of a written range", () => {
    const found = dates("Kỷ niệm 42 năm (20/11/1982-20/11/2024) ngày truyền thống.");
    expect(found.map((d) => d.from)).toEqual(["1982-11-20", "2024-11-20"]);
  });

  it("gives no calendar range to a day without year when the article date is unknown", () => {
    expect(dates("Họp ngày 5/1 tại Bộ.", null)[0]).toMatchObject({
      from: null,
      to: null,
      en: "5 January",
    });
  });

  it("dates Tết by the next Lunar New Year after the article", () => {
    const found = dates("Doanh nghiệp trả đủ lương thưởng trước Tết.", "2025-12-20");
    expect(found[0]).toMatchObject({ text: "trước Tết", from: "2026-02-17", deadline: true });
  });

  it("tolerates NFD text, NBSP and en-dashes", () => {
    const text = "Giai\u00a0đoạn 2026 – 2030 và ngày 5/1/2025.".normalize("NFD");
    const found = dates(text);
    expect(found.map((d) => [d.dateKind, d.from])).toEqual([
      ["period", "2026-01-01"],
      ["day", "2025-01-05"],
    ]);
  });
});

describe("findDates: not dates", () => {
  const NOT_DATES = [
    "Ngày 31/2/2024 không tồn tại trong lịch.",
    "Giá 60.000 đồng/kg, tăng 12,5%.",
    "Tỷ lệ 1/2 số hộ và 3/4 số xã.",
    "Gọi số 0912.345.678 hoặc 024.3825.1234.",
    "Thực hiện Nghị định 146/2025/NĐ-CP và Chỉ thị 01/CT-TTg.",
    "Nghị quyết 66.7/2025/NQ-CP và Quyết định 12/2024/QĐ-TTg.",
    "Tạo quýt hình ngựa, quý sau cao hơn quý trước, tháng sau cao hơn tháng trước.",
    "Nhận thưởng Tết và vui xuân.",
    "Ngày 13/13 là ngày sai.",
  ];
  it.each(NOT_DATES)("no date in %s", (sentence) => {
    expect(dates(sentence)).toEqual([]);
  });
});

const skip = corpusSkipReason();
describe.skipIf(skip !== null)("findDates on the real-article corpus", () => {
  it("finds the labelled citation dates and no date inside a document number", () => {
    for (const article of [seedArticle(), ...devArticles()]) {
      const blocks = article.text.split(/\n\s*\n/);
      blocks.forEach((text, index) => {
        const block: TextBlock = { index, kind: "paragraph", text };
        const found = findDates(block, null);
        for (const c of findCitations(block, null)) {
          const symbol = c.symbol;
          if (!symbol) continue;
          const symbolAt = text.indexOf(symbol, c.start);
          const inside = found.filter(
            (d) => d.start < symbolAt + symbol.length && d.end > symbolAt,
          );
          expect(inside).toEqual([]);
          if (c.date)
            expect(
              found.some((d) => d.from === c.date && d.start >= c.start && d.end <= c.end),
            ).toBe(true);
        }
      });
      for (const gold of article.gold.citations ?? []) {
        if (!gold.date) continue;
        const all = blocks.flatMap((text, index) =>
          findDates({ index, kind: "paragraph", text }, null),
        );
        expect(all.some((d) => d.from === gold.date)).toBe(true);
      }
    }
  });
});
