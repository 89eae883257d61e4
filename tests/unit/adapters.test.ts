import { Window } from "happy-dom";
import { describe, expect, it } from "vitest";
import { extractArticle, parseSiteTime } from "../../page/adapters";
import { corpusSkipReason, devArticles, seedArticle } from "../corpus";

const SEED_URL =
  "https://congthuong.vn/nganh-cong-thuong-khu-vuc-phia-bac-tap-trung-trien-khai-cac-nhiem-vu-trong-tam-320690.html";

/** A happy-dom document holding `html`, at `url`. */
function load(html: string, url = "https://congthuong.vn/bai-viet-123456.html"): Document {
  const window = new Window({ url });
  window.document.write(html);
  return window.document as unknown as Document;
}

const collapse = (text: string) => text.replace(/\s+/g, " ").trim();

/** Paragraphs of an article.txt: title, lead, then the body (blank-line separated). */
function textParagraphs(text: string): string[] {
  return text
    .split(/\n\s*\n/)
    .map(collapse)
    .filter((p) => p !== "");
}

const skip = corpusSkipReason();

describe.skipIf(skip !== null)("extractArticle on the seed pages", () => {
  const seed = seedArticle();
  const paragraphs = textParagraphs(seed.text);
  // article.txt repeats each image caption twice (alt text and caption), then byline and source.
  const captions = new Set(paragraphs.filter((p, i) => paragraphs[i + 1] === p));
  const expected = paragraphs.filter(
    (p) => !captions.has(p) && p !== "Việt Nga - Thanh Tuấn" && !p.startsWith("Nguồn"),
  );

  for (const layout of ["2025", "2022"] as const) {
    describe(`layout ${layout}`, () => {
      const html = layout === "2025" ? seed.page2025 : seed.page2022;
      const article = extractArticle(load(html, SEED_URL), SEED_URL);

      it("finds the layout, title, lead, time and canonical URL", () => {
        expect(article).not.toBeNull();
        if (!article) return;
        expect(article.layout).toBe(layout);
        const meta = article.input.meta;
        expect(meta.title).toBe(expected[0]);
        expect(meta.lead).toBe(expected[1]);
        expect(meta.published).toBe("2024-07-13T10:00:00+07:00");
        expect(meta.url).toBe(SEED_URL);
        expect(article.blocks[0]?.kind).toBe("title");
        expect(article.blocks[1]?.kind).toBe("lead");
      });

      it("yields exactly the paragraphs of article.txt, in order", () => {
        expect(article?.input.blocks.map((b) => collapse(b.text))).toEqual(expected);
      });

      it("keeps sidebar, related box, captions, byline, tags and footer out", () => {
        const all = article?.input.blocks.map((b) => b.text).join("\n") ?? "";
        expect(all).not.toContain("Tin mới");
        expect(all).not.toContain("Thủ tướng yêu cầu các bộ, ngành khẩn trương");
        expect(all).not.toContain("Bộ Công Thương đề nghị các Sở Công Thương tăng cường");
        expect(all).not.toContain("Bộ Công Thương yêu cầu bảo đảm cung ứng điện mùa khô");
        expect(all).not.toContain("Toàn cảnh hội nghị");
        expect(all).not.toContain("Việt Nga - Thanh Tuấn");
        expect(all).not.toContain("Giấy phép hoạt động");
        expect(all).not.toContain("chuyển đổi số\n");
        for (const caption of captions) expect(all).not.toContain(caption);
      });

      it("marks the bold sub-heads as headings and keeps block indexes in order", () => {
        const headings = article?.blocks.filter((b) => b.kind === "heading").map((b) => b.text);
        expect(headings).toEqual([
          "Công nghiệp, thương mại giữ vững “phong độ”",
          'Tạo "xung lực" mới cho các địa phương',
        ]);
        article?.blocks.forEach((block, i) => {
          expect(block.index).toBe(i);
          expect(article.input.blocks[i]?.text).toBe(block.text);
        });
      });

      it("reads body blocks from inside the body container only", () => {
        for (const block of article?.blocks.slice(2) ?? []) {
          expect(article?.root.contains(block.element)).toBe(true);
        }
      });
    });
  }
});

