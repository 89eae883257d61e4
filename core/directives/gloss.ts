/**
 * The English line of a directive: "Addressee — force — action", with every recognized term,
 * citation and date in the action replaced by its English in brackets and common task words
 * translated from a small phrase table. Words the table does not know stay in Vietnamese rather
 * than being guessed. Pure.
 */
import type { CitationMatch, DateMatch, TermMatch } from "../types";
import { collapse, isWordChar, phraseAt, phrases } from "./words";

/** Common words of tasks and their English (verbs first: they carry the action). */
const ACTION_EN: Readonly<Record<string, string>> = {
  "triển khai thực hiện": "implement",
  "tổ chức thực hiện": "organise the implementation of",
  "triển khai": "implement",
  "thực hiện": "carry out",
  "tăng cường": "strengthen",
  "đẩy mạnh": "step up",
  "chủ động": "proactively",
  "tập trung": "focus on",
  "tiếp tục": "continue to",
  "chú trọng": "attach importance to",
  "kiểm tra": "inspect",
  "kiểm soát": "control",
  "giám sát": "supervise",
  "theo dõi sát": "closely monitor",
  "theo dõi": "monitor",
  "rà soát": "review",
  "xây dựng": "develop",
  "hoàn thiện": "finalise",
  "phối hợp": "coordinate",
  "báo cáo": "report",
  "xử lý nghiêm": "strictly handle",
  "xử lý": "handle",
  "hướng dẫn": "guide",
  "tổ chức": "organise",
  "bảo đảm": "ensure",
  "đảm bảo": "ensure",
  "nghiên cứu": "study",
  "đánh giá": "assess",
  "tổng hợp": "compile",
  "trả lời": "answer",
  "bám sát": "closely follow",
  "cung cấp": "supply",
  "cung ứng": "supply",
  "giảm bớt": "reduce",
  "giảm thiểu": "minimise",
  "nâng cao": "raise",
  "duy trì": "maintain",
  "mở rộng": "expand",
  "phát triển": "develop",
  "ứng dụng": "apply",
  "khuyến khích": "encourage",
  "chuẩn bị": "prepare",
  "hỗ trợ": "support",
  "quảng bá": "promote",
  "giới thiệu": "introduce",
  "tuyên truyền": "publicise",
  "phổ biến": "disseminate",
  "kết nối": "connect",
  "xúc tiến": "promote",
  "thúc đẩy": "boost",
  "khen thưởng": "reward",
  "phát hiện": "detect",
  "ngăn chặn": "prevent",
  "đấu tranh với": "combat",
  "đấu tranh": "combat",
  "khắc phục": "remedy",
  "ban hành": "issue",
  "sửa đổi": "amend",
  "bổ sung": "supplement",
  "công khai": "publish",
  "cập nhật": "update",
  "tham mưu": "advise",
  "tiếp thu": "take on board",
  "giải trình": "explain",
  "quản lý": "manage",
  "dừng ngay": "immediately stop",
  dừng: "stop",
  "vận hành": "operate",
  "tìm hiểu": "look into",
  "khảo sát": "survey",
  "ký kết": "sign",
  "chú ý": "pay attention to",
  "quan tâm": "pay attention to",
  "tham khảo": "consult",
  "đầu tư": "invest in",
  "đào tạo": "train",
  "ưu tiên": "prioritise",
  "điều chỉnh": "adjust",
  "điều hành": "manage",
  "giữ ổn định": "keep stable",
  "bình ổn": "stabilise",
  "chi trả": "pay",
  "tháo gỡ": "remove obstacles to",
  "giải quyết": "resolve",
  "làm tốt": "do well",
  "kết hợp": "combine",
  "đôn đốc": "urge",
  "khẩn trương": "urgently",
  "kịp thời": "promptly",
  "quyết liệt": "resolutely",
  "nghiêm túc": "seriously",
  "thường xuyên": "regularly",
  "tích cực": "actively",
  "chặt chẽ": "closely",
  "hiệu quả": "effectively",
  "đồng bộ": "in a coordinated way",
  sớm: "soon",
  "không để xảy ra": "must not allow",
  "không để": "must not allow",
  "không được": "must not",
  không: "not",
  "cần thiết": "necessary",
  cần: "need to",
  phải: "must",
  sẽ: "will",
  "có trách nhiệm": "is responsible for",
  "phấn đấu": "strive to",
  "quyết tâm": "is determined to",
  "cam kết": "commits to",
  các: "the",
  những: "the",
  và: "and",
  với: "with",
  cho: "for",
  của: "of",
  trong: "in",
  tại: "at",
  trên: "on",
  để: "to",
  nhằm: "in order to",
  theo: "under",
  về: "on",
  trước: "before",
  "đối với": "for",
  "nhất là": "especially",
  "đặc biệt là": "especially",
  "tình trạng": "situation of",
  "thị trường": "market",
  "hàng giả": "counterfeit goods",
  "hàng nhái": "imitation goods",
  "hàng kém chất lượng": "substandard goods",
  "giá cả": "prices",
  giá: "prices",
  "nguồn cung": "supply",
  "cung cầu": "supply and demand",
  "doanh nghiệp": "businesses",
  "người dân": "the people",
  "người tiêu dùng": "consumers",
  "xăng dầu": "petroleum",
  điện: "electricity",
  "sản xuất": "production",
  "kinh doanh": "business",
  "xuất khẩu": "exports",
  "nhập khẩu": "imports",
  "thương mại điện tử": "e-commerce",
  "thủ tục hành chính": "administrative procedures",
  "cải cách hành chính": "administrative reform",
  "an toàn thực phẩm": "food safety",
  "buôn lậu": "smuggling",
  "gian lận thương mại": "trade fraud",
  "vi phạm": "violations",
  "pháp luật": "law",
  "quy định": "regulations",
  "nhiệm vụ": "tasks",
  "trọng tâm": "key",
  "kế hoạch": "plan",
  "phương án": "plan",
  "chính sách": "policies",
  "cơ chế": "mechanisms",
  "đầy đủ": "fully",
  "rõ ràng": "clearly",
};
const ACTION_PHRASES = phrases(Object.keys(ACTION_EN));

