import { describe, expect, it } from "vitest";
import { parseTextArticle } from "../../cli/text-article";
import { analysisJob, analyze } from "../../core/analyze";
import type { ArticleInput } from "../../core/types";

// An article of our own, with terms, a citation, a date and directives across blocks.
const ARTICLE = parseTextArticle(`DATE: 2024-03-02

Bộ Công Thương triển khai nhiệm vụ năm 2024

Thứ trưởng Bộ Công Thương Trần Văn Minh chủ trì hội nghị với các Sở Công Thương.

Thực hiện Nghị quyết số 01/NQ-CP ngày 5/1/2024 của Chính phủ, Thứ trưởng đề nghị các Sở Công Thương đẩy mạnh chuyển đổi số và báo cáo trước ngày 30/6/2024.

Bộ Công Thương sẽ tiếp tục đồng hành cùng các địa phương.`) as ArticleInput;

describe("analysisJob", () => {
  it("cuts the analysis into two steps per block (matches, then directives) and a last one", () => {
    expect(analysisJob(ARTICLE).steps).toHaveLength(2 * ARTICLE.blocks.length + 1);
  });

  it("gives the same result as analyze() when its steps run in order", () => {
    const job = analysisJob(ARTICLE);
    for (const step of job.steps) step();
    expect(job.result()).toEqual(analyze(ARTICLE));
  });

  it("refuses to give a result before every step has run", () => {
    const job = analysisJob(ARTICLE);
    job.steps[0]?.();
    expect(() => job.result()).toThrow(/not finished/);
  });

  it("finds terms, the citation, the deadline and directives in the article", () => {
    const analysis = analyze(ARTICLE);
    expect(analysis.terms.some((t) => t.vi === "Sở Công Thương")).toBe(true);
    expect(analysis.citations.map((c) => c.symbol)).toContain("01/NQ-CP");
    expect(analysis.dates.some((d) => d.deadline && d.to === "2024-06-30")).toBe(true);
    expect(analysis.directives.length).toBeGreaterThan(0);
  });
});
