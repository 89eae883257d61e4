// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from "vitest";
import type { CardLayerProps } from "../../components/card/CardLayer";
import type { Analysis, ArticleInput } from "../../core/types";
import { extractArticle } from "../../page/adapters";
import { annotationAt, placeAnnotations } from "../../page/annotations";
import { PageController, type PageHost } from "../../page/controller";
import { MARK_TAG } from "../../page/highlight/fallback";
import { annotationOfMark } from "../../page/hit-test";
import { keyCommand } from "../../page/keyboard";
import { parseRequest } from "../../page/messages";
import { sampleAnalyzer } from "./highlight-sample";

const URL = "https://congthuong.vn/bai-viet-mau-123456.html";
const PAGE = `<head><title>Bài mẫu</title></head><body>
  <h1 class="article-detail-title">Bộ Công Thương yêu cầu kiểm tra</h1>
  <div class="article-detail-desc">Sở Công Thương các tỉnh tham gia.</div>
  <div id="articleBody" itemprop="articleBody">
    <p>Theo Nghị quyết 01/NQ-CP, Bộ Công Thương yêu cầu các Sở Công Thương báo cáo.</p>
    <p>Đoạn không có gì.</p>
  </div>
  <aside class="sidebar"><p>Bộ Công Thương yêu cầu điều khác</p></aside></body>`;

