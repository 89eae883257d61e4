/**
 * The phrase tables of the English gloss of a directive. Only whole phrases whose English reads
 * correctly on its own are listed: the verbs and adverbs that open a task, fixed noun phrases
 * with their head-first Vietnamese order already turned into English order ("nhiệm vụ trọng tâm"
 * → "key tasks"), and the function words that may join two English pieces. Pure data.
 */

/** Task verbs: English base form (the -ing form is derived, see `ing`). */
export const VERB_EN: Readonly<Record<string, string>> = {
  "triển khai thực hiện": "implement",
  "tổ chức thực hiện": "organise the implementation of",
  "tổ chức triển khai": "organise the implementation of",
  "triển khai": "implement",
  "thực hiện": "carry out",
  "tăng cường": "strengthen",
  "đẩy mạnh": "step up",
  "đẩy nhanh": "speed up",
  "kiểm tra": "inspect",
  "kiểm soát": "control",
  "giám sát": "supervise",
  "theo dõi sát": "closely monitor",
  "theo dõi": "monitor",
  "rà soát": "review",
  "xây dựng": "develop",
  "hoàn thiện": "finalise",
  "hoàn thành": "complete",
  "phối hợp với": "coordinate with",
  "phối hợp": "coordinate",
  "chủ trì, phối hợp với": "take the lead, coordinating with",
  "chủ trì phối hợp với": "take the lead, coordinating with",
  "chủ trì, phối hợp": "take the lead and coordinate",
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
  "tuyên truyền": "publicise",
  "phổ biến": "disseminate",
  "kết nối": "connect",
  "xúc tiến": "promote",
  "thúc đẩy": "boost",
  "phát hiện": "detect",
  "ngăn chặn": "prevent",
  "đấu tranh với": "combat",
  "đấu tranh chống": "combat",
  "đấu tranh": "combat",
  "khắc phục": "remedy",
  "ban hành": "issue",
  "sửa đổi": "amend",
  "bổ sung": "supplement",
  "công khai": "publish",
  "cập nhật": "update",
  "tham mưu": "advise",
  "tiếp thu": "take on board",
  "quản lý": "manage",
  "dừng ngay": "immediately stop",
  "vận hành": "operate",
  "khảo sát": "survey",
  "ký kết": "sign",
  "chú ý": "pay attention to",
  "tháo gỡ": "remove",
  "giải quyết": "resolve",
  "đôn đốc": "urge",
  "đề xuất": "propose",
  trình: "submit",
  gửi: "send",
  "chỉ đạo": "direct",
  "điều chỉnh": "adjust",
  "điều hành": "manage",
  "bình ổn": "stabilise",
  "đăng ký": "register",
  "thông báo": "notify",
  "làm việc với": "work with",
  "theo dõi, đôn đốc": "monitor and urge",
};

/** Prepositions a verb takes before an English object ("report to [the Prime Minister]"). */
export const VERB_PREPOSITION: Readonly<Record<string, string>> = {
  "báo cáo": "to",
  trình: "to",
  gửi: "to",
};

/**
 * Openers that take a verb after them: English with the form the next verb takes ("focus on
 * implementing", "continue to implement").
 */
export const LEAD_EN: Readonly<
  Record<string, { readonly en: string; readonly next: "base" | "ing" }>
> = {
  "tiếp tục": { en: "continue to", next: "base" },
  "tập trung": { en: "focus on", next: "ing" },
  "chú trọng": { en: "attach importance to", next: "ing" },
  "quan tâm": { en: "pay attention to", next: "ing" },
  "ưu tiên": { en: "prioritise", next: "ing" },
  "có trách nhiệm": { en: "be responsible for", next: "ing" },
  "chịu trách nhiệm": { en: "be responsible for", next: "ing" },
  "cần phải": { en: "must", next: "base" },
  phải: { en: "must", next: "base" },
  cần: { en: "need to", next: "base" },
  sẽ: { en: "will", next: "base" },
  "cam kết": { en: "commit to", next: "ing" },
  "quyết tâm": { en: "be determined to", next: "base" },
  "phấn đấu": { en: "strive to", next: "base" },
  "không để xảy ra": { en: "must not allow", next: "base" },
  "không để": { en: "must not allow", next: "base" },
  "không được": { en: "must not", next: "base" },
  "được giao": { en: "as assigned,", next: "base" },
};

/** Adverbs of manner before a verb ("chủ động rà soát" → "proactively review"). */
export const ADVERB_EN: Readonly<Record<string, string>> = {
  "chủ động": "proactively",
  "khẩn trương": "urgently",
  "kịp thời": "promptly",
  "tích cực": "actively",
  "quyết liệt": "resolutely",
  "kiên quyết": "resolutely",
  "thường xuyên": "regularly",
  "nghiêm túc": "strictly",
  sớm: "promptly",
  ngay: "immediately",
  cùng: "jointly",
  "toàn diện": "comprehensively",
};

/** Adverbs after a verb ("phối hợp chặt chẽ" → "coordinate closely"). */
export const POST_ADVERB_EN: Readonly<Record<string, string>> = {
  "chặt chẽ": "closely",
  "hiệu quả": "effectively",
  "đồng bộ, hiệu quả": "in a coordinated and effective way",
  "đồng bộ": "in a coordinated way",
  "kịp thời": "promptly",
  nghiêm: "strictly",
  "đầy đủ": "fully",
  "dứt điểm": "conclusively",
  "quyết liệt": "resolutely",
  "một cách rõ ràng": "clearly",
  "rõ ràng": "clearly",
};

