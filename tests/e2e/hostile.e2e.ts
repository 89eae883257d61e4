/**
 * Hostile and extreme pages through the real extension in Chromium: script payloads written as
 * text never run and show as text, huge and deep pages end in a clear state with the page's
 * markup untouched, main-thread long tasks are measured, and generated pages come out unchanged.
 * Every page here is written by us.
 */
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { contentState, type ExtensionBrowser, launchBrowser, waitForPageState } from "./harness";

let browser: ExtensionBrowser;
let pathId = 910_000;

beforeAll(async () => {
  browser = await launchBrowser();
  // Every page records its long tasks from the start, and any payload that runs sets a flag.
  await browser.context.addInitScript(() => {
    const w = window as unknown as { __longTasks: [number, number][] };
    w.__longTasks = [];
    try {
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries())
          w.__longTasks.push([entry.startTime, entry.duration]);
      }).observe({ type: "longtask", buffered: true });
    } catch {
      // No Long Tasks API: the list stays empty and the timing checks say so.
    }
  });
});
afterAll(async () => {
  await browser?.close();
});

const escapeHtml = (text: string) =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** An article page in the 2025 layout; `body` is trusted markup, title and lead are escaped. */
function articleHtml(title: string, lead: string, body: string): string {
  return `<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head>
<body><h1 class="article-detail-title">${escapeHtml(title)}</h1>
<div class="article-detail-desc">${escapeHtml(lead)}</div>
<div id="articleBody" itemprop="articleBody">${body}</div></body></html>`;
}

/** Serves `html` at a fresh article path and opens it. */
async function openArticle(html: string): Promise<Page> {
  const path = `/bai-viet-kiem-thu-${pathId++}.html`;
  browser.server.route(path, html);
  const page = await browser.open(path);
  return page;
}

/** Markup and rendered text of the body, and a cheap digest of big markup. */
function bodySnapshot(page: Page) {
  return page.evaluate(() => {
    // The snapshot's own work (innerText lays out the page) is a long task of the test, not of
    // the extension: it is marked so the long-task check leaves it out.
    const started = performance.now();
    const root = document.querySelector("#articleBody") as HTMLElement;
    const html = root.innerHTML;
    let hash = 0;
    for (let i = 0; i < html.length; i++) hash = (hash * 31 + html.charCodeAt(i)) | 0;
    // biome-ignore lint/performance/useDomNodeTextContent: rendered text is what a reader sees
    const text = root.innerText;
    performance.measure("test:snapshot", { start: started, end: performance.now() });
    return {
      length: html.length,
      hash,
      html: html.length < 200_000 ? html : "",
      text: text.length < 200_000 ? text : String(text.length),
    };
  });
}

/** Long tasks of the page so far, as [start, duration] in ms. */
function longTasks(page: Page): Promise<[number, number][]> {
  return page.evaluate(
    () => (window as unknown as { __longTasks: [number, number][] }).__longTasks,
  );
}

/**
 * From the start of our first step to shortly after the last (the browser renders the
 * highlights in the frame after they are registered): the window in which a long task is ours.
 */
function ourWindow(page: Page): Promise<[number, number] | null> {
  return page.evaluate(() => {
    const steps = performance
      .getEntriesByType("measure")
      .filter((m) => m.name.startsWith("policy-lens:"));
    if (steps.length === 0) return null;
    const start = Math.min(...steps.map((m) => m.startTime));
    const end = Math.max(...steps.map((m) => m.startTime + m.duration));
    return [start, end + 250] as [number, number];
  });
}

const stateOf = (page: Page) => contentState(browser, page);

const PAYLOADS = [
  `<img src=x onerror="window.__plPwned=1;alert(1)">`,
  `</style><script>window.__plPwned=2</script>`,
  `"><svg onload="window.__plPwned=3">`,
  "javascript:window.__plPwned=4",
];

