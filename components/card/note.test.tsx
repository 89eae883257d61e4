// @vitest-environment happy-dom
/**
 * A term's hover card gets its glossary note from the background: the card shows at once without
 * it, adds it when it arrives, asks once per entry, and says nothing when the answer fails.
 */
import { cleanup, render } from "@testing-library/preact";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { TermMatch } from "../../core/types";
import { PageController, type PageHost } from "../../page/controller";
import { sampleAnalyzer } from "../../tests/unit/highlight-sample";
import type { CardLayerProps } from "./CardLayer";
import { CardLayer } from "./CardLayer";
import { cardModel } from "./model";
import { NoteCache } from "./note-cache";

const URL = "https://congthuong.vn/bai-viet-mau-123456.html";
const PAGE = `<head><title>Bài mẫu</title></head><body>
  <h1 class="article-detail-title">Tin ngành điện</h1>
  <div id="articleBody" itemprop="articleBody">
    <p>Bộ Công Thương và Sở Công Thương họp.</p>
    <p>Sau đó Bộ Công Thương yêu cầu báo cáo.</p>
  </div></body>`;
const MINISTRY_NOTE = "Formed in 2007 by merging two ministries.";

/** A promise with its resolve and reject in hand. */
function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

function setUp(fetchNote: (entryId: string) => Promise<string>) {
  document.documentElement.innerHTML = PAGE;
  const renders: CardLayerProps[] = [];
  const logError = vi.fn();
  const host: PageHost = {
    doc: document,
    win: window as unknown as Window,
    analyze: sampleAnalyzer,
    render: (props) => renders.push(props),
    sendBadge: () => {},
    isOwnNode: () => false,
    forceFallback: true,
    isInvalid: () => false,
    logError,
    fetchNote,
  };
  const controller = new PageController(host);
  const lastCard = () => renders[renders.length - 1]?.card ?? null;
  const noteRow = () => lastCard()?.model.rows.find((row) => row.label === "Note")?.value;
  return { controller, renders, lastCard, noteRow, logError };
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));
let current: PageController | null = null;
afterEach(() => {
  current?.dispose();
  current = null;
  cleanup();
});

/** Index (in the analysis) of the n-th term with this entry id. */
function termIndex(controller: PageController, entryId: string, nth = 0): number {
  const terms = controller.snapshot().analysis?.terms ?? [];
  const indexes = terms.flatMap((t, i) => (t.entryId === entryId ? [i] : []));
  return indexes[nth] ?? -1;
}

describe("the term card's glossary note", () => {
  it("renders at once without the note, then adds it when the background answers", async () => {
    const answer = deferred<string>();
    const fetchNote = vi.fn(() => answer.promise);
    const { controller, lastCard, noteRow } = setUp(fetchNote);
    current = controller;
    await controller.start(URL);
    const ministry = "ministry-of-industry-and-trade";
    expect(controller.show("term", termIndex(controller, ministry))).toBe(true);
    expect(lastCard()?.model.heading).toBe("Ministry of Industry and Trade");
    expect(noteRow()).toBeUndefined();
    expect(fetchNote).toHaveBeenCalledWith(ministry);

    answer.resolve(MINISTRY_NOTE);
    await flush();
    expect(noteRow()).toBe(MINISTRY_NOTE);
    // The enriched model is what the card layer shows.
    const card = lastCard();
    const { getByRole } = render(<CardLayer card={card} announcement="" onClose={() => {}} />);
    expect(getByRole("dialog").textContent).toContain(MINISTRY_NOTE);

    // Another occurrence of the same entry: the note is there from the start, not asked again.
    expect(controller.show("term", termIndex(controller, ministry, 1))).toBe(true);
    expect(noteRow()).toBe(MINISTRY_NOTE);
    expect(fetchNote).toHaveBeenCalledTimes(1);
  });

  it("does not reopen or change a card closed before the note arrives", async () => {
    const answer = deferred<string>();
    const { controller, renders, lastCard } = setUp(() => answer.promise);
    current = controller;
    await controller.start(URL);
    controller.show("term", termIndex(controller, "ministry-of-industry-and-trade"));
    controller.closeCard();
    const count = renders.length;
    answer.resolve(MINISTRY_NOTE);
    await flush();
    expect(renders.length).toBe(count);
    expect(lastCard()).toBeNull();
  });

  it("stays silent when the background fails, and asks again for a later card", async () => {
    const fetchNote = vi
      .fn<(entryId: string) => Promise<string>>()
      .mockRejectedValueOnce(new Error("Could not establish connection"))
      .mockResolvedValueOnce(MINISTRY_NOTE);
    const { controller, noteRow, logError } = setUp(fetchNote);
    current = controller;
    await controller.start(URL);
    const index = termIndex(controller, "ministry-of-industry-and-trade");
    controller.show("term", index);
    await flush();
    expect(noteRow()).toBeUndefined();
    expect(logError).not.toHaveBeenCalled();
    controller.show("term", index);
    await flush();
    expect(noteRow()).toBe(MINISTRY_NOTE);
    expect(fetchNote).toHaveBeenCalledTimes(2);
  });

  it("asks nothing for citations and directives", async () => {
    const fetchNote = vi.fn(async () => "never shown");
    const { controller } = setUp(fetchNote);
    current = controller;
    await controller.start(URL);
    controller.show("directive", 0);
    await flush();
    expect(fetchNote).not.toHaveBeenCalled();
  });
});

describe("cardModel with a glossary note", () => {
  it("puts the entry's note before the term's own renamed-body note", () => {
    const term: TermMatch = {
      type: "term",
      block: 0,
      start: 0,
      end: 14,
      text: "Bộ Công Thương",
      entryId: "ministry-of-industry-and-trade",
      vi: "Bộ Công Thương",
      en: "Ministry of Industry and Trade",
      category: "institution",
      note: "",
      expansion: null,
      person: null,
      nested: [],
    };
    const renamed = { ...term, note: "Name used until 2025-02-28." };
    const rows = (entryNote?: string) =>
      cardModel({ kind: "term", index: 0, item: renamed }, entryNote).rows;
    expect(rows()).toContainEqual({ label: "Note", value: "Name used until 2025-02-28." });
    expect(rows(MINISTRY_NOTE)).toContainEqual({
      label: "Note",
      value: `${MINISTRY_NOTE} Name used until 2025-02-28.`,
    });
  });
});

describe("NoteCache", () => {
  it("shares one request between concurrent loads and keeps the answer", async () => {
    const fetchNote = vi.fn(async (id: string) => `note of ${id}`);
    const cache = new NoteCache(fetchNote);
    expect(cache.cached("a")).toBeUndefined();
    const [one, two] = await Promise.all([cache.load("a"), cache.load("a")]);
    expect([one, two]).toEqual(["note of a", "note of a"]);
    expect(cache.cached("a")).toBe("note of a");
    expect(await cache.load("a")).toBe("note of a");
    expect(fetchNote).toHaveBeenCalledTimes(1);
  });

  it("turns a failure (even a synchronous throw) into an empty note that is not kept", async () => {
    const cache = new NoteCache(() => {
      throw new Error("no background");
    });
    await expect(cache.load("a")).resolves.toBe("");
    expect(cache.cached("a")).toBeUndefined();
  });
});