/** Fixed noun phrases, in English order. */
export const NOUN_EN: Readonly<Record<string, string>> = {
  "nhiệm vụ trọng tâm": "key tasks",
  "những nhiệm vụ trọng tâm": "the key tasks",
  "các nhiệm vụ trọng tâm": "the key tasks",
  "nội dung trọng tâm": "key points",
  "một số nội dung trọng tâm": "some key points",
  "các nhiệm vụ, giải pháp": "the tasks and solutions",
  "nhiệm vụ, giải pháp": "tasks and solutions",
  "chỉ tiêu được giao": "the assigned targets",
  "nhiệm vụ được giao": "the assigned tasks",
  "các nhiệm vụ được giao": "the assigned tasks",
  "khó khăn, vướng mắc": "difficulties and obstacles",
  "diễn biến cung cầu": "supply and demand developments",
  "diễn biến thị trường": "market developments",
  "diễn biến giá cả": "price developments",
  "giá cả thị trường": "market prices",
  "thị trường trong nước": "the domestic market",
  "hàng hóa thiết yếu": "essential goods",
  "mặt hàng thiết yếu": "essential goods",
  "các mặt hàng thiết yếu": "essential goods",
  "nguồn cung hàng hóa": "the supply of goods",
  "hành vi vi phạm pháp luật": "violations of the law",
  "các hành vi vi phạm pháp luật": "violations of the law",
  "hành vi vi phạm": "violations",
  "các hành vi vi phạm": "violations",
  "đầu cơ, găm hàng": "speculation and hoarding",
  "hàng giả, hàng nhái": "counterfeit and imitation goods",
  "hàng giả": "counterfeit goods",
  "hàng kém chất lượng": "substandard goods",
  "buôn lậu, gian lận thương mại": "smuggling and trade fraud",
  "buôn lậu": "smuggling",
  "gian lận thương mại": "trade fraud",
  "thủ tục hành chính": "administrative procedures",
  "an toàn thực phẩm": "food safety",
  "tình hình thực hiện": "implementation progress",
  "kết quả thực hiện": "implementation results",
  "kết quả triển khai": "implementation results",
  "những vấn đề phát sinh": "issues that arise",
  "các vấn đề phát sinh": "issues that arise",
  "vấn đề phát sinh": "issues that arise",
  "những vấn đề vượt thẩm quyền": "matters beyond its authority",
  "những nội dung vượt thẩm quyền": "matters beyond its authority",
  "vượt thẩm quyền": "beyond its authority",
  "theo thẩm quyền": "within its authority",
  "theo quy định": "as regulated",
  "theo chức năng, nhiệm vụ được giao": "within their assigned functions and tasks",
  "giải phóng mặt bằng": "site clearance",
  "văn bản quy phạm pháp luật": "legal documents",
  "các văn bản quy phạm pháp luật": "legal documents",
  "người tiêu dùng": "consumers",
  "người dân": "the people",
  "doanh nghiệp": "businesses",
  "các doanh nghiệp": "businesses",
  "sản xuất, kinh doanh": "production and business",
  "sản xuất và tiêu dùng": "production and consumption",
  "xuất khẩu": "exports",
  "nhập khẩu": "imports",
  "thương mại điện tử": "e-commerce",
  "chủ đầu tư": "project owners",
  "các chủ đầu tư": "project owners",
  "dự án": "projects",
  "các dự án": "projects",
  "nguồn cung": "supply",
  "cung cầu": "supply and demand",
  "tiến độ": "progress",
  "tiến độ thi công": "construction progress",
  "hồ sơ, thủ tục": "files and procedures",
};

/** Function words: translated only between two English pieces, never inside Vietnamese. */
export const FUNCTION_EN: Readonly<Record<string, string>> = {
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
  "đối với": "for",
  "nhất là": "especially",
  "đặc biệt là": "especially",
  "đồng thời": "and at the same time",
  "trong đó": "including",
  "gắn với": "linked to",
};

/** Determiners dropped before an English noun phrase ("các [essential goods]"). */
export const DETERMINERS = ["các", "những", "toàn bộ"] as const;

/** Markers of a deadline before a date ("trước ngày 15/4" → "by 15 April"). */
export const DEADLINE_MARKERS = [
  "trước ngày",
  "trước",
  "chậm nhất là ngày",
  "chậm nhất là",
  "chậm nhất ngày",
  "chậm nhất",
  "hạn chót là",
  "hạn chót",
  "không muộn hơn",
] as const;

const DOUBLE_FINAL = new Set([
  "stop",
  "step",
  "plan",
  "set",
  "get",
  "run",
  "cut",
  "submit",
  "commit",
  "control",
]);

/** The -ing form of an English verb phrase: the first verb takes it ("closely monitor" keeps the adverb). */
export function ing(phrase: string): string {
  const words = phrase.split(" ");
  const at = /ly$/.test(words[0] ?? "") && words.length > 1 ? 1 : 0;
  const verb = words[at] ?? "";
  let form: string;
  if (verb === "be") form = "being";
  else if (DOUBLE_FINAL.has(verb)) form = `${verb}${verb.slice(-1)}ing`;
  else if (/ie$/.test(verb)) form = `${verb.slice(0, -2)}ying`;
  else if (/[^aeiouy]e$/.test(verb) || /[aiu]e$/.test(verb)) form = `${verb.slice(0, -1)}ing`;
  else form = `${verb}ing`;
  words[at] = form;
  return words.join(" ");
}