describe("script payloads written as text", () => {
  it("never run, and the card and the popup show them as text", async () => {
    const directive = `Bộ trưởng đề nghị các Sở Công Thương ${PAYLOADS[0]} khẩn trương báo cáo trước ngày 30/6/2025.`;
    const body = [
      `<p>${escapeHtml(directive)}</p>`,
      `<p>${escapeHtml(`Theo Nghị quyết số 01/NQ-CP ngày 5/1/2024 ${PAYLOADS[1]}, Bộ Công Thương ${PAYLOADS[2]} yêu cầu các doanh nghiệp bảo đảm cung ứng xăng dầu.`)}</p>`,
      `<p>${escapeHtml(`Xem thêm ${PAYLOADS[3]} tại Sở Công Thương.`)}</p>`,
    ].join("\n");
    const dialogs: string[] = [];
    const html = articleHtml(
      `Bộ Công Thương ${PAYLOADS[1]}`,
      `Sở Công Thương ${PAYLOADS[0]}`,
      body,
    );
    const path = `/bai-viet-kiem-thu-${pathId++}.html`;
    browser.server.route(path, html);
    const page = await browser.context.newPage();
    page.on("dialog", (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await page.goto(`http://congthuong.vn${path}`);
    const before = await bodySnapshot(page);
    expect(await waitForPageState(page, ["ready", "error", "skipped"])).toBe("ready");
    const state = await stateOf(page);
    const directives = state.analysis?.directives ?? [];
    expect(directives.some((d) => d.text.includes(PAYLOADS[0] as string))).toBe(true);

    // Open the card of the directive carrying the payload: keyboard "next directive".
    await page.keyboard.press("Alt+Shift+N");
    await page.waitForFunction(() =>
      document.querySelector("policy-lens-ui")?.shadowRoot?.querySelector(".pl-card"),
    );
    const card = await page.evaluate(() => {
      const root = document.querySelector("policy-lens-ui")?.shadowRoot;
      const el = root?.querySelector(".pl-card");
      return {
        text: el?.textContent ?? "",
        injected:
          root?.querySelectorAll(".pl-card img, .pl-card script, .pl-card svg").length ?? -1,
      };
    });
    expect(card.injected).toBe(0);
    expect(card.text).toContain("onerror");

    const popup = await browser.openPopup(await browser.tabIdOf(page));
    await popup.waitForSelector("text=onerror", { timeout: 10_000 });
    const popupCheck = await popup.evaluate(() => ({
      injected: document.querySelectorAll("body img[src='x'], body script, body svg[onload]")
        .length,
      // biome-ignore lint/performance/useDomNodeTextContent: rendered text
      text: document.body.innerText,
    }));
    expect(popupCheck.injected).toBe(0);
    expect(popupCheck.text).toContain(`<img src=x onerror=`);
    await popup.close();

    expect(await page.evaluate(() => (window as unknown as { __plPwned?: number }).__plPwned)).toBe(
      undefined,
    );
    expect(dialogs).toEqual([]);
    const after = await bodySnapshot(page);
    expect(after.text).toBe(before.text);
    expect(after.hash).toBe(before.hash);
    await page.close();
  });
});

/** Opens a page, waits for its final state, and returns it with timings and the body check. */
async function runExtreme(name: string, html: string) {
  const page = await openArticle(html);
  const started = Date.now();
  const before = await bodySnapshot(page);
  const state = await waitForPageState(page, ["ready", "error", "skipped"], 60_000);
  const seconds = (Date.now() - started) / 1000;
  // Let the frame that renders the highlights pass before the snapshot (whose layout is the
  // test's work) and before reading the long tasks.
  await page.waitForTimeout(300);
  const after = await bodySnapshot(page);
  const tasks = await longTasks(page);
  const span = await ourWindow(page);
  const snapshots = await page.evaluate(() =>
    performance
      .getEntriesByName("test:snapshot")
      .map((m) => [m.startTime, m.startTime + m.duration] as [number, number]),
  );
  const ours = span
    ? tasks.filter(
        ([start, duration]) =>
          start + duration > span[0] &&
          start < span[1] &&
          !snapshots.some(([from, to]) => start < to && start + duration > from),
      )
    : [];
  const longestOurs = Math.max(0, ...ours.map(([, duration]) => duration));
  // Our own steps, as the content script measures them (policy-lens:extract, :analyze, …).
  const steps = await page.evaluate(() =>
    Object.fromEntries(
      performance
        .getEntriesByType("measure")
        .filter((m) => m.name.startsWith("policy-lens:"))
        .map((m) => [m.name.slice(12), Math.round(m.duration)]),
    ),
  );
  // Which of our steps each long task of ours overlaps: a failure names its cause.
  const marks = await page.evaluate(() =>
    performance
      .getEntriesByType("measure")
      .filter((m) => m.name.startsWith("policy-lens:"))
      .map((m) => [m.name.slice(12), m.startTime, m.startTime + m.duration] as const),
  );
  const causes = ours.map(([start, duration]) => {
    const names = marks
      .filter(([, from, to]) => start < to && start + duration > from)
      .map(([n]) => n);
    return `${duration.toFixed(0)} ms at ${start.toFixed(0)} (${names.join(", ") || "after our steps"})`;
  });
  const snapshot = await stateOf(page);
  const longest = Math.max(0, ...tasks.map(([, duration]) => duration));
  console.log(
    `${name}: ${state} after ${seconds.toFixed(1)} s; long tasks of the whole load ${tasks.length} (longest ${longest.toFixed(0)} ms), while annotating ${ours.length} (longest ${longestOurs.toFixed(0)} ms${causes.length ? `: ${causes.join("; ")}` : ""}); our steps ${JSON.stringify(steps)}; ${snapshot.message ?? ""}`,
  );
  await page.close();
  return {
    state,
    before,
    after,
    longestOurs,
    snapshot,
    steps: steps as Record<string, number>,
  };
}

const SENTENCE =
  "Bộ trưởng đề nghị các Sở Công Thương khẩn trương triển khai Nghị quyết số 01/NQ-CP ngày 5/1/2024. ";

describe("extreme pages end in a clear state with the page untouched", () => {
  it("a 5 MB article in one text node: a clear 'too long' error, the tab stays responsive", async () => {
    const text = SENTENCE.repeat(Math.ceil((5 * 1024 * 1024) / SENTENCE.length));
    const r = await runExtreme(
      "5 MB text node",
      articleHtml("Bài rất dài", "Sở Công Thương", `<p>${text}</p>`),
    );
    expect(r.state).toBe("error");
    expect(r.snapshot.message).toMatch(/too long/);
    expect(r.after.hash).toBe(r.before.hash);
    // Reading the page (extraction) is the only work of ours: no analysis and no painting run.
    // (Chromium's own parsing and layout of 5 MB is most of the page's long tasks.)
    expect(r.steps.analyze).toBeUndefined();
    expect(r.steps.highlight).toBeUndefined();
    // Refused on the body's raw length, before the character-by-character extraction.
    expect(r.steps.extract).toBeUndefined();
  }, 120_000);

  it("5,000 paragraphs", async () => {
    const body = Array.from({ length: 5000 }, (_, i) => `<p>Đoạn ${i}: ${SENTENCE}</p>`).join("\n");
    const r = await runExtreme(
      "5,000 paragraphs",
      articleHtml("Bài nhiều đoạn", "Sở Công Thương", body),
    );
    expect(r.state).toBe("ready");
    expect(r.after.hash).toBe(r.before.hash);
    // Reading, transfer and painting all run in slices: no task of ours blocks the page.
    expect(r.longestOurs).toBeLessThanOrEqual(50);
  }, 120_000);

  it("elements nested 2,000 deep", async () => {
    const depth = 2000;
    const body = `${"<span>".repeat(depth)}${SENTENCE}${"</span>".repeat(depth)}<p>${SENTENCE}</p>`;
    const r = await runExtreme("depth 2,000", articleHtml("Bài lồng sâu", "Sở Công Thương", body));
    expect(r.state).toBe("ready");
    expect(r.longestOurs).toBeLessThanOrEqual(50);
    expect(r.after.hash).toBe(r.before.hash);
    expect(r.after.text).toBe(r.before.text);
  }, 120_000);

  it("an ordinary article: no long task of ours", async () => {
    const body = Array.from(
      { length: 25 },
      (_, i) => `<p>Đoạn ${i}: ${SENTENCE}Hội nghị diễn ra tại Hà Nội.</p>`,
    ).join("\n");
    const r = await runExtreme(
      "ordinary 25 paragraphs",
      articleHtml("Bài thường", "Sở Công Thương", body),
    );
    expect(r.state).toBe("ready");
    expect(r.after.hash).toBe(r.before.hash);
    expect(r.longestOurs).toBeLessThanOrEqual(50);
  }, 60_000);
});

describe("generated pages through the real extension", () => {
  const WORDS = [
    "Bộ Công Thương",
    "Sở Công Thương",
    "Ủy ban nhân dân tỉnh",
    "thương mại điện tử",
    "Nghị quyết số 01/NQ-CP ngày 5/1/2024",
    "trước ngày 30/6/2025",
    "Bộ trưởng đề nghị các Sở Công Thương khẩn trương báo cáo.",
    "hoà bình",
    "thuỷ sản",
    "a < b & c",
  ];
  /** A small deterministic generator (the same 50 pages every run). */
  function pages(count: number, seed: number): string[] {
    let x = seed;
    const next = (n: number) => {
      x = (x * 1_103_515_245 + 12_345) % 2 ** 31;
      return x % n;
    };
    const text = () => {
      const word = WORDS[next(WORDS.length)] as string;
      return escapeHtml(next(4) === 0 ? word.normalize("NFD") : word);
    };
    const inline = (): string => {
      const kind = next(6);
      if (kind === 0) return `<strong>${text()} ${text()}</strong>`;
      if (kind === 1) return `<a href="#">${text()}</a><br>`;
      if (kind === 2) return `<em>${text()}</em><!-- c -->`;
      return `${text()} `;
    };
    const block = () => {
      const kind = next(8);
      const run = Array.from({ length: 1 + next(5) }, inline).join("");
      if (kind === 0)
        return `<table><tbody><tr><td>${run}</td><td>${text()}</td></tr></tbody></table>`;
      if (kind === 1) return `<ul><li>${run}</li><li>${text()}</li></ul>`;
      if (kind === 2) return `<div contenteditable="true"><p>${run}</p></div>`;
      if (kind === 3) return `<iframe src="about:blank"></iframe><p>${run}</p>`;
      return `<p>${run}</p>`;
    };
    return Array.from({ length: count }, () =>
      articleHtml(
        "Bài sinh tự động",
        text(),
        Array.from({ length: 1 + next(8) }, block).join("\n"),
      ),
    );
  }

  it("50 generated pages: ready, markup and rendered text unchanged (50 cases)", async () => {
    const generated = pages(50, 2025);
    console.log(`fuzz (Chromium): ${generated.length} cases`);
    for (const [i, html] of generated.entries()) {
      // Reference: the same markup at a tag-page address, which the extension leaves alone.
      const refPath = `/trang-tham-chieu.tag${9000 + i}.html`;
      browser.server.route(refPath, html);
      const reference = await browser.open(refPath);
      expect(await waitForPageState(reference, ["skipped", "ready", "error"])).toBe("skipped");
      const expected = await bodySnapshot(reference);
      await reference.close();
      const page = await openArticle(html);
      expect(await waitForPageState(page, ["ready", "error", "skipped"]), `page ${i}`).toBe(
        "ready",
      );
      const actual = await bodySnapshot(page);
      expect(actual.html, `page ${i}`).toBe(expected.html);
      expect(actual.text, `page ${i}`).toBe(expected.text);
      await page.close();
    }
  }, 240_000);
});
