import { describe, expect, it } from "vitest";
import { parseTextArticle } from "../../cli/text-article";
import { analyze } from "../../core/analyze";
import type { Analysis, ArticleInput } from "../../core/types";
import { warmUp } from "../../core/warm-up";
import {
  ANALYZE_PORT,
  EarlyPort,
  InputCollector,
  inputParts,
  MAX_REMOTE_CHARS,
  type PortLike,
  ResultCollector,
  requestAnalysis,
  resultParts,
  serveAnalysisPort,
} from "../../page/remote-analysis";
import { corpusSkipReason, devArticles, seedArticle } from "../corpus";

// Our own short article.
const INPUT: ArticleInput = {
  meta: { url: "https://congthuong.vn/a-123456.html", title: "Tiêu đề", lead: "", published: null },
  blocks: [
    { index: 0, kind: "title", text: "Bộ Công Thương họp giao ban" },
    {
      index: 1,
      kind: "paragraph",
      text: "Bộ trưởng đề nghị các Sở Công Thương đẩy mạnh chuyển đổi số trước ngày 30/6/2024.",
    },
    {
      index: 2,
      kind: "paragraph",
      text: "Thứ trưởng yêu cầu Cục Xuất nhập khẩu thực hiện Nghị quyết số 01/NQ-CP ngày 5/1/2024.",
    },
  ],
};

/** Our article's directive paragraph, `paragraphs` times. */
function longArticle(paragraphs: number): ArticleInput {
  const text = INPUT.blocks[1]?.text ?? "";
  return {
    meta: INPUT.meta,
    blocks: Array.from({ length: paragraphs }, (_, index) => ({
      index,
      kind: "paragraph" as const,
      text,
    })),
  };
}

/** The JSON trip every runtime message takes. */
const trip = <T>(value: T): unknown => JSON.parse(JSON.stringify(value));

function collectInput(messages: readonly unknown[]): ArticleInput | "more" | null {
  const collector = new InputCollector();
  let outcome: ArticleInput | "more" | null = "more";
  for (const message of messages) outcome = collector.accept(message);
  return outcome;
}

function collectResult(messages: readonly unknown[], input = INPUT): Analysis | "more" | null {
  const collector = new ResultCollector(input);
  let outcome: Analysis | "more" | null = "more";
  for (const message of messages) outcome = collector.accept(message);
  return outcome;
}

describe("input parts", () => {
  it("carry the article to the background whole, in parts of bounded size", () => {
    const parts = inputParts(INPUT, 120);
    expect(parts.length).toBe(2);
    expect(parts.map((part) => part.last)).toEqual([false, true]);
    expect(parts[0]?.meta).toEqual(INPUT.meta);
    expect(parts[1]?.meta).toBeUndefined();
    expect(collectInput(parts.map(trip))).toEqual(INPUT);
    expect(collectInput(inputParts(INPUT).map(trip))).toEqual(INPUT);
    expect(inputParts(INPUT).length).toBe(1);
  });

  it("an article with no blocks is one last part", () => {
    const empty = { meta: INPUT.meta, blocks: [] };
    expect(collectInput(inputParts(empty).map(trip))).toEqual(empty);
  });

  it("refuse malformed parts, and everything after one", () => {
    const [first] = inputParts(INPUT);
    const good = trip(first) as Record<string, unknown>;
    const bad: unknown[] = [
      null,
      "policy-lens/analyze-input",
      { ...good, type: "policy-lens/analyze" },
      { ...good, last: "yes" },
      { ...good, blocks: "x" },
      { ...good, meta: undefined },
      { ...good, meta: { ...INPUT.meta, url: 1 } },
      { ...good, meta: { ...INPUT.meta, published: 5 } },
      { ...good, blocks: [{ index: 0, kind: "script", text: "x" }] },
      { ...good, blocks: [{ index: 5, kind: "paragraph", text: "x" }] },
      { ...good, blocks: [{ index: 0, kind: "paragraph", text: 3 }] },
      {
        ...good,
        blocks: [{ index: 0, kind: "paragraph", text: "a".repeat(MAX_REMOTE_CHARS + 1) }],
      },
    ];
    for (const message of bad) expect(collectInput([message])).toBeNull();
    // A second part may not bring its own meta, and blocks must continue the numbering.
    const parts = inputParts(INPUT, 40).map(trip) as Record<string, unknown>[];
    expect(parts.length).toBe(3);
    expect(collectInput([parts[0], { ...parts[1], meta: INPUT.meta }, parts[2]])).toBeNull();
    expect(collectInput([parts[0], parts[2]])).toBeNull();
    // After a refusal even a good part is refused.
    const collector = new InputCollector();
    expect(collector.accept(null)).toBeNull();
    expect(collector.accept(good)).toBeNull();
  });

  it("keep only the fields of a block they know", () => {
    const outcome = collectInput([
      {
        type: "policy-lens/analyze-input",
        meta: INPUT.meta,
        blocks: [{ index: 0, kind: "paragraph", text: "x", __proto__: { polluted: true } }],
        last: true,
      },
    ]);
    expect(outcome).toEqual({
      meta: INPUT.meta,
      blocks: [{ index: 0, kind: "paragraph", text: "x" }],
    });
  });
});

