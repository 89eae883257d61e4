// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from "vitest";
import { extractArticle } from "../../page/adapters";
import { placeAnnotations } from "../../page/annotations";
import { Painter } from "../../page/highlight/painter";
import { sampleAnalyzer } from "./highlight-sample";

/** A Highlight as the page sees it: a set of ranges. */
class FakeHighlight extends Set<AbstractRange> {
  priority = 0;
}

/** An IntersectionObserver the test drives by hand. */
class FakeObserver {
  static all: FakeObserver[] = [];
  readonly targets = new Set<Element>();
  disconnected = false;
  constructor(readonly callback: (entries: IntersectionObserverEntry[]) => void) {
    FakeObserver.all.push(this);
  }
  observe(target: Element) {
    this.targets.add(target);
  }
  disconnect() {
    this.disconnected = true;
    this.targets.clear();
  }
  /** Reports these targets as entering (true) or leaving (false) the viewport's surroundings. */
  fire(changes: [Element, boolean][]) {
    this.callback(
      changes.map(
        ([target, isIntersecting]) => ({ target, isIntersecting }) as IntersectionObserverEntry,
      ),
    );
  }
}

const highlights = new Map<string, FakeHighlight>();
const fakeWindow = {
  CSS: { highlights },
  Highlight: FakeHighlight,
  IntersectionObserver: FakeObserver,
} as unknown as Window;

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
  const article = extractArticle(document, URL);
  if (!article) throw new Error("no article");
  return { article, annotations: placeAnnotations(sampleAnalyzer(article.input)) };
}

const registered = () =>
  ["term", "citation", "directive"].reduce(
    (sum, kind) => sum + (highlights.get(`policy-lens-${kind}`)?.size ?? 0),
    0,
  );

const paragraph = (i: number) => document.getElementById(`p${i}`) as Element;

beforeEach(() => {
  highlights.clear();
  FakeObserver.all = [];
});

describe("highlights of a very long article", () => {
  it("registers only the ranges of blocks near the viewport, and follows scrolling", async () => {
    const { article, annotations } = setUpPage(40);
    const painter = new Painter(document, fakeWindow, "highlight-api", 12);
    await painter.paint(article, annotations);
    const counts = painter.counts();
    const total = counts.term + counts.citation + counts.directive;
    const perParagraph = total / 40;
    expect(perParagraph).toBeGreaterThanOrEqual(2);
    expect(painter.windowed).toBe(true);
    // Nothing is registered until the browser says what is near the viewport.
    expect(registered()).toBe(0);
    const observer = FakeObserver.all.at(-1) as FakeObserver;
    expect(observer.targets.size).toBe(40);
    observer.fire([
      [paragraph(0), true],
      [paragraph(1), true],
    ]);
    expect(registered()).toBe(Math.min(12, 2 * perParagraph));
    // Scrolling on: the first paragraph leaves, the tenth comes near.
    observer.fire([
      [paragraph(0), false],
      [paragraph(9), true],
    ]);
    expect(registered()).toBe(Math.min(12, 2 * perParagraph));
    const ranges = [...(highlights.get("policy-lens-term") ?? [])] as Range[];
    expect(ranges.some((range) => paragraph(9).contains(range.startContainer))).toBe(true);
    expect(ranges.some((range) => paragraph(0).contains(range.startContainer))).toBe(false);
    // Never more than the limit, however much is near.
    observer.fire(Array.from({ length: 40 }, (_, i): [Element, boolean] => [paragraph(i), true]));
    expect(registered()).toBe(12);
    // Clearing takes everything out and stops following the viewport.
    painter.clear();
    expect(registered()).toBe(0);
    expect(observer.disconnected).toBe(true);
  });

  it("registers every range of an article under the limit, also after a long one", async () => {
    const long = setUpPage(40);
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
  });
});
