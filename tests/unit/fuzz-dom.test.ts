// @vitest-environment happy-dom
/**
 * DOM invariants under fuzzing: generated article pages in the 2025 layout (nested inline markup,
 * tables, lists, line breaks, comments, empty and whitespace-only nodes, NFD and mixed tone-mark
 * Vietnamese, long paragraphs, iframes, contenteditable regions) go through the real page layer —
 * extraction, the real analysis and the painter — and the page must never notice: nothing throws,
 * the text never changes, taking the highlights out restores the markup exactly, annotating twice
 * equals annotating once, and every annotation's range covers exactly its text.
 *
 * The phrases are our own policy-news sentences, not article text.
 */
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { analyze } from "../../core/analyze";
import type { Analysis } from "../../core/types";
import { type DomArticle, extractArticle } from "../../page/adapters";
import { placeAnnotations } from "../../page/annotations";
import { MARK_TAG } from "../../page/highlight/fallback";
import { Painter } from "../../page/highlight/painter";
import { rangeFor } from "../../page/text-index";

const URL = "https://congthuong.vn/bai-viet-thu-nghiem-123456.html";
const SEED = 20_250_611;
/** Cases per property; the total is printed so a CI log shows how much was fuzzed. */
const RUNS = { fallback: 250, highlightApi: 450, mutation: 300 } as const;
const ranCases = { fallback: 0, highlightApi: 0, mutation: 0 };

// Phrases we write in the register of the paper: glossary terms, citations, dates, directives.
const PHRASES = [
  "Bộ Công Thương",
  "Sở Công Thương",
  "Ủy ban nhân dân tỉnh",
  "Uỷ ban nhân dân thành phố",
  "UBND tỉnh",
  "thương mại điện tử",
  "xúc tiến thương mại",
  "chuyển đổi số",
  "đứt gãy nguồn cung",
  "Nghị quyết số 01/NQ-CP ngày 5/1/2024",
  "Quyết định số 1234/QĐ-TTg ngày 20/3/2025",
  "Thông tư 12/2024/TT-BCT",
  "Chỉ thị số 05/CT-BCT",
  "trước ngày 30/6/2025",
  "trong quý III/2025",
  "6 tháng đầu năm 2024",
  "Bộ trưởng đề nghị các Sở Công Thương khẩn trương báo cáo kết quả thực hiện.",
  "Thứ trưởng Nguyễn Văn An yêu cầu các doanh nghiệp bảo đảm cung ứng xăng dầu.",
  "Thủ tướng giao Bộ Công Thương chủ trì, phối hợp với các bộ, ngành liên quan.",
  "Các địa phương cần chủ động kiểm tra thị trường dịp cuối năm.",
  "Sở Công Thương cam kết hoàn thành kế hoạch trước ngày 15/12/2025.",
  "Hội nghị diễn ra tại Hà Nội với sự tham gia của hơn 200 đại biểu.",
  "hoà bình",
  "hòa bình",
  "thuỷ sản",
  "thủy sản",
  "kim ngạch xuất khẩu tăng 12,5%",
  "a < b & c > d",
  "tỷ lệ 1:2",
  "—",
  "(",
  ")",
  ",",
  ".",
];

/** A phrase as pages write it: NFC, decomposed (NFD), or with one word decomposed. */
const phrase = fc
  .tuple(fc.constantFrom(...PHRASES), fc.constantFrom("nfc", "nfd", "mixed"))
  .map(([text, form]) => {
    if (form === "nfd") return text.normalize("NFD");
    if (form === "mixed") {
      const words = text.split(" ");
      const i = words.length >> 1;
      words[i] = (words[i] ?? "").normalize("NFD");
      return words.join(" ");
    }
    return text;
  });

const escapeHtml = (text: string) =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** Inter-word whitespace the way CMS markup has it: spaces, runs, newlines, tabs, NBSP. */
const gap = fc.constantFrom(" ", " ", " ", "  ", "\n", "\n\t  ", "\u00a0", "");

const textRun = fc
  .array(fc.tuple(phrase, gap), { minLength: 1, maxLength: 4 })
  .map((parts) => escapeHtml(parts.map(([p, g]) => p + g).join("")));

const INLINE_TAGS = ["strong", "em", "b", "i", 'a href="#"', "span", 'span class="x"', "u"];

const { inline } = fc.letrec((tie) => ({
  inline: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    { arbitrary: textRun, weight: 6 },
    { arbitrary: fc.constant("<br>"), weight: 1 },
    { arbitrary: fc.constant("<!-- chú thích -->"), weight: 1 },
    { arbitrary: fc.constantFrom(" ", "\n  ", "\t", ""), weight: 1 },
    { arbitrary: fc.constant('<iframe src="about:blank"></iframe>'), weight: 1 },
    {
      arbitrary: fc
        .tuple(fc.constantFrom(...INLINE_TAGS), fc.array(tie("inline"), { maxLength: 3 }))
        .map(([tag, children]) => `<${tag}>${children.join("")}</${tag.split(" ")[0]}>`),
      weight: 3,
    },
  ),
})) as { inline: fc.Arbitrary<string> };

