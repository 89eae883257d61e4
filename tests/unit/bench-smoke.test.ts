/**
 * The benchmark's pure parts: order statistics, the synthetic pages of the scaling figures, and
 * the reading of the core benchmark's table. Pages here are written for the test.
 */
import { describe, expect, it } from "vitest";
import { articleBodyBounds, bodyParagraphs, scaledPageHtml } from "../../bench/lib/pages";
import { pairedRatios, quantile, spread } from "../../bench/lib/stats";
import { parseCoreTable } from "../../bench/lib/throughput";

const PAGE = `<html><body><div class="wrap"><h1>Tiêu đề</h1>
<div id="articleBody" class="fw" itemprop="articleBody"><p><strong>Mục một</strong></p><p>Đoạn thứ nhất.</p>
<figure class="expNoEdit"><img src="a.jpg"><figcaption><p class="expEdit"><em>Chú thích</em></p></figcaption></figure>
<div class="box"><p>Đoạn trong hộp.</p></div><p>Đoạn cuối.</p></div>
<div class="article-detail-author">Tác giả</div></div></body></html>`;

describe("order statistics", () => {
  it("gives median, quartiles and extremes, interpolating between samples", () => {
    const s = spread([5, 1, 4, 2, 3]);
    expect(s).toEqual({ n: 5, median: 3, min: 1, p25: 2, p75: 4, max: 5 });
    expect(quantile([10, 20], 0.5)).toBe(15);
    expect(spread([7, Number.NaN]).n).toBe(1);
    expect(Number.isNaN(spread([]).median)).toBe(true);
  });

  it("pairs ratios load by load and drops zero divisors", () => {
    expect(pairedRatios([2, 9, 4], [4, 3, 0])).toEqual([0.5, 3]);
  });
});

describe("synthetic pages", () => {
  it("finds the article body's own closing tag past nested divs", () => {
    const { start, end } = articleBodyBounds(PAGE);
    const inner = PAGE.slice(start, end);
    expect(inner.startsWith("<p><strong>Mục một")).toBe(true);
    expect(inner.endsWith("<p>Đoạn cuối.</p>")).toBe(true);
  });

  it("takes the body's paragraphs, leaving figure captions out", () => {
    expect(bodyParagraphs(PAGE)).toEqual([
      "<p><strong>Mục một</strong></p>",
      "<p>Đoạn thứ nhất.</p>",
      "<p>Đoạn trong hộp.</p>",
      "<p>Đoạn cuối.</p>",
    ]);
  });

  it("repeats the paragraphs inside the same layout", () => {
    const page = scaledPageHtml(PAGE, 3);
    expect(page.match(/Đoạn thứ nhất/g)).toHaveLength(3);
    expect(page).not.toContain("Chú thích");
    expect(page).toContain('<div class="article-detail-author">Tác giả</div>');
    expect(page.startsWith(PAGE.slice(0, articleBodyBounds(PAGE).start))).toBe(true);
  });
});

describe("the core benchmark's table", () => {
  it("reads each stage from its own column, whatever other columns there are", () => {
    const output = [
      "# core",
      "- CPU: Test × 2 cores",
      "| size | blocks | terms | findTerms MB/s (wall) | findTerms MB/s (CPU) | findCitations MB/s | findDates MB/s | extractDirectives MB/s | analyze() MB/s |",
      "|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
      "| 10 kB | 34 | 186 | 23.1 (0.4 ms) | 22.9 (0.4 ms) | 9.3 (1.1 ms) | 7.1 (1.4 ms) | 3.9 (2.6 ms) | 1.7 (6.1 ms) |",
      "analyze() uses the product glossary.",
    ].join("\n");
    const table = parseCoreTable(output);
    expect(table.rows).toEqual([{ size: "10 kB", mbPerSecond: [23.1, 9.3, 7.1, 3.9, 1.7] }]);
    expect(table.markdown).toContain("- CPU: Test × 2 cores");
    expect(table.markdown.trim().endsWith("analyze() uses the product glossary.")).toBe(true);
  });
});