describe.skipIf(skip !== null)("extractArticle on the dev pages", () => {
  for (const dev of devArticles()) {
    it(`${dev.name}: both layouts give the same blocks, all from article.txt`, () => {
      const texts = textParagraphs(dev.text).join("\n");
      const a = extractArticle(load(dev.page2025));
      const b = extractArticle(load(dev.page2022));
      expect(a?.input.blocks.map((x) => x.text)).toEqual(b?.input.blocks.map((x) => x.text));
      for (const block of a?.input.blocks ?? []) {
        // The older layout's title may carry the paper's suffix in the head; blocks never do.
        expect(texts).toContain(block.text.replace(/ \.\.\.$/, ""));
      }
      const all = a?.input.blocks.map((x) => x.text).join("\n") ?? "";
      expect(all).not.toContain("Tin mới");
      expect(all).not.toContain("Bộ Công Thương yêu cầu bảo đảm cung ứng điện mùa khô");
    });
  }
});

describe("extractArticle on pages we write", () => {
  const page = (body: string, head = "") =>
    `<!DOCTYPE html><html><head>${head}</head><body><h1 class="article-detail-title">Tiêu đề</h1>
    <span class="format_time">05/01/2024 08:30</span>
    <div class="article-detail-desc">Sapo ngắn.</div>
    <div id="articleBody" itemprop="articleBody">${body}</div>
    <aside class="sidebar"><p>Tin mới: Bộ yêu cầu làm ngay</p></aside></body></html>`;

  it("keeps list items, data-table cells and text typed into divs", () => {
    const article = extractArticle(
      load(
        page(`<p>Mở đầu.</p><ul><li>Việc thứ nhất;</li><li>Việc thứ hai.</li></ul>
        <table><tr><th>Mặt hàng</th><td>Giá</td></tr></table>
        <div>Đoạn trong div <em>nghiêng</em>.</div>Chữ trần cuối bài.`),
      ),
    );
    expect(article?.input.blocks.slice(2).map((b) => b.text)).toEqual([
      "Mở đầu.",
      "Việc thứ nhất;",
      "Việc thứ hai.",
      "Mặt hàng",
      "Giá",
      "Đoạn trong div nghiêng.",
      "Chữ trần cuối bài.",
    ]);
  });

  it("skips scripts, styles, hidden elements, image tables and right-aligned bylines", () => {
    const article = extractArticle(
      load(
        page(`<p>Một.</p><script>var x = "không";</script><style>p{}</style>
        <p hidden>Ẩn.</p><p style="display: none">Ẩn nữa.</p><div aria-hidden="true">Ẩn ba.</div>
        <table class="picture"><tr><td><img src="a.jpg"></td></tr><tr><td>Chú thích ảnh</td></tr></table>
        <p>Hai.</p><p style="text-align:right"><strong>Nguyễn Văn A</strong></p>`),
      ),
    );
    expect(article?.input.blocks.slice(2).map((b) => b.text)).toEqual(["Một.", "Hai."]);
  });

  it("falls back to og:url and the given URL for the canonical address", () => {
    const withOg = extractArticle(
      load(page("<p>x</p>", '<meta property="og:url" content="https://congthuong.vn/a-111.html">')),
      "https://congthuong.vn/b-222.html?utm=1",
    );
    expect(withOg?.input.meta.url).toBe("https://congthuong.vn/a-111.html");
    const bare = extractArticle(load(page("<p>x</p>")), "https://congthuong.vn/b-222.html");
    expect(bare?.input.meta.url).toBe("https://congthuong.vn/b-222.html");
    expect(bare?.input.meta.published).toBe("2024-01-05T08:30:00+07:00");
  });

  it("returns null for a page with no article body", () => {
    expect(extractArticle(load("<html><body><p>Trang chủ</p></body></html>"))).toBeNull();
  });
});

describe("parseSiteTime", () => {
  it.each([
    ["13/07/2024 10:00", "2024-07-13T10:00:00+07:00"],
    ["Thứ Bảy, 13/7/2024 - 09:05", "2024-07-13T09:05:00+07:00"],
    ["10:00 | 01/02/2025", "2025-02-01T10:00:00+07:00"],
    ["13/07/2024", "2024-07-13T00:00:00+07:00"],
  ])("%s → %s", (text, iso) => {
    expect(parseSiteTime(text)).toBe(iso);
  });

  it("rejects text without a valid day", () => {
    expect(parseSiteTime("hôm qua")).toBeNull();
    expect(parseSiteTime("13/13/2024 10:00")).toBeNull();
  });
});
