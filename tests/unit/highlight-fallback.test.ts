// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import { extractArticle } from "../../page/adapters";
import { MARK_TAG, MarkWrapper, type WrapItem } from "../../page/highlight/fallback";
import { Painter } from "../../page/highlight/painter";
import { rangeFor } from "../../page/text-index";
import { sampleAnalyzer } from "./highlight-sample";

/** Loads an article page we write, whose body is `body`. */
function setUp(body: string) {
  document.documentElement.innerHTML = `<head></head><body>
    <h1 class="article-detail-title">Bộ Công Thương yêu cầu kiểm tra</h1>
    <div id="articleBody" itemprop="articleBody">${body}</div></body>`;
  const article = extractArticle(document, "https://congthuong.vn/bai-viet-123456.html");
  if (!article) throw new Error("no article");
  return article;
}

const BODY = `<p>Theo <a href="#">Nghị quyết <strong>01/NQ-CP</strong></a>, Bộ Công Thương
  yêu cầu các   Sở Công Thương báo cáo.</p>
  <table><tbody><tr><td>Bộ Công Thương</td><td>12</td></tr></tbody></table>
  <ul>
    <li>Sở Công Thương kiểm tra;</li>
    <li>Bộ Công Thương <em>yêu cầu</em> báo cáo.</li>
  </ul>`;

function wrapItems(article: ReturnType<typeof setUp>): WrapItem[] {
  const analysis = sampleAnalyzer(article.input);
  const items: WrapItem[] = [];
  for (const [kind, list] of [
    ["term", analysis.terms],
    ["citation", analysis.citations],
    ["directive", analysis.directives],
  ] as const) {
    list.forEach((item, index) => {
      const block = article.blocks[item.block];
      if (!block) throw new Error("missing block");
      items.push({
        kind,
        ref: `${kind}:${index}`,
        range: rangeFor(block, item.start, item.end, document),
      });
    });
  }
  return items;
}

describe("MarkWrapper", () => {
  it("wraps each range's text in marks without changing the text", () => {
    const article = setUp(BODY);
    const before = article.root.textContent;
    const wrapper = new MarkWrapper();
    const items = wrapItems(article);
    expect(items.length).toBeGreaterThan(4);
    // Ranges collapse when their nodes move into marks: keep the texts they covered.
    const covered = items.map((item) => item.range.toString());
    wrapper.wrap(items);
    const marks = Array.from(document.querySelectorAll(MARK_TAG));
    expect(marks.length).toBeGreaterThanOrEqual(items.length);
    expect(article.root.textContent).toBe(before);
    // Each mark's text, joined per annotation, is the annotated text.
    items.forEach((item, i) => {
      const text = wrapper
        .marksOf(item.ref)
        .map((m) => m.textContent)
        .join("");
      // Whitespace-only runs stay unwrapped, so compare the visible characters.
      expect(text.replace(/\s+/g, "")).toBe(covered[i]?.replace(/\s+/g, ""));
    });
  });

  it("never puts a mark where a table or list allows only structure", () => {
    const article = setUp(BODY);
    new MarkWrapper().wrap(wrapItems(article));
    for (const mark of Array.from(document.querySelectorAll(MARK_TAG))) {
      expect(["TABLE", "TBODY", "TR", "UL", "OL"]).not.toContain(mark.parentElement?.tagName);
      expect(mark.textContent?.trim()).not.toBe("");
    }
    for (const row of Array.from(document.querySelectorAll("tr, ul"))) {
      for (const child of Array.from(row.children)) {
        expect(["TD", "TH", "LI"]).toContain(child.tagName);
      }
    }
  });

  it("nests a term inside a directive, the term innermost", () => {
    const article = setUp(BODY);
    new MarkWrapper().wrap(wrapItems(article));
    const inner = Array.from(document.querySelectorAll(`${MARK_TAG} ${MARK_TAG}`));
    expect(inner.length).toBeGreaterThan(0);
    for (const mark of inner) expect(mark.getAttribute("data-kind")).not.toBe("directive");
  });

  it("restores the exact original DOM, with the original text nodes", () => {
    const article = setUp(BODY);
    const html = article.root.innerHTML;
    const firstText = article.blocks[1]?.segments[0]?.node;
    const wrapper = new MarkWrapper();
    wrapper.wrap(wrapItems(article));
    expect(article.root.innerHTML).not.toBe(html);
    wrapper.unwrap();
    expect(article.root.innerHTML).toBe(html);
    expect(document.querySelectorAll(MARK_TAG)).toHaveLength(0);
    // The maps built before wrapping still point at live nodes.
    expect(firstText?.isConnected).toBe(true);
    const block = article.blocks[1];
    if (!block) throw new Error("missing block");
    expect(rangeFor(block, 0, block.text.length, document).toString().replace(/\s+/g, " ")).toBe(
      block.text,
    );
    // A second round trip behaves the same.
    wrapper.wrap(wrapItems(article));
    wrapper.unwrap();
    expect(article.root.innerHTML).toBe(html);
  });

  it("maps points in split text back to the original node", () => {
    const article = setUp("<p>Một hai Bộ Công Thương ba</p>");
    const original = article.blocks[1]?.segments[0]?.node as Text;
    const wrapper = new MarkWrapper();
    wrapper.wrap(wrapItems(article));
    const mark = article.root.querySelector(MARK_TAG);
    const piece = mark?.firstChild as Text;
    expect(piece).not.toBe(original);
    expect(wrapper.originOf(piece, 2)).toEqual([original, 8 + 2]);
  });
});

describe("Painter in fallback mode", () => {
  it("paints, hides (restoring innerHTML exactly) and shows again", async () => {
    const article = setUp(BODY);
    const html = article.root.innerHTML;
    const painter = new Painter(document, window as unknown as Window, "fallback");
    const { placeAnnotations } = await import("../../page/annotations");
    const annotations = placeAnnotations(sampleAnalyzer(article.input));
    await painter.paint(article, annotations);
    const counts = painter.counts();
    expect(counts.term).toBeGreaterThan(0);
    expect(counts.citation).toBe(1);
    expect(counts.directive).toBeGreaterThan(0);
    expect(document.querySelectorAll(MARK_TAG).length).toBeGreaterThan(0);
    painter.setVisible(false);
    expect(article.root.innerHTML).toBe(html);
    painter.setVisible(true);
    expect(document.querySelectorAll(`${MARK_TAG}[data-kind="citation"]`).length).toBe(2);
    expect(painter.rangeOf("citation:0")?.toString()).toBe("Nghị quyết 01/NQ-CP");
    painter.clear();
    expect(article.root.innerHTML).toBe(html);
  });
});