describe("result parts", () => {
  const analysis = analyze(INPUT);
  const items =
    analysis.terms.length +
    analysis.citations.length +
    analysis.dates.length +
    analysis.directives.length;

  it("carry the whole analysis back, in order, in parts of bounded size", () => {
    expect(items).toBeGreaterThan(6);
    const parts = resultParts(analysis, 3);
    expect(parts.length).toBe(Math.ceil(items / 3));
    for (const part of parts) {
      const size =
        part.terms.length + part.citations.length + part.dates.length + part.directives.length;
      expect(size).toBeLessThanOrEqual(3);
    }
    expect(parts.map((part) => part.last).lastIndexOf(false)).toBe(parts.length - 2);
    expect(collectResult(parts.map(trip))).toEqual(analysis);
    expect(resultParts(analysis).length).toBe(1);
    expect(collectResult(resultParts(analysis).map(trip))).toEqual(analysis);
  });

  it("an analysis with nothing found is one last part", () => {
    const none = analyze({ meta: INPUT.meta, blocks: [] });
    expect(resultParts(none).length).toBe(1);
    expect(collectResult(resultParts(none).map(trip), { meta: INPUT.meta, blocks: [] })).toEqual(
      none,
    );
  });

  it("refuse an answer whose annotations fall outside the blocks sent", () => {
    const [part] = resultParts(analysis).map(trip) as Record<string, unknown>[];
    const first = ((part?.terms ?? []) as unknown[][])[0] as unknown[];
    const term = (change: (wire: unknown[]) => void) => {
      const wire = [...first];
      change(wire);
      return [{ ...part, terms: [wire] }];
    };
    expect(collectResult(term((w) => (w[0] = 9)))).toBeNull();
    expect(collectResult(term((w) => (w[2] = 10_000)))).toBeNull();
    expect(collectResult(term((w) => (w[1] = -1)))).toBeNull();
    // An entry the table does not hold, a malformed entry, a malformed person.
    expect(collectResult(term((w) => (w[3] = 99)))).toBeNull();
    expect(collectResult(term((w) => w.push({ name: 1 }, [])))).toBeNull();
    expect(
      collectResult([
        { ...part, termEntries: [{ entryId: "x", vi: "x", en: "x", category: "spy" }] },
      ]),
    ).toBeNull();
    const directive = analysis.directives[0];
    expect(collectResult([{ ...part, directives: [{ ...directive, block: 9 }] }])).toBeNull();
    expect(collectResult([{ ...part, citations: ["x"] }])).toBeNull();
    expect(collectResult([{ ...part, dates: undefined }])).toBeNull();
    expect(collectResult([{ ...part, terms: [[0, 0, 1]] }])).toBeNull();
    expect(collectResult([{ ...part, last: 1 }])).toBeNull();
    expect(collectResult([{ ...part, type: "policy-lens/analyze-input" }])).toBeNull();
    expect(collectResult([undefined])).toBeNull();
  });

  it("send each glossary entry's shared fields once, whatever the number of mentions", () => {
    const long = longArticle(300);
    const full = analyze(long);
    const parts = resultParts(full);
    expect(parts.length).toBeGreaterThan(1);
    const entries = parts.flatMap((p) => p.termEntries);
    expect(entries.length).toBe(new Set(full.terms.map((t) => t.entryId)).size);
    expect(collectResult(parts.map(trip), long)).toEqual(full);
  });
});

describe.skipIf(corpusSkipReason() !== null)("result parts on real articles", () => {
  it("give back exactly the analysis of every corpus article", () => {
    for (const article of [seedArticle(), ...devArticles()]) {
      const input = parseTextArticle(article.text);
      if (!input) throw new Error(`${article.name}: not an article`);
      const full = analyze(input);
      expect(collectResult(resultParts(full, 50).map(trip), input)).toEqual(full);
    }
  });
});

/** Two connected fake ports, delivering messages asynchronously after a JSON trip. */
function portPair(name: string, senderId: string | undefined) {
  type Listener = (message: unknown) => void;
  const make = (sender?: { id?: string }) => {
    const messages: Listener[] = [];
    const disconnects: (() => void)[] = [];
    return { messages, disconnects, sender };
  };
  const a = make();
  const b = make(senderId === undefined ? {} : { id: senderId });
  let open = true;
  const close = (other: typeof a) => {
    if (!open) return;
    open = false;
    queueMicrotask(() => {
      for (const listener of other.disconnects) listener();
    });
  };
  const port = (self: typeof a, other: typeof a): PortLike => ({
    name,
    sender: self.sender,
    postMessage(message) {
      if (!open) throw new Error("Attempting to use a disconnected port object");
      const copy = trip(message);
      setTimeout(() => {
        if (open) for (const listener of other.messages) listener(copy);
      }, 0);
    },
    disconnect: () => close(other),
    onMessage: { addListener: (listener) => self.messages.push(listener) },
    onDisconnect: { addListener: (listener) => self.disconnects.push(listener) },
  });
  return { page: port(a, b), background: port(b, a) };
}

