import { describe, expect, it } from "vitest";
import { analyze } from "../../core/analyze";
import type { ArticleInput } from "../../core/types";
import {
  answerAnalyzeRequest,
  MAX_REMOTE_CHARS,
  parseAnalyzeRequest,
  parseAnalyzeResponse,
} from "../../page/remote-analysis";

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
  ],
};
const OWN = { id: "ext-id", tab: { id: 3 } };

describe("analysis in the background", () => {
  it("answers our own content script with the same analysis as in the page", () => {
    const answer = answerAnalyzeRequest(
      { type: "policy-lens/analyze", input: INPUT },
      OWN,
      "ext-id",
      analyze,
    );
    expect(answer?.analysis).toEqual(analyze(INPUT));
    // The answer survives the JSON trip a runtime message takes and is accepted on return.
    const back = parseAnalyzeResponse(JSON.parse(JSON.stringify(answer)), INPUT);
    expect(back).toEqual(analyze(INPUT));
  });

  it("ignores other senders and malformed requests", () => {
    const request = { type: "policy-lens/analyze", input: INPUT };
    expect(answerAnalyzeRequest(request, { id: "other" }, "ext-id", analyze)).toBeNull();
    expect(answerAnalyzeRequest(request, {}, "ext-id", analyze)).toBeNull();
    expect(answerAnalyzeRequest(request, OWN, undefined, analyze)).toBeNull();
    const bad: unknown[] = [
      null,
      "policy-lens/analyze",
      { type: "policy-lens/analyze" },
      { type: "policy-lens/analyze", input: { meta: INPUT.meta, blocks: "x" } },
      { type: "policy-lens/analyze", input: { meta: { ...INPUT.meta, url: 1 }, blocks: [] } },
      {
        type: "policy-lens/analyze",
        input: { meta: INPUT.meta, blocks: [{ index: 0, kind: "script", text: "x" }] },
      },
      {
        type: "policy-lens/analyze",
        input: { meta: INPUT.meta, blocks: [{ index: 5, kind: "paragraph", text: "x" }] },
      },
      {
        type: "policy-lens/analyze",
        input: {
          meta: INPUT.meta,
          blocks: [{ index: 0, kind: "paragraph", text: "a".repeat(MAX_REMOTE_CHARS + 1) }],
        },
      },
    ];
    for (const message of bad) expect(parseAnalyzeRequest(message)).toBeNull();
  });

  it("keeps only the fields of a block it knows", () => {
    const request = parseAnalyzeRequest({
      type: "policy-lens/analyze",
      input: {
        meta: INPUT.meta,
        blocks: [{ index: 0, kind: "paragraph", text: "x", __proto__: { polluted: true } }],
      },
    });
    expect(request?.input.blocks).toEqual([{ index: 0, kind: "paragraph", text: "x" }]);
  });

  it("refuses an answer whose annotations fall outside the blocks sent", () => {
    const analysis = analyze(INPUT);
    const outside = { ...analysis, terms: [{ ...analysis.terms[0], block: 9 }] };
    expect(parseAnalyzeResponse({ analysis: outside }, INPUT)).toBeNull();
    const past = { ...analysis, terms: [{ ...analysis.terms[0], end: 10_000 }] };
    expect(parseAnalyzeResponse({ analysis: past }, INPUT)).toBeNull();
    expect(parseAnalyzeResponse({ analysis: { terms: [] } }, INPUT)).toBeNull();
    expect(parseAnalyzeResponse(undefined, INPUT)).toBeNull();
  });
});
