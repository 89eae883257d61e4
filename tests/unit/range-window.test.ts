// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from "vitest";
import { extractArticle } from "../../page/adapters";
import { placeAnnotations, refOf } from "../../page/annotations";
import { Painter } from "../../page/highlight/painter";
import { sampleAnalyzer } from "./highlight-sample";

/** A Highlight as the page sees it: a set of ranges. */
class FakeHighlight extends Set<AbstractRange> {
  priority = 0;
}

const highlights = new Map<string, FakeHighlight>();
const listeners = new Map<string, () => void>();
let frames: (() => void)[] = [];
let scrollY = 0;
const VIEWPORT = 500;
const PARAGRAPH_HEIGHT = 100;

/** A window whose scrolling and frames the test drives by hand. */
const fakeWindow = {
  CSS: { highlights },
  Highlight: FakeHighlight,
  innerHeight: VIEWPORT,
  addEventListener: (type: string, listener: () => void) => listeners.set(type, listener),
  removeEventListener: (type: string) => listeners.delete(type),
  requestAnimationFrame: (callback: () => void) => frames.push(callback),
  cancelAnimationFrame: () => {
    frames = [];
  },
} as unknown as Window;

/** Scrolls the fake page and runs the frame that follows. */
function scrollTo(y: number) {
  scrollY = y;
  listeners.get("scroll")?.();
  listeners.get("scroll")?.();
  const pending = frames;
  frames = [];
  for (const frame of pending) frame();
}

const URL = "https://congthuong.vn/bai-dai-123456.html";
// Our own sentence, with terms, a citation and a directive in every paragraph.
const SENTENCE =
  "Theo Nghị quyết 01/NQ-CP, Bộ Công Thương yêu cầu các Sở Công Thương báo cáo trước ngày 30/6/2024.";

function setUpPage(paragraphs: number) {
  document.body.innerHTML = `<h1 class="article-detail-title">Bài dài</h1>
    <div id="articleBody" itemprop="articleBody">${Array.from(
      { length: paragraphs },
      (_, i) => `<p id="p${i}">${SENTENCE}</p>`,
    ).join("")}</div>`;
  // Paragraph i occupies [i × 100, i × 100 + 100) of the page; the title sits above them.
  for (let i = 0; i < paragraphs; i++) {
    const element = paragraph(i);
    element.getBoundingClientRect = () => {
      const top = i * PARAGRAPH_HEIGHT - scrollY;
      return {
        top,
        bottom: top + PARAGRAPH_HEIGHT,
        width: 600,
        height: PARAGRAPH_HEIGHT,
      } as DOMRect;
    };
  }
  const title = document.querySelector("h1") as Element;
  title.getBoundingClientRect = () =>
    ({ top: -200 - scrollY, bottom: -100 - scrollY, width: 600, height: 100 }) as DOMRect;
  const article = extractArticle(document, URL);
  if (!article) throw new Error("no article");
  return { article, annotations: placeAnnotations(sampleAnalyzer(article.input)) };
}

const registered = () =>
  ["term", "citation", "directive"].reduce(
    (sum, kind) => sum + (highlights.get(`policy-lens-${kind}`)?.size ?? 0),
    0,
  );

const registeredRanges = () =>
  ["term", "citation", "directive"].flatMap(
    (kind) => [...(highlights.get(`policy-lens-${kind}`) ?? [])] as Range[],
  );

const paragraph = (i: number) => document.getElementById(`p${i}`) as Element;

/** Paragraph numbers whose ranges are registered. */
const paragraphsShown = () =>
  [
    ...new Set(
      registeredRanges().map((range) =>
        Number((range.startContainer.parentElement as Element).id.slice(1)),
      ),
    ),
  ].sort((a, b) => a - b);

beforeEach(() => {
  highlights.clear();
  listeners.clear();
  frames = [];
  scrollY = 0;
});

describe("highlights of a very long article", () => {
  it("registers only the ranges of blocks within a screen of the viewport, following scrolling", async () => {
    const { article, annotations } = setUpPage(100);
    const painter = new Painter(document, fakeWindow, "highlight-api", 200);
    await painter.paint(article, annotations);
    const counts = painter.counts();
    const total = counts.term + counts.citation + counts.directive;
    expect(total).toBeGreaterThan(200);
    expect(painter.windowed).toBe(true);
    // Viewport [0, 500) and a screen below: paragraphs 0–9 plus the boundary one.
    expect(paragraphsShown()).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(registered()).toBeLessThanOrEqual(200);
    // Scrolled to 3,000: a screen above and below it, paragraphs 24–40.
    scrollTo(3_000);
    const shown = paragraphsShown();
    expect(shown[0]).toBe(24);
    expect(shown.at(-1)).toBe(40);
    expect(registered()).toBeLessThanOrEqual(200);
    // Clearing takes everything out and stops following the viewport.
    painter.clear();
    expect(registered()).toBe(0);
    expect(listeners.has("scroll")).toBe(false);
  });

  it("builds ranges only for the blocks it shows, and lets go of those scrolled away", async () => {
    const { article, annotations } = setUpPage(100);
    const painter = new Painter(document, fakeWindow, "highlight-api", 200);
    const created: Range[] = [];
    const createRange = document.createRange.bind(document);
    document.createRange = () => {
      const range = createRange();
      created.push(range);
      return range;
    };
    try {
      await painter.paint(article, annotations);
      const counts = painter.counts();
      const total = counts.term + counts.citation + counts.directive;
      // Eleven paragraphs of a hundred are near the viewport: only their ranges exist.
      expect(created.length).toBe(registered());
      expect(created.length).toBeLessThan(total / 5);
      const inParagraph = (i: number) =>
        annotations.find((a) => article.blocks[a.item.block]?.element.id === `p${i}`);
      const first = inParagraph(0);
      const shown = inParagraph(30);
      if (!first || !shown) throw new Error("no annotation in paragraphs 0 and 30");
      expect(painter.rangeOf(refOf(first))).toBeInstanceOf(Range);
      scrollTo(3_000);
      // Paragraphs 24–40 got ranges; those of paragraphs 0–10 are unregistered and dropped.
      expect(paragraphsShown()[0]).toBe(24);
      expect(created.length).toBeLessThan((total * 30) / 100);
      expect(painter.rangeOf(refOf(first))).toBeNull();
      expect(painter.rangeOf(refOf(shown))).toBeInstanceOf(Range);
    } finally {
      document.createRange = createRange;
    }
  });

  it("never registers more than its limit", async () => {
    const { article, annotations } = setUpPage(100);
    const painter = new Painter(document, fakeWindow, "highlight-api", 12);
    await painter.paint(article, annotations);
    expect(registered()).toBe(12);
    scrollTo(6_000);
    expect(registered()).toBe(12);
    expect(paragraphsShown()[0]).toBe(54);
  });

  it("registers every range of an article under the limit, also after a long one", async () => {
    const long = setUpPage(100);
    const painter = new Painter(document, fakeWindow, "highlight-api", 12);
    await painter.paint(long.article, long.annotations);
    expect(painter.windowed).toBe(true);
    const short = setUpPage(2);
    await painter.paint(short.article, short.annotations);
    expect(painter.windowed).toBe(false);
    const counts = painter.counts();
    expect(registered()).toBe(counts.term + counts.citation + counts.directive);
    expect(registered()).toBeGreaterThan(0);
    expect(registered()).toBeLessThanOrEqual(12);
    expect(listeners.has("scroll")).toBe(false);
  });
});