function setUp(
  analyze: (input: ArticleInput) => Analysis = sampleAnalyzer,
  extra: Partial<PageHost> = {},
) {
  document.documentElement.innerHTML = PAGE;
  const renders: CardLayerProps[] = [];
  const badges: (number | null)[] = [];
  const logError = vi.fn();
  const host: PageHost = {
    doc: document,
    win: window as unknown as Window,
    analyze,
    render: (props) => renders.push(props),
    sendBadge: (open) => badges.push(open),
    isOwnNode: () => false,
    forceFallback: true,
    isInvalid: () => false,
    logError,
    ...extra,
  };
  const controller = new PageController(host);
  const body = () => document.querySelector("#articleBody") as Element;
  return { controller, renders, badges, logError, body };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
let current: PageController | null = null;
afterEach(() => {
  current?.dispose();
  current = null;
});

describe("PageController (fallback highlighter)", () => {
  it("annotates an article page and reports ready with the directive count", async () => {
    const { controller, badges, body } = setUp();
    current = controller;
    await controller.start(URL);
    expect(document.documentElement.dataset.policyLens).toBe("ready");
    expect(controller.snapshot().state).toBe("ready");
    expect(controller.snapshot().highlightsOn).toBe(true);
    const directives = controller.snapshot().analysis?.directives.length ?? 0;
    expect(directives).toBe(2);
    expect(badges).toEqual([2]);
    expect(body().querySelectorAll(`${MARK_TAG}[data-kind="citation"]`).length).toBe(1);
    // The sidebar is not the article: nothing there is marked.
    expect(document.querySelectorAll(`aside ${MARK_TAG}`)).toHaveLength(0);
    expect(document.getElementById("policy-lens-highlight-style")).not.toBeNull();
  });

  it("skips pages that are not articles, leaving them untouched", async () => {
    const { controller, badges } = setUp();
    current = controller;
    const html = document.body.innerHTML;
    await controller.start("https://congthuong.vn/chuyen-doi-so.tag12.html");
    expect(document.documentElement.dataset.policyLens).toBe("skipped");
    expect(badges).toEqual([null]);
    expect(document.body.innerHTML).toBe(html);
  });

  it("turns highlights off (restoring the body exactly) and on again", async () => {
    const { controller, body } = setUp();
    current = controller;
    const html = body().innerHTML;
    await controller.start(URL);
    expect(body().innerHTML).not.toBe(html);
    const off = (await controller.handle({ type: "policy-lens/set-highlights", on: false })) as {
      highlightsOn: boolean;
    };
    expect(off.highlightsOn).toBe(false);
    expect(body().innerHTML).toBe(html);
    await controller.handle({ type: "policy-lens/set-highlights", on: true });
    expect(body().querySelectorAll(MARK_TAG).length).toBeGreaterThan(0);
  });

  it("steps through directives with the keyboard, announcing each, and Esc closes the card", async () => {
    const { controller, renders } = setUp();
    current = controller;
    await controller.start(URL);
    const key = (init: KeyboardEventInit) => controller.keyDown(new KeyboardEvent("keydown", init));
    expect(key({ key: "N", code: "KeyN", altKey: true, shiftKey: true })).toBe(true);
    let last = renders[renders.length - 1];
    expect(last?.announcement).toBe("Directive 1 of 2");
    expect(last?.card?.model.kind).toBe("directive");
    expect(last?.card?.model.ref).toBe("directive:0");
    key({ key: "N", code: "KeyN", altKey: true, shiftKey: true });
    last = renders[renders.length - 1];
    expect(last?.announcement).toBe("Directive 2 of 2");
    expect(last?.card?.model.heading).toContain("required");
    expect(key({ key: "Escape", code: "Escape" })).toBe(true);
    expect(renders[renders.length - 1]?.card).toBeNull();
    expect(key({ key: "Escape", code: "Escape" })).toBe(false);
    key({ key: "L", code: "KeyL", altKey: true, shiftKey: true });
    expect(renders[renders.length - 1]?.announcement).toBe("Highlights off");
    expect(controller.snapshot().highlightsOn).toBe(false);
  });

  it("shows an annotation asked for by the popup, and refuses unknown ones", async () => {
    const { controller, renders } = setUp();
    current = controller;
    await controller.start(URL);
    expect(
      await controller.handle({ type: "policy-lens/show", kind: "citation", index: 0 }),
    ).toEqual({ ok: true });
    const card = renders[renders.length - 1]?.card;
    expect(card?.model.heading).toBe("Resolution No. 01/NQ-CP of the Government");
    expect(card?.model.original).toBe("Nghị quyết 01/NQ-CP");
    expect(await controller.handle({ type: "policy-lens/show", kind: "term", index: 99 })).toEqual({
      ok: false,
    });
  });

  it("highlights a paragraph appended after load", async () => {
    const { controller, body } = setUp();
    current = controller;
    await controller.start(URL);
    const before = controller.counts();
    const p = document.createElement("p");
    p.textContent = "Đoạn mới: Sở Công Thương yêu cầu thêm.";
    body().appendChild(p);
    await sleep(700);
    expect(p.querySelectorAll(MARK_TAG).length).toBeGreaterThan(0);
    expect(controller.counts().term).toBe(before.term + 1);
    expect(controller.snapshot().analysis?.directives.length).toBe(3);
    expect(document.documentElement.dataset.policyLens).toBe("ready");
  });

  it("does not take its own marks for page changes (one repaint per page change)", async () => {
    const analyze = vi.fn(sampleAnalyzer);
    const { controller, body, badges } = setUp(analyze);
    current = controller;
    await controller.start(URL);
    await controller.handle({ type: "policy-lens/set-highlights", on: false });
    await controller.handle({ type: "policy-lens/set-highlights", on: true });
    await sleep(700);
    // Each paint reports the directive count once: one paint so far.
    expect(badges).toHaveLength(1);
    const p = document.createElement("p");
    p.textContent = "Bộ Công Thương yêu cầu thêm.";
    body().appendChild(p);
    await sleep(700);
    expect(analyze).toHaveBeenCalledTimes(2);
    expect(badges).toEqual([2, 3]);
    await sleep(700);
    expect(badges).toHaveLength(2);
  });

  it("reports an analysis failure once and leaves the page untouched", async () => {
    const { controller, logError } = setUp(() => {
      throw new Error("broken");
    });
    current = controller;
    const html = document.body.innerHTML;
    await controller.start(URL);
    expect(document.documentElement.dataset.policyLens).toBe("error");
    expect(controller.snapshot().message).toMatch(/could not analyse/);
    expect(logError).toHaveBeenCalledTimes(1);
    expect(document.body.innerHTML).toBe(html);
  });

  it("leaves the page as it was when disposed", async () => {
    const { controller } = setUp();
    const html = document.body.innerHTML;
    await controller.start(URL);
    controller.dispose();
    expect(document.body.innerHTML).toBe(html);
    expect(document.getElementById("policy-lens-highlight-style")).toBeNull();
  });
});

describe("hit-testing lookups", () => {
  it("finds the most specific annotation at a text position", () => {
    document.documentElement.innerHTML = PAGE;
    const article = extractArticle(document, URL);
    if (!article) throw new Error("no article");
    const annotations = placeAnnotations(sampleAnalyzer(article.input));
    const text = article.blocks[2]?.text ?? "";
    const inTerm = text.indexOf("Bộ Công Thương") + 2;
    expect(annotationAt(annotations, { block: 2, offset: inTerm })?.kind).toBe("term");
    const inDirectiveOnly = text.indexOf("báo cáo");
    expect(annotationAt(annotations, { block: 2, offset: inDirectiveOnly })?.kind).toBe(
      "directive",
    );
    expect(annotationAt(annotations, { block: 3, offset: 2 })).toBeNull();
  });

  it("reads the annotation of a fallback mark from an event target", () => {
    document.documentElement.innerHTML = PAGE;
    const article = extractArticle(document, URL);
    if (!article) throw new Error("no article");
    const annotations = placeAnnotations(sampleAnalyzer(article.input));
    const mark = document.createElement(MARK_TAG);
    mark.setAttribute("data-ref", "citation:0");
    const inner = document.createElement("strong");
    mark.appendChild(inner);
    expect(annotationOfMark(inner, annotations)?.item.text).toBe("Nghị quyết 01/NQ-CP");
    mark.setAttribute("data-ref", "date:0");
    expect(annotationOfMark(inner, annotations)).toBeNull();
    expect(annotationOfMark(document.body, annotations)).toBeNull();
  });
});

describe("message validation", () => {
  it("accepts the page requests", () => {
    expect(parseRequest({ type: "policy-lens/get-state" })).toEqual({
      type: "policy-lens/get-state",
    });
    expect(parseRequest({ type: "policy-lens/set-highlights", on: false })).toEqual({
      type: "policy-lens/set-highlights",
      on: false,
    });
    expect(parseRequest({ type: "policy-lens/show", kind: "directive", index: 2 })).toEqual({
      type: "policy-lens/show",
      kind: "directive",
      index: 2,
    });
    expect(parseRequest({ type: "policy-lens/command", command: "next-directive" })).toEqual({
      type: "policy-lens/command",
      command: "next-directive",
    });
  });

  it.each([
    null,
    "policy-lens/get-state",
    { type: "policy-lens/set-highlights", on: "yes" },
    { type: "policy-lens/show", kind: "person", index: 0 },
    { type: "policy-lens/show", kind: "term", index: -1 },
    { type: "policy-lens/show", kind: "term", index: 1.5 },
    { type: "policy-lens/command", command: "delete-everything" },
    { type: "other/get-state" },
  ])("rejects %j", (message) => {
    expect(parseRequest(message)).toBeNull();
  });

  it("maps keys to commands only with Alt+Shift", () => {
    const key = (code: string, mods: Partial<KeyboardEvent> = {}) =>
      keyCommand({
        key: code,
        code,
        altKey: false,
        shiftKey: false,
        ctrlKey: false,
        metaKey: false,
        ...mods,
      });
    expect(key("KeyL", { altKey: true, shiftKey: true })).toBe("toggle-highlights");
    expect(key("KeyN", { altKey: true, shiftKey: true, key: "Ñ" })).toBe("next-directive");
    expect(key("KeyN", { altKey: true })).toBeNull();
    expect(key("KeyN", { altKey: true, shiftKey: true, ctrlKey: true })).toBeNull();
    expect(key("Escape")).toBe("close");
  });
});

describe("PageController with analysis in the background", () => {
  it("uses the background's analysis and never analyses in the page", async () => {
    const local = vi.fn(sampleAnalyzer);
    const remote = vi.fn(async (input: ArticleInput) => sampleAnalyzer(input));
    const { controller, badges } = setUp(local, { analyzeRemote: remote });
    current = controller;
    await controller.start(URL);
    expect(document.documentElement.dataset.policyLens).toBe("ready");
    expect(remote).toHaveBeenCalledTimes(1);
    expect(local).not.toHaveBeenCalled();
    expect(badges).toEqual([2]);
  });

  it("analyses in the page when the background does not answer", async () => {
    const local = vi.fn(sampleAnalyzer);
    const remote = vi.fn(async () => {
      throw new Error("Could not establish connection. Receiving end does not exist.");
    });
    const { controller, badges } = setUp(local, { analyzeRemote: remote });
    current = controller;
    await controller.start(URL);
    expect(document.documentElement.dataset.policyLens).toBe("ready");
    expect(local).toHaveBeenCalledTimes(1);
    expect(badges).toEqual([2]);
  });

  it("with no analysis in the page, a silent background ends in a clear error, page untouched", async () => {
    const remote = vi.fn(async () => {
      throw new Error("the background closed the analysis port");
    });
    const { controller, body, logError } = setUp(sampleAnalyzer, {
      analyze: undefined,
      analyzeRemote: remote,
    });
    current = controller;
    const before = body().innerHTML;
    await controller.start(URL);
    expect(document.documentElement.dataset.policyLens).toBe("error");
    expect(controller.snapshot().message).toMatch(/Reload the page/);
    expect(body().innerHTML).toBe(before);
    expect(logError).toHaveBeenCalledTimes(1);
  });
});