const pause = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

describe("the analysis port", () => {
  it("gives the page the same analysis as analysing in the page", async () => {
    const { page, background } = portPair(ANALYZE_PORT, "ext-id");
    serveAnalysisPort(background, "ext-id", analyze);
    expect(await requestAnalysis(() => page, INPUT, pause)).toEqual(analyze(INPUT));
  });

  it("closes ports opened by anything but the extension, and ignores other ports", async () => {
    for (const sender of ["other", undefined]) {
      const { page, background } = portPair(ANALYZE_PORT, sender);
      serveAnalysisPort(background, "ext-id", analyze);
      await expect(requestAnalysis(() => page, INPUT, pause)).rejects.toThrow(/closed/);
    }
    const { background } = portPair(ANALYZE_PORT, "ext-id");
    serveAnalysisPort(background, undefined, analyze);
    let other = 0;
    const foreign = portPair("something-else", "ext-id");
    foreign.background.onMessage.addListener(() => other++);
    serveAnalysisPort(foreign.background, "ext-id", analyze);
    foreign.page.postMessage(inputParts(INPUT)[0]);
    await pause();
    // Not ours: no answer, and the port is left to whoever owns it.
    expect(other).toBe(1);
  });

  it("rejects when the background fails, so the page can analyse itself", async () => {
    const { page, background } = portPair(ANALYZE_PORT, "ext-id");
    serveAnalysisPort(background, "ext-id", () => {
      throw new Error("boom");
    });
    await expect(requestAnalysis(() => page, INPUT, pause)).rejects.toThrow(/closed/);
  });

  it("rejects a malformed answer", async () => {
    const { page, background } = portPair(ANALYZE_PORT, "ext-id");
    background.onMessage.addListener(() => background.postMessage({ type: "nonsense" }));
    await expect(requestAnalysis(() => page, INPUT, pause)).rejects.toThrow(/malformed/);
  });

  it("sends a long article in many parts and still gets it back whole", async () => {
    const long = longArticle(2_000);
    expect(inputParts(long).length).toBeGreaterThan(2);
    const { page, background } = portPair(ANALYZE_PORT, "ext-id");
    let inputs = 0;
    background.onMessage.addListener(() => inputs++);
    serveAnalysisPort(background, "ext-id", analyze);
    const analysis = await requestAnalysis(() => page, long, pause);
    expect(inputs).toBe(inputParts(long).length);
    expect(analysis).toEqual(analyze(long));
  });
});

describe("the port opened ahead", () => {
  it("is opened once, handed over, and replaced when closed or left unused", async () => {
    let opened = 0;
    const ports: { port: PortLike; close: () => void; closed: () => boolean }[] = [];
    const connect = (): PortLike => {
      opened++;
      const disconnects: (() => void)[] = [];
      let closed = false;
      const port: PortLike = {
        name: ANALYZE_PORT,
        postMessage: () => undefined,
        disconnect: () => {
          closed = true;
        },
        onMessage: { addListener: () => undefined },
        onDisconnect: { addListener: (listener) => disconnects.push(listener) },
      };
      const close = () => {
        for (const listener of disconnects) listener();
      };
      ports.push({ port, close, closed: () => closed });
      return port;
    };
    const early = new EarlyPort(connect, 20);
    early.prepare();
    early.prepare();
    expect(opened).toBe(1);
    expect(early.take()).toBe(ports[0]?.port);
    // Nothing prepared: a new port.
    expect(early.take()).toBe(ports[1]?.port);
    // Closed by the browser before it was taken: a new port instead.
    early.prepare();
    ports[2]?.close();
    expect(early.take()).toBe(ports[3]?.port);
    // Never taken: closed after a while, and the next take connects anew.
    early.prepare();
    await new Promise((resolve) => setTimeout(resolve, 40));
    expect(ports[4]?.closed()).toBe(true);
    expect(early.take()).toBe(ports[5]?.port);
    expect(opened).toBe(6);
  });
});

describe("warm-up", () => {
  it("runs the analysis over its own article, within its bounds", () => {
    const seen: Analysis[] = [];
    const runs = warmUp((input) => {
      const analysis = analyze(input);
      seen.push(analysis);
      return analysis;
    });
    expect(runs).toBeGreaterThan(0);
    expect(runs).toBeLessThanOrEqual(40);
    expect(seen.length).toBe(runs);
    // The text exercises every stage.
    const first = seen[0] as Analysis;
    expect(first.terms.length).toBeGreaterThan(5);
    expect(first.citations.length).toBeGreaterThan(1);
    expect(first.dates.length).toBeGreaterThan(1);
    expect(first.directives.length).toBeGreaterThan(1);
    // A slow engine stops early: time is bounded, not only runs.
    let clock = 0;
    expect(warmUp(analyze, () => (clock += 100))).toBeLessThan(5);
  });
});
