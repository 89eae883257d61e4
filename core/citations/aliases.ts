/**
 * Popular short names of documents that articles cite without a number ("Nghị quyết 57",
 * "Quy hoạch điện VIII", "Luật Giá"). Small on purpose: numbered documents are read from their
 * numbers; this table only covers names a reader cannot decode alone.
 *
 * Sources: the glossary reference (glossary-reference.tsv, rows "Nghị quyết 57-NQ/TW" …,
 * "Quy hoạch phát triển điện lực quốc gia …", "Luật Điện lực") and the language notes §1.3;
 * English law titles as in the official English translations published by the Government's
 * legal portals (vbpl.vn, luatvietnam.vn, thuvienphapluat.vn).
 */
import type { CitationType } from "../types";

export interface DocumentAlias {
  /** Written forms, NFC; matched with either case on the first letter of each word. */
  readonly names: readonly string[];
  readonly docType: CitationType;
  readonly number: string | null;
  readonly symbol: string | null;
  readonly year: number | null;
  readonly issuer: string | null;
  readonly issuerName: string | null;
  readonly date: string | null;
  readonly en: string;
}

const party = (no: string, en: string, date: string | null = null): DocumentAlias => ({
  names: [`Nghị quyết ${no}`, `NQ ${no}`],
  docType: "resolution",
  number: no,
  symbol: `${no}-NQ/TW`,
  year: date ? Number(date.slice(0, 4)) : null,
  issuer: "TW",
  issuerName: "the Politburo",
  date,
  en: `Politburo Resolution No. ${no}-NQ/TW ${en}`,
});

const law = (names: readonly string[], en: string): DocumentAlias => ({
  names,
  docType: "law",
  number: null,
  symbol: null,
  year: null,
  // Name-only mentions do not say which law version (and so which term's Assembly) is meant.
  issuer: null,
  issuerName: null,
  date: null,
  en,
});

export const DOCUMENT_ALIASES: readonly DocumentAlias[] = [
  party(
    "57",
    "on breakthroughs in science, technology, innovation and national digital transformation",
    "2024-12-22",
  ),
  party("70", "on ensuring national energy security to 2030, with a vision to 2045"),
  party(
    "55",
    "on the orientation of Vietnam's national energy development strategy to 2030, with a vision to 2045",
  ),
  party("68", "on private economic development"),
  party("59", "on international integration in the new situation"),
  party("66", "on law-making and enforcement"),
  {
    names: ["Kết luận 76"],
    docType: "conclusion",
    number: "76",
    symbol: "76-KL/TW",
    year: 2024,
    issuer: "TW",
    issuerName: "the Politburo",
    date: "2024-04-24",
    en: "Politburo Conclusion No. 76-KL/TW, 24 April 2024",
  },
  {
    names: ["Chỉ thị 13"],
    docType: "directive",
    number: "13",
    symbol: "13/CT-TTg",
    year: 2025,
    issuer: "TTg",
    issuerName: "the Prime Minister",
    date: "2025-05-17",
    en: "Directive No. 13/CT-TTg of the Prime Minister, 17 May 2025, on the fight against smuggling, trade fraud and counterfeit goods",
  },
  {
    names: ["Đề án 06"],
    docType: "other",
    number: "06",
    symbol: null,
    year: null,
    issuer: "TTg",
    issuerName: "the Prime Minister",
    date: null,
    en: "Project 06 (resident data, e-identification and e-authentication)",
  },
  {
    names: ["Quy hoạch điện VIII điều chỉnh", "QHĐ VIII điều chỉnh"],
    docType: "decision",
    number: "768",
    symbol: "768/QĐ-TTg",
    year: null,
    issuer: "TTg",
    issuerName: "the Prime Minister",
    date: null,
    en: "Revised Power Development Plan VIII (Decision No. 768/QD-TTg)",
  },
  {
    names: [
      "Quy hoạch điện VIII",
      "Quy hoạch điện 8",
      "Quy hoạch điện lực VIII",
      "QHĐ VIII",
      "QHĐ8",
    ],
    docType: "decision",
    number: "500",
    symbol: "500/QĐ-TTg",
    year: 2023,
    issuer: "TTg",
    issuerName: "the Prime Minister",
    date: "2023-05-15",
    en: "Power Development Plan VIII (PDP8, Decision No. 500/QD-TTg of the Prime Minister, 15 May 2023)",
  },
  law(["Luật Điện lực"], "Electricity Law"),
  law(
    ["Luật Sử dụng năng lượng tiết kiệm và hiệu quả"],
    "Law on Economical and Efficient Use of Energy",
  ),
  law(["Luật Quản lý ngoại thương"], "Law on Foreign Trade Management"),
  law(["Luật Thương mại"], "Commercial Law"),
  law(["Luật Giá"], "Law on Prices"),
  law(["Luật Thuế giá trị gia tăng", "Luật Thuế GTGT"], "Law on Value-Added Tax"),
  law(["Luật Địa chất và Khoáng sản"], "Law on Geology and Minerals"),
  law(["Luật Khoáng sản"], "Law on Minerals"),
  law(["Luật Cạnh tranh"], "Competition Law"),
  law(["Luật Bảo vệ quyền lợi người tiêu dùng"], "Law on Protection of Consumer Rights"),
  law(["Luật Quản lý thuế"], "Law on Tax Administration"),
  law(["Luật Thuế xuất khẩu, thuế nhập khẩu"], "Law on Export and Import Duties"),
  law(["Luật Hải quan"], "Customs Law"),
  law(["Luật Hóa chất"], "Law on Chemicals"),
  law(["Luật Đầu tư"], "Law on Investment"),
  law(["Luật Doanh nghiệp"], "Law on Enterprises"),
  law(["Luật Giao dịch điện tử"], "Law on E-Transactions"),
  law(["Luật Thương mại điện tử"], "Law on E-Commerce"),
  law(["Luật Đất đai"], "Land Law"),
  law(["Luật Bảo vệ môi trường"], "Law on Environmental Protection"),
  law(["Luật Dầu khí"], "Petroleum Law"),
  law(["Luật Chất lượng sản phẩm, hàng hóa"], "Law on Product and Goods Quality"),
  law(["Luật Ban hành văn bản quy phạm pháp luật"], "Law on Promulgation of Legal Documents"),
];
