/**
 * An Analysis written for the popup tests: invented sentences in the style of ministry news, with
 * offsets computed from the text so the fixture stays consistent when the wording changes.
 */
import type {
  Analysis,
  CitationMatch,
  DateMatch,
  Directive,
  TermMatch,
  TextBlock,
} from "../../core/types";

export const TITLE = "Bộ Công Thương yêu cầu đẩy nhanh dự án điện mặt trời mái nhà";
export const PARAGRAPH =
  "Tại hội nghị, Bộ Công Thương yêu cầu Ủy ban nhân dân các tỉnh hoàn thành báo cáo trước ngày 30/6/2025. " +
  "Bộ Công Thương cam kết hỗ trợ doanh nghiệp tháo gỡ khó khăn về thủ tục. " +
  "Thủ tướng giao Bộ Tài chính rà soát Nghị định 15/2024/NĐ-CP trong quý III.";
export const URL = "https://congthuong.vn/bo-cong-thuong-yeu-cau-day-nhanh-du-an-900123.html";

export const SENTENCES = [
  "Tại hội nghị, Bộ Công Thương yêu cầu Ủy ban nhân dân các tỉnh hoàn thành báo cáo trước ngày 30/6/2025.",
  "Bộ Công Thương cam kết hỗ trợ doanh nghiệp tháo gỡ khó khăn về thủ tục.",
  "Thủ tướng giao Bộ Tài chính rà soát Nghị định 15/2024/NĐ-CP trong quý III.",
] as const;

export const blocks: TextBlock[] = [
  { index: 0, kind: "title", text: TITLE },
  { index: 1, kind: "paragraph", text: PARAGRAPH },
];

function span(block: number, text: string, from = 0) {
  const source = blocks[block]?.text ?? "";
  const start = source.indexOf(text, from);
  if (start < 0) throw new Error(`fixture text not found: ${text}`);
  return { block, start, end: start + text.length };
}

const moit = { text: "Bộ Công Thương", en: "Ministry of Industry and Trade" };
const provinces = { text: "Ủy ban nhân dân các tỉnh", en: "provincial People's Committees" };
const finance = { text: "Bộ Tài chính", en: "Ministry of Finance" };
const pm = { text: "Thủ tướng", en: "the Prime Minister" };

function term(block: number, text: string, en: string, entryId: string, from = 0): TermMatch {
  return {
    type: "term",
    ...span(block, text, from),
    text,
    entryId,
    vi: text,
    en,
    category: "institution",
    note: "",
    expansion: null,
    person: null,
    nested: [],
  };
}

export const deadline: DateMatch = {
  type: "date",
  ...span(1, "trước ngày 30/6/2025"),
  text: "trước ngày 30/6/2025",
  dateKind: "day",
  from: "2025-06-30",
  to: "2025-06-30",
  en: "by 30 June 2025",
  deadline: true,
};

export const citation: CitationMatch = {
  type: "citation",
  ...span(1, "Nghị định 15/2024/NĐ-CP"),
  text: "Nghị định 15/2024/NĐ-CP",
  docType: "decree",
  number: "15",
  symbol: "15/2024/NĐ-CP",
  year: 2024,
  issuer: "CP",
  issuerName: "the Government",
  date: null,
  en: "Decree No. 15/2024/NĐ-CP of the Government",
};

export const directives: Directive[] = [
  {
    type: "directive",
    ...span(1, SENTENCES[0]),
    text: SENTENCES[0],
    kind: "directive",
    force: "required",
    issuer: moit,
    addressees: [provinces],
    deadline,
    citations: [],
    gloss_en: "Provincial People's Committees — required — to finish their reports by 30 June 2025",
  },
  {
    type: "directive",
    ...span(1, SENTENCES[1]),
    text: SENTENCES[1],
    kind: "commitment",
    force: "pledged",
    issuer: moit,
    addressees: [],
    deadline: null,
    citations: [],
    gloss_en: "Ministry of Industry and Trade — pledged — to help businesses with procedures",
  },
  {
    type: "directive",
    ...span(1, SENTENCES[2]),
    text: SENTENCES[2],
    kind: "directive",
    force: "assigned",
    issuer: pm,
    addressees: [finance],
    deadline: null,
    citations: ["Nghị định 15/2024/NĐ-CP"],
    gloss_en: "Ministry of Finance — assigned — to review Decree No. 15/2024/NĐ-CP in Q3",
  },
];

export const analysis: Analysis = {
  meta: { url: URL, title: TITLE, lead: "", published: "2025-06-02T09:15:00+07:00" },
  blocks,
  terms: [
    term(0, "Bộ Công Thương", moit.en, "bo-cong-thuong"),
    term(1, "Bộ Công Thương", moit.en, "bo-cong-thuong"),
    term(1, "Bộ Công Thương", moit.en, "bo-cong-thuong", 40),
    term(1, "Bộ Tài chính", finance.en, "bo-tai-chinh"),
  ],
  citations: [citation],
  dates: [deadline],
  directives,
};

/** The same article after an edit: one sentence reworded slightly, one removed. */
export function editedAnalysis(): Analysis {
  const edited =
    "Tại hội nghị, Bộ Công Thương yêu cầu Ủy ban nhân dân các tỉnh hoàn thành báo cáo trước ngày 30/6/2025 . " +
    "Thủ tướng giao Bộ Tài chính rà soát Nghị định 15/2024/NĐ-CP trong quý III năm nay.";
  const first =
    "Tại hội nghị, Bộ Công Thương yêu cầu Ủy ban nhân dân các tỉnh hoàn thành báo cáo trước ngày 30/6/2025 .";
  const third =
    "Thủ tướng giao Bộ Tài chính rà soát Nghị định 15/2024/NĐ-CP trong quý III năm nay.";
  const editedBlocks: TextBlock[] = [
    blocks[0] as TextBlock,
    { index: 1, kind: "paragraph", text: edited },
  ];
  const at = (s: string) => ({
    block: 1,
    start: edited.indexOf(s),
    end: edited.indexOf(s) + s.length,
  });
  return {
    ...analysis,
    blocks: editedBlocks,
    terms: [],
    citations: [],
    dates: [],
    directives: [
      { ...(directives[0] as Directive), ...at(first), text: first },
      { ...(directives[2] as Directive), ...at(third), text: third },
    ],
  };
}

/** The value, or a test failure when it is missing. */
export function must<T>(value: T | null | undefined): T {
  if (value === null || value === undefined) throw new Error("expected a value");
  return value;
}

/** The fixture's directive number `i`. */
export function directiveAt(i: number): Directive {
  return must(directives[i]);
}
