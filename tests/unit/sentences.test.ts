import { describe, expect, it } from "vitest";
import { splitSentences } from "../../core/sentences";

const texts = (s: string) => splitSentences(s).map((x) => x.text);

describe("splitSentences", () => {
  it("splits at full stops followed by a capital and keeps offsets into the block", () => {
    const block = "Bộ họp sáng nay. Các sở báo cáo kết quả!  Hội nghị bế mạc?";
    const parts = splitSentences(block);
    expect(parts.map((p) => p.text)).toEqual([
      "Bộ họp sáng nay.",
      "Các sở báo cáo kết quả!",
      "Hội nghị bế mạc?",
    ]);
    for (const p of parts) expect(block.slice(p.start, p.end)).toBe(p.text);
  });

  it("survives abbreviations and initials", () => {
    expect(
      texts("Đoàn đến TP. HCM hôm qua. PGS.TS. Lê Văn A và ThS. Trần B, Th.S C dự họp."),
    ).toEqual(["Đoàn đến TP. HCM hôm qua.", "PGS.TS. Lê Văn A và ThS. Trần B, Th.S C dự họp."]);
    expect(texts("Bài: N. V. An. Ảnh: T. Hà")).toEqual(["Bài: N. V. An.", "Ảnh: T. Hà"]);
  });

  it("does not split dates, document numbers and decimals", () => {
    const one =
      "Ngày 5/1/2024, Nghị quyết 01/NQ-CP và Nghị định 146/2025/NĐ-CP nêu mức tăng 3,5% với 1.234,5 tỷ đồng.";
    expect(texts(one)).toEqual([one]);
    expect(texts("Giá tăng 20.11 lần. Sau đó giảm.")).toEqual([
      "Giá tăng 20.11 lần.",
      "Sau đó giảm.",
    ]);
  });

  it("ends a sentence inside a closing quote, curly or straight", () => {
    expect(texts("Ông nói: “Phải làm ngay.” Sau đó họp.")).toEqual([
      "Ông nói: “Phải làm ngay.”",
      "Sau đó họp.",
    ]);
    expect(texts('Bà nói "Xong rồi." Tiếp theo là họp.')).toEqual([
      'Bà nói "Xong rồi."',
      "Tiếp theo là họp.",
    ]);
    const attributed = "“Các chỉ số đều tăng”, Thứ trưởng cho hay.";
    expect(texts(attributed)).toEqual([attributed]);
  });

  it("splits at ellipses only before a new sentence", () => {
    expect(texts("Kinh tế số, xã hội số… Trong bối cảnh đó, ngành tăng tốc.")).toEqual([
      "Kinh tế số, xã hội số…",
      "Trong bối cảnh đó, ngành tăng tốc.",
    ]);
    const inline = "Chống hàng giả, hàng nhái… trên mọi kênh... và hơn nữa.";
    expect(texts(inline)).toEqual([inline]);
  });

  it("splits where a crawler dropped the space, but not inside TP.HCM or a domain", () => {
    expect(texts("Dự án đã hoàn thành.Thứ trưởng đến TP.HCM rồi về congthuong.vn nhé")).toEqual([
      "Dự án đã hoàn thành.",
      "Thứ trưởng đến TP.HCM rồi về congthuong.vn nhé",
    ]);
    expect(texts("Năm 2024.Bộ họp.")).toEqual(["Năm 2024.", "Bộ họp."]);
  });

  it("segments a long paragraph that lost its breaks", () => {
    const sentences = Array.from({ length: 40 }, (_, i) => `Câu thứ ${i + 1} nói về thị trường.`);
    expect(texts(sentences.join(" "))).toEqual(sentences);
  });

  it("treats newlines as hard breaks and ignores empty text", () => {
    expect(texts("Tiêu đề\nĐoạn một.")).toEqual(["Tiêu đề", "Đoạn một."]);
    expect(splitSentences("   ")).toEqual([]);
  });
});
