import { describe, expect, it } from "vitest";
import { parseTextArticle } from "../../cli/text-article";

// A short article of our own in the corpus text format.
const SAMPLE = [
  "URL: https://congthuong.vn/bo-cong-thuong-hop-ve-xuat-khau-123456.html",
  "DATE: 2024-07-12",
  "SOURCE: written for the tests",
  "",
  "Bộ Công Thương họp bàn về xuất khẩu",
  "",
  "Thứ trưởng đề nghị các Sở Công Thương đẩy mạnh xúc tiến thương mại.",
  "",
  "Kết quả nửa đầu năm",
  "",
  "Ảnh minh họa hội nghị",
  "",
  "Ảnh minh họa hội nghị",
  "",
  "Kim ngạch xuất khẩu tăng   15%\u00a0so với cùng kỳ.",
  "",
  "Nguồn Công Thương: https://congthuong.vn/bo-cong-thuong-hop-ve-xuat-khau-123456.html",
].join("\n");

describe("parseTextArticle", () => {
  it("reads the header, title, lead, sub-heads and paragraphs", () => {
    const article = parseTextArticle(SAMPLE);
    expect(article).not.toBeNull();
    expect(article?.meta).toEqual({
      url: "https://congthuong.vn/bo-cong-thuong-hop-ve-xuat-khau-123456.html",
      title: "Bộ Công Thương họp bàn về xuất khẩu",
      lead: "Thứ trưởng đề nghị các Sở Công Thương đẩy mạnh xúc tiến thương mại.",
      published: "2024-07-12",
    });
    expect(article?.blocks.map((b) => b.kind)).toEqual(["title", "lead", "heading", "paragraph"]);
  });

  it("drops image captions that appear twice in a row and the source line", () => {
    const texts = parseTextArticle(SAMPLE)?.blocks.map((b) => b.text) ?? [];
    expect(texts.some((t) => t.includes("Ảnh minh họa"))).toBe(false);
    expect(texts.some((t) => t.startsWith("Nguồn"))).toBe(false);
  });

  it("collapses white space but keeps the text otherwise verbatim", () => {
    const last = parseTextArticle(SAMPLE)?.blocks.at(-1)?.text;
    expect(last).toBe("Kim ngạch xuất khẩu tăng 15% so với cùng kỳ.");
  });

  it("takes the URL from a source line when there is no header", () => {
    const noHeader = SAMPLE.split("\n").slice(4).join("\n");
    const article = parseTextArticle(noHeader);
    expect(article?.meta.url).toBe(
      "https://congthuong.vn/bo-cong-thuong-hop-ve-xuat-khau-123456.html",
    );
    expect(article?.meta.published).toBeNull();
  });

  it("handles CRLF line ends and a byte-order mark", () => {
    const article = parseTextArticle(`\uFEFF${SAMPLE.replace(/\n/g, "\r\n")}`);
    expect(article?.meta.title).toBe("Bộ Công Thương họp bàn về xuất khẩu");
  });

  it("returns null when there is no body", () => {
    expect(parseTextArticle("")).toBeNull();
    expect(parseTextArticle("URL: https://congthuong.vn/a-123.html\n\nChỉ một dòng")).toBeNull();
  });
});

describe("parseTextArticle on looser sources", () => {
  it("splits a title and lead written on consecutive lines", () => {
    const article = parseTextArticle(
      "Bộ trưởng chủ trì họp giao ban\n(TTX) – Sáng nay Bộ trưởng chủ trì cuộc họp giao ban tháng.\n\nNội dung thứ nhất.",
    );
    expect(article?.meta.title).toBe("Bộ trưởng chủ trì họp giao ban");
    expect(article?.meta.lead).toBe("(TTX) – Sáng nay Bộ trưởng chủ trì cuộc họp giao ban tháng.");
  });

  it("drops lone photo captions after the lead", () => {
    const article = parseTextArticle(
      "Tiêu đề\n\nĐoạn mở đầu.\n\nCán bộ kiểm tra hàng hóa tại chợ. Ảnh: Internet\n\nNội dung chính của bài viết.",
    );
    expect(article?.blocks.map((b) => b.text)).toEqual([
      "Tiêu đề",
      "Đoạn mở đầu.",
      "Nội dung chính của bài viết.",
    ]);
  });
});
