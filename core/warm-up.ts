/**
 * A head start for the analysis: runs `analyze()` over a short article of our own a number of
 * times, so the JavaScript engine has compiled and optimized the hot paths (term matching,
 * citations, dates, sentence reading, directives) before a reader's article arrives. The text
 * touches every stage; its content is invented.
 */
import type { Analysis, ArticleInput, TextBlock } from "./types";

/** How long after start-up the background warms up, in milliseconds. */
export const WARM_UP_DELAY_MS = 1_000;
/** Upper bound of the warm-up's runs and of its time. */
const MAX_RUNS = 40;
const MAX_MS = 250;

const PARAGRAPHS = [
  "Hội nghị tổng kết công tác năm 2025 và triển khai nhiệm vụ năm 2026 của ngành Công Thương",
  "Ngày 15/1/2026, tại Hà Nội, Bộ Công Thương tổ chức hội nghị với các Sở Công Thương về thực hiện Nghị quyết số 01/NQ-CP ngày 8/1/2026 của Chính phủ.",
  "Phát biểu tại hội nghị, Thứ trưởng Nguyễn Văn An đề nghị các Sở Công Thương khẩn trương rà soát quy hoạch, hoàn thành báo cáo trước ngày 30/6/2026.",
  "Bộ trưởng yêu cầu Cục Xuất nhập khẩu chủ trì, phối hợp với các hiệp hội ngành hàng theo dõi sát diễn biến thị trường, kịp thời cảnh báo nguy cơ đứt gãy nguồn cung.",
  "Cụ thể, Vụ Thị trường trong nước cần: tăng cường kiểm tra, kiểm soát hàng giả; đẩy mạnh thương mại điện tử; bảo đảm cung ứng xăng dầu trong quý I/2026.",
  "Theo Quyết định 1234/QĐ-BCT và Thông tư số 15/2025/TT-BCT, doanh nghiệp phải báo cáo định kỳ 6 tháng một lần.",
  "Thủ tướng Chính phủ chỉ đạo các bộ, ngành, địa phương tiếp tục thực hiện Quy hoạch điện VIII, ưu tiên phát triển năng lượng tái tạo và chuyển đổi số.",
  "Ủy ban nhân dân tỉnh cam kết sẽ tạo điều kiện thuận lợi cho nhà đầu tư và giải quyết dứt điểm các vướng mắc trong tháng 3/2026.",
  "Các đại biểu cho rằng xuất khẩu năm 2025 tăng 12% so với năm 2024, trong đó thị trường EU và Hoa Kỳ tiếp tục dẫn đầu.",
  "Đề nghị Tổng cục Quản lý thị trường xử lý nghiêm các hành vi gian lận thương mại theo Nghị định số 98/2020/NĐ-CP.",
];

/** The warm-up article, built once. */
function warmUpInput(): ArticleInput {
  const blocks: TextBlock[] = PARAGRAPHS.map((text, index) => ({
    index,
    kind: index === 0 ? "title" : index === 1 ? "lead" : "paragraph",
    text,
  }));
  return {
    meta: {
      url: "https://congthuong.vn/warm-up-1.html",
      title: PARAGRAPHS[0] as string,
      lead: PARAGRAPHS[1] as string,
      published: "2026-01-15T09:00:00+07:00",
    },
    blocks,
  };
}

/**
 * Runs the analysis over the warm-up article until it has run `MAX_RUNS` times or used
 * `MAX_MS`; returns how many runs it made.
 */
export function warmUp(analyze: (input: ArticleInput) => Analysis, now = () => Date.now()): number {
  const input = warmUpInput();
  const start = now();
  let runs = 0;
  while (runs < MAX_RUNS && now() - start < MAX_MS) {
    analyze(input);
    runs++;
  }
  return runs;
}