const inlines = fc.array(inline, { minLength: 0, maxLength: 4 }).map((parts) => parts.join(""));

/** A paragraph of one sentence repeated many times (a long paragraph, ~2–5 KB). */
const longParagraph = fc
  .tuple(phrase, fc.integer({ min: 30, max: 60 }))
  .map(([p, n]) => `<p>${escapeHtml(`${p} `.repeat(n))}</p>`);

const block = fc.oneof(
  { arbitrary: inlines.map((c) => `<p>${c}</p>`), weight: 32 },
  { arbitrary: inlines.map((c) => `<h2>${c}</h2>`), weight: 4 },
  { arbitrary: inlines.map((c) => `<p><strong>${c}</strong></p>`), weight: 4 },
  {
    arbitrary: fc
      .array(fc.array(inlines, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 3 })
      .map(
        (rows) =>
          `<table>\n<tbody>${rows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join("\n")}</tr>`).join("\n")}</tbody></table>`,
      ),
    weight: 1,
  },
  {
    arbitrary: fc
      .array(inlines, { minLength: 1, maxLength: 4 })
      .map((items) => `<ul>\n${items.map((c) => `  <li>${c}</li>`).join("\n")}\n</ul>`),
    weight: 1,
  },
  { arbitrary: inlines.map((c) => `<div contenteditable="true"><p>${c}</p>${c}</div>`), weight: 4 },
  { arbitrary: fc.constant('<iframe src="about:blank" width="600"></iframe>'), weight: 4 },
  {
    arbitrary: fc.constantFrom("<p></p>", "<p> </p>", "<p>\u00a0</p>", "\n\n", "<!-- x -->"),
    weight: 1,
  },
  { arbitrary: inlines, weight: 4 },
  { arbitrary: longParagraph, weight: 1 },
);

/** A whole page: title, lead and a body of blocks (with a little markup around, as the site has). */
const page = fc.tuple(inlines, inlines, fc.array(block, { minLength: 1, maxLength: 5 })).map(
  ([title, lead, blocks]) => `<head><title>Bài thử</title></head><body>
  <header><a href="/">Báo Công Thương</a></header>
  <h1 class="article-detail-title">${title || "Bộ Công Thương"}</h1>
  <div class="article-detail-desc">${lead}</div>
  <div id="articleBody" itemprop="articleBody">${blocks.join("\n")}</div>
  <footer><p>Bộ Công Thương đề nghị bạn đọc góp ý.</p></footer></body>`,
);

function load(html: string): Element {
  document.documentElement.innerHTML = html;
  return document.querySelector("#articleBody") as Element;
}

function extract(): DomArticle {
  const article = extractArticle(document, URL);
  if (!article) throw new Error("the generated page has no article");
  return article;
}

/** The text of a range or slice without HTML whitespace (a <br> is a space in block text only). */
const squeeze = (text: string) => text.replace(/[ \t\n\r\f]+/g, "");

/**
 * Every annotation's range, rebuilt from its offsets, covers exactly the block text it names.
 * Plain comparisons (thousands per run) with a descriptive failure, rather than one `expect` each.
 */
function checkRanges(article: DomArticle, analysis: Analysis): void {
  for (const list of [analysis.terms, analysis.citations, analysis.dates, analysis.directives]) {
    for (const item of list) {
      const block = article.blocks[item.block];
      const where = `${item.type} [${item.start}, ${item.end}) of block ${item.block}`;
      if (!block || item.start < 0 || item.end > block.text.length || item.start >= item.end) {
        throw new Error(`${where}: outside the block text`);
      }
      const covered = squeeze(rangeFor(block, item.start, item.end, document).toString());
      const named = squeeze(block.text.slice(item.start, item.end));
      if (covered !== named) {
        throw new Error(
          `${where}: range covers ${JSON.stringify(covered)}, text ${JSON.stringify(named)}`,
        );
      }
    }
  }
}

/** A stand-in for the CSS Custom Highlight API (happy-dom has none): a registry of Sets. */
function highlightWindow() {
  const highlights = new Map<string, Set<AbstractRange>>();
  class Highlight extends Set<AbstractRange> {
    priority = 0;
  }
  return {
    highlights,
    win: { CSS: { highlights }, Highlight } as unknown as Window,
  };
}

afterAll(() => {
  const total = ranCases.fallback + ranCases.highlightApi + ranCases.mutation;
  console.log(
    `fuzz: ${total} cases (fallback ${ranCases.fallback}, highlight API ${ranCases.highlightApi}, page changes ${ranCases.mutation})`,
  );
});

describe(`DOM invariants on generated 2025-layout pages (${RUNS.fallback + RUNS.highlightApi + RUNS.mutation} cases)`, () => {
  it(`fallback marks: text untouched, exact restore, idempotent, ranges round-trip (${RUNS.fallback} cases)`, async () => {
    await fc.assert(
      fc.asyncProperty(page, async (html) => {
        ranCases.fallback++;
        const root = load(html);
        const original = root.innerHTML;
        const originalText = root.textContent;
        const article = extract();
        const analysis = analyze(article.input);
        checkRanges(article, analysis);

        const painter = new Painter(document, window as unknown as Window, "fallback");
        expect(await painter.paint(article, placeAnnotations(analysis))).toBe(true);
        const painted = root.innerHTML;
        const marks = document.querySelectorAll(MARK_TAG).length;
        if (analysis.terms.length + analysis.citations.length + analysis.directives.length > 0) {
          expect(marks).toBeGreaterThan(0);
        }
        expect(root.textContent).toBe(originalText);

        // Annotating again (as after a page change) reads the same text and paints the same DOM.
        painter.unwrapForReading();
        expect(root.innerHTML).toBe(original);
        const again = extract();
        expect(again.blocks.map((b) => b.text)).toEqual(article.blocks.map((b) => b.text));
        const second = analyze(again.input);
        expect(JSON.stringify(second)).toBe(JSON.stringify(analysis));
        await painter.paint(again, placeAnnotations(second));
        expect(root.innerHTML).toBe(painted);
        expect(root.textContent).toBe(originalText);

        // Hiding and showing toggles the marks without leaving traces.
        painter.setVisible(false);
        expect(root.innerHTML).toBe(original);
        painter.setVisible(true);
        expect(root.innerHTML).toBe(painted);

        painter.clear();
        expect(root.innerHTML).toBe(original);
        expect(root.textContent).toBe(originalText);
      }),
      { numRuns: RUNS.fallback, seed: SEED },
    );
  });

  it(`Highlight API: the DOM is never touched and each range is registered (${RUNS.highlightApi} cases)`, async () => {
    await fc.assert(
      fc.asyncProperty(page, async (html) => {
        ranCases.highlightApi++;
        const root = load(html);
        const original = document.documentElement.innerHTML;
        const article = extract();
        const analysis = analyze(article.input);
        const { highlights, win } = highlightWindow();
        // Every range registered, however long the page (the viewport window has its own tests).
        const painter = new Painter(document, win, "highlight-api", Number.POSITIVE_INFINITY);
        await painter.paint(article, placeAnnotations(analysis));
        expect(document.documentElement.innerHTML).toBe(original);
        expect(highlights.get("policy-lens-term")?.size).toBe(analysis.terms.length);
        expect(highlights.get("policy-lens-citation")?.size).toBe(analysis.citations.length);
        expect(highlights.get("policy-lens-directive")?.size).toBe(analysis.directives.length);
        // Every range lies in the article (title, lead or body), none in the site's own markup.
        const parts = [root, article.titleElement, article.leadElement];
        for (const set of highlights.values()) {
          for (const range of set) {
            const node = (range as Range).commonAncestorContainer;
            expect(parts.some((part) => part?.contains(node))).toBe(true);
          }
        }
        // Painting the same article again reuses every range: nothing added, nothing lost.
        await painter.paint(extract(), placeAnnotations(analysis));
        expect(highlights.get("policy-lens-term")?.size).toBe(analysis.terms.length);
        painter.dispose();
        expect(highlights.size).toBe(0);
        expect(document.documentElement.innerHTML).toBe(original);
      }),
      { numRuns: RUNS.highlightApi, seed: SEED + 1 },
    );
  });

  it(`text that changes during annotation: no throw, the page's change kept, ours removed (${RUNS.mutation} cases)`, async () => {
    const change = fc.record({
      pick: fc.nat(),
      kind: fc.constantFrom("append", "replace", "remove", "insert-element"),
      text: phrase,
    });
    await fc.assert(
      fc.asyncProperty(page, change, async (html, edit) => {
        ranCases.mutation++;
        const root = load(html);
        const article = extract();
        const analysis = analyze(article.input);
        const painter = new Painter(document, window as unknown as Window, "fallback");
        const painting = painter.paint(article, placeAnnotations(analysis));
        // The page edits its own text while our paint is in flight.
        const texts: Text[] = [];
        const walker = document.createTreeWalker(root, 4);
        for (let n = walker.nextNode(); n; n = walker.nextNode()) texts.push(n as Text);
        const target = texts[edit.pick % Math.max(1, texts.length)];
        if (target) {
          if (edit.kind === "append") target.data += ` ${edit.text}`;
          else if (edit.kind === "replace") target.data = edit.text;
          else if (edit.kind === "remove") target.remove();
          else {
            const em = document.createElement("em");
            em.textContent = edit.text;
            target.parentNode?.insertBefore(em, target);
          }
        }
        await painting;
        const paintedText = root.textContent;
        painter.clear();
        // Taking our marks out never changes the text the page now has.
        expect(root.textContent).toBe(paintedText);
        expect(root.querySelector(MARK_TAG)).toBeNull();
        // And the page can be read and annotated again.
        const again = extract();
        const second = analyze(again.input);
        checkRanges(again, second);
        const fresh = root.innerHTML;
        await painter.paint(again, placeAnnotations(second));
        painter.clear();
        expect(root.innerHTML).toBe(fresh);
      }),
      { numRuns: RUNS.mutation, seed: SEED + 2 },
    );
  });
});