/** The action text with terms, citations and dates replaced by their English in brackets. */
function withGlossedSpans(
  text: string,
  offset: number,
  spans: readonly { start: number; end: number; en: string }[],
): string {
  const inside = spans
    .filter((s) => s.start >= offset && s.end <= offset + text.length)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  let out = "";
  let at = 0;
  for (const s of inside) {
    const from = s.start - offset;
    if (from < at) continue;
    out += `${text.slice(at, from)}\u0001${s.en}\u0002`;
    at = s.end - offset;
  }
  return out + text.slice(at);
}

/** Translates the phrase-table words outside brackets; keeps unknown words as written. */
function translateWords(text: string): string {
  const lower = text.toLowerCase();
  let out = "";
  // Text between replacements is copied in one slice from `copied` (not character by character).
  let copied = 0;
  let i = 0;
  while (i < text.length) {
    const ch = text[i] as string;
    const close = ch === "\u0001" ? text.indexOf("\u0002", i) : -1;
    // A marker without its close is a control character of the article, kept as text (reading
    // it as a bracket sent the scan back to the start, forever).
    if (close >= 0) {
      out += `${text.slice(copied, i)}[${text.slice(i + 1, close)}]`;
      i = close + 1;
      copied = i;
      continue;
    }
    if (isWordChar(ch) && !isWordChar(text[i - 1])) {
      const p = phraseAt(lower, i, ACTION_PHRASES);
      if (p) {
        out += `${text.slice(copied, i)}${ACTION_EN[p]}`;
        i += p.length;
        copied = i;
        continue;
      }
    }
    i++;
  }
  return collapse(out + text.slice(copied));
}

export interface GlossInput {
  readonly addressees: readonly string[];
  readonly force: string;
  /** The action as written, and its block offset. */
  readonly action: string;
  readonly actionOffset: number;
  readonly terms: readonly TermMatch[];
  readonly citations: readonly CitationMatch[];
  readonly dates: readonly DateMatch[];
}

/** Upper-cases the first letter. */
function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** "Addressee — force — action with terms glossed". */
export function glossDirective(input: GlossInput): string {
  const spans = [
    ...input.terms.map((t) => ({ start: t.start, end: t.end, en: t.en })),
    ...input.citations.map((c) => ({ start: c.start, end: c.end, en: c.en })),
    ...input.dates.map((d) => ({ start: d.start, end: d.end, en: d.en })),
  ];
  // A quotation's attribution ("…” - ông X yêu cầu.") is not part of the action.
  const quoted = input.action.replace(/[”"]\s*,?\s*[-–]?\s*[^”"]{2,100}$/u, "");
  const action = translateWords(withGlossedSpans(quoted, input.actionOffset, spans))
    .replace(/^[\s,;:–-]+/u, "")
    .replace(/[\s.;,”"]+$/u, "");
  const who = input.addressees.length
    ? capitalize(input.addressees.join("; "))
    : "(addressee as above)";
  return `${who} — ${input.force} — ${action}`;
}
