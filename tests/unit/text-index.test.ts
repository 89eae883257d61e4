import { Window } from "happy-dom";
import { describe, expect, it } from "vitest";
import { extractArticle } from "../../page/adapters";
import { type DomBlock, offsetAt, rangeFor } from "../../page/text-index";
import { corpusSkipReason, devArticles, seedArticle } from "../corpus";

function load(html: string): Document {
  const window = new Window({ url: "https://congthuong.vn/bai-viet-123456.html" });
  window.document.write(html);
  return window.document as unknown as Document;
}

const collapse = (text: string) => text.replace(/[ \t\n\r\f]+/g, " ").trim();
const squash = (text: string) => text.replace(/[ \t\n\r\f]+/g, "");

/** An article page whose body is `body` (markup we write). */
function article(body: string) {
  const doc = load(
    `<html><body><h1 class="article-detail-title">T</h1><div id="articleBody" itemprop="articleBody">${body}</div></body></html>`,
  );
  const found = extractArticle(doc);
  if (!found) throw new Error("no article");
  return { doc, article: found, body: found.blocks.slice(1) };
}

/** Every [start, end) of a block round-trips through a DOM Range. */
function expectRoundTrips(block: DomBlock, doc: Document, step = 1) {
  const text = block.text;
  for (let start = 0; start < text.length; start += step) {
    for (const end of [start + 1, Math.min(text.length, start + 7), text.length]) {
      if (end <= start) continue;
      const range = rangeFor(block, start, end, doc);
      // A <br> reads as a space but has no character in the DOM: compare without whitespace.
      expect(squash(range.toString())).toBe(squash(text.slice(start, end)));
    }
  }
}

describe("block text and ranges on markup we write", () => {
  it("collapses whitespace across inline elements and maps ranges back", () => {
    const { doc, body } = article(
      "<p>  Bộ   <strong>Công\n Thương</strong> <a href='#'>yêu <em>cầu</em></a>   ngay. </p>",
    );
    const block = body[0] as DomBlock;
    expect(block.text).toBe("Bộ Công Thương yêu cầu ngay.");
    expectRoundTrips(block, doc);
    const range = rangeFor(block, 3, 14, doc);
    expect(range.toString()).toBe("Công\n Thương");
    expect(range.startContainer.parentElement?.tagName).toBe("STRONG");
  });

  it("keeps NBSP as a character", () => {
    const { doc, body } = article("<p>Nghị quyết số\u00a001/NQ-CP &nbsp; ngày</p>");
    const block = body[0] as DomBlock;
    expect(block.text).toBe("Nghị quyết số\u00a001/NQ-CP \u00a0 ngày");
    expectRoundTrips(block, doc);
  });

  it("maps nested <strong><a> and a <br> line break", () => {
    const { doc, body } = article(
      "<p>Theo <strong><a href='#'>Quyết định <em>số 1</em></a></strong><br>của Thủ tướng</p>",
    );
    const block = body[0] as DomBlock;
    expect(block.text).toBe("Theo Quyết định số 1 của Thủ tướng");
    expectRoundTrips(block, doc);
    // The space standing for <br> is zero-width in the DOM.
    expect(rangeFor(block, 5, 20, doc).toString()).toBe("Quyết định số 1");
    expect(rangeFor(block, 21, 24, doc).toString()).toBe("của");
  });

  it("drops empty paragraphs and whitespace-only text", () => {
    const { body } = article(
      "<p> </p><p>&#32;<br></p><p><strong> </strong></p><p>Có chữ</p><p></p>",
    );
    expect(body.map((b) => b.text)).toEqual(["Có chữ"]);
  });

  it("rejects offsets outside the block", () => {
    const { doc, body } = article("<p>abc</p>");
    const block = body[0] as DomBlock;
    expect(() => rangeFor(block, 2, 4, doc)).toThrow(RangeError);
    expect(() => rangeFor(block, -1, 1, doc)).toThrow(RangeError);
    expect(rangeFor(block, 3, 3, doc).collapsed).toBe(true);
  });
});

describe("offsetAt", () => {
  it("maps a text node offset to the block offset, across inline elements", () => {
    const {
      doc,
      article: found,
      body,
    } = article("<p>Bộ <strong>Công   Thương</strong> yêu cầu</p><p>Đoạn hai</p>");
    const strong = doc.querySelector("strong")?.firstChild as Text;
    // "Công   Thương": offset 7 in the node is "T" of "Thương", offset 7 - 2 collapsed spaces.
    expect(offsetAt(found, strong, 7)).toEqual({ block: body[0]?.index, offset: 3 + 5 });
    expect(offsetAt(body[0] as DomBlock, strong, 0)).toEqual({ block: body[0]?.index, offset: 3 });
    // Inside a collapsed run: the next character of the text.
    expect(offsetAt(found, strong, 5)).toEqual({ block: body[0]?.index, offset: 8 });
    const second = doc.querySelectorAll("p")[1]?.firstChild as Text;
    expect(offsetAt(found, second, 5)).toEqual({ block: body[1]?.index, offset: 5 });
    expect(offsetAt(body[0] as DomBlock, second, 0)).toBeNull();
  });

  it("accepts element boundary points and rejects nodes outside the article", () => {
    const { doc, article: found, body } = article("<p>Một <em>hai</em></p>");
    const p = doc.querySelector("#articleBody p") as Element;
    expect(offsetAt(found, p, 1)).toEqual({ block: body[0]?.index, offset: 4 });
    const outside = doc.createTextNode("x");
    doc.body.appendChild(outside);
    expect(offsetAt(found, outside, 0)).toBeNull();
  });

  it("inverts rangeFor for every character", () => {
    const {
      doc,
      article: found,
      body,
    } = article("<p>A <b>bc</b>\n d <a href='#'><i>ef</i> g</a>h</p>");
    const block = body[0] as DomBlock;
    for (let i = 0; i < block.text.length; i++) {
      const range = rangeFor(block, i, i + 1, doc);
      expect(offsetAt(found, range.startContainer, range.startOffset)).toEqual({
        block: block.index,
        offset: i,
      });
    }
  });
});

describe.skipIf(corpusSkipReason() !== null)("rangeFor round trip on real pages", () => {
  const pages = [seedArticle(), ...devArticles()].flatMap((a) => [
    [`${a.name} 2025`, a.page2025] as const,
    [`${a.name} 2022`, a.page2022] as const,
  ]);
  it.each(pages)("%s", (_name, html) => {
    const doc = load(html);
    const found = extractArticle(doc);
    expect(found).not.toBeNull();
    for (const block of found?.blocks ?? []) {
      expectRoundTrips(block, doc, 13);
      // Whole block, and the inverse mapping at its first and last characters.
      expect(collapse(rangeFor(block, 0, block.text.length, doc).toString())).toBe(block.text);
      const last = rangeFor(block, block.text.length - 1, block.text.length, doc);
      expect(offsetAt(found as never, last.startContainer, last.startOffset)?.offset).toBe(
        block.text.length - 1,
      );
    }
  });
});
