/**
 * The message contract between popup, background and content script: every message each side
 * sends passes the receiver's validator, anything else is refused, and only the extension's own
 * pages and scripts are listened to.
 */
import fc from "fast-check";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { fakeBrowser } from "wxt/testing/fake-browser";
import { getPageState, setHighlights, showOnPage } from "../../components/page-client";
import { glossaryEntries } from "../../core/glossary";
import { glossaryNote } from "../../core/glossary/notes";
import {
  answerNoteRequest,
  badgeTabOf,
  isOwnSender,
  MAX_ENTRY_ID_LENGTH,
  parseBadge,
  parseNoteRequest,
  parseNoteResponse,
  parseRequest,
  type Request,
} from "../../page/messages";

const OWN_ID = "policy-lens-test-id";

beforeEach(() => fakeBrowser.reset());
afterEach(() => vi.restoreAllMocks());

/** Every request the popup and the background send, as they build them. */
const VALID_REQUESTS: Request[] = [
  { type: "policy-lens/get-state" },
  { type: "policy-lens/set-highlights", on: true },
  { type: "policy-lens/set-highlights", on: false },
  ...(["directive", "term", "citation", "date"] as const).map((kind) => ({
    type: "policy-lens/show" as const,
    kind,
    index: 3,
  })),
  { type: "policy-lens/command", command: "toggle-highlights" },
  { type: "policy-lens/command", command: "next-directive" },
];

describe("parseRequest", () => {
  it.each(VALID_REQUESTS.map((r) => [JSON.stringify(r), r] as const))("accepts %s", (_, r) => {
    expect(parseRequest(r)).toEqual(r);
  });

  it("returns a fresh object without extra fields (nothing else reaches the controller)", () => {
    const parsed = parseRequest({
      type: "policy-lens/show",
      kind: "term",
      index: 1,
      extra: "<img src=x onerror=alert(1)>",
      __proto__: { polluted: true },
    });
    expect(parsed).toEqual({ type: "policy-lens/show", kind: "term", index: 1 });
    expect(Object.keys(parsed ?? {})).toEqual(["type", "kind", "index"]);
  });

  const INVALID: [string, unknown][] = [
    ["null", null],
    ["a string", "policy-lens/get-state"],
    ["a number", 7],
    ["an array", [{ type: "policy-lens/get-state" }]],
    ["no type", { on: true }],
    ["a foreign type", { type: "other-extension/ping" }],
    ["the badge message (background only)", { type: "policy-lens/badge", open: 1 }],
    ["the note request (background only)", { type: "policy-lens/note", entryId: "doc-luat" }],
    ["set-highlights without on", { type: "policy-lens/set-highlights" }],
    ["set-highlights with a string", { type: "policy-lens/set-highlights", on: "true" }],
    ["set-highlights with 1", { type: "policy-lens/set-highlights", on: 1 }],
    ["show of an unknown kind", { type: "policy-lens/show", kind: "person", index: 0 }],
    ["show with a negative index", { type: "policy-lens/show", kind: "term", index: -1 }],
    ["show with a fraction", { type: "policy-lens/show", kind: "term", index: 1.5 }],
    ["show with NaN", { type: "policy-lens/show", kind: "term", index: Number.NaN }],
    ["show with Infinity", { type: "policy-lens/show", kind: "term", index: Infinity }],
    ["show with a string index", { type: "policy-lens/show", kind: "term", index: "1" }],
    ["show with kind __proto__", { type: "policy-lens/show", kind: "__proto__", index: 0 }],
    ["an unknown command", { type: "policy-lens/command", command: "delete-all" }],
    ["a command without command", { type: "policy-lens/command" }],
  ];
  it.each(INVALID)("refuses %s", (_, value) => {
    expect(parseRequest(value)).toBeNull();
  });

  it("refuses arbitrary values (fuzzed) unless they are well-formed requests", () => {
    let checked = 0;
    fc.assert(
      fc.property(
        fc.oneof(
          fc.anything(),
          fc.record({
            type: fc.constantFrom(
              "policy-lens/get-state",
              "policy-lens/set-highlights",
              "policy-lens/show",
              "policy-lens/command",
              "policy-lens/badge",
            ),
            on: fc.anything(),
            kind: fc.anything(),
            index: fc.anything(),
            command: fc.anything(),
          }),
        ),
        (value) => {
          checked++;
          const parsed = parseRequest(value);
          if (parsed === null) return;
          // Whatever got through is exactly one of the shapes the controller handles.
          switch (parsed.type) {
            case "policy-lens/get-state":
              expect(Object.keys(parsed)).toEqual(["type"]);
              break;
            case "policy-lens/set-highlights":
              expect(typeof parsed.on).toBe("boolean");
              break;
            case "policy-lens/show":
              expect(["directive", "term", "citation", "date"]).toContain(parsed.kind);
              expect(Number.isSafeInteger(parsed.index) && parsed.index >= 0).toBe(true);
              break;
            case "policy-lens/command":
              expect(["toggle-highlights", "next-directive"]).toContain(parsed.command);
              break;
            default:
              throw new Error(`unexpected ${JSON.stringify(parsed)}`);
          }
        },
      ),
      { numRuns: 500, seed: 11 },
    );
    expect(checked).toBe(500);
  });
});

describe("parseBadge", () => {
  it("accepts a count or null", () => {
    expect(parseBadge({ type: "policy-lens/badge", open: 0 })).toEqual({
      type: "policy-lens/badge",
      open: 0,
    });
    expect(parseBadge({ type: "policy-lens/badge", open: 12 })?.open).toBe(12);
    expect(parseBadge({ type: "policy-lens/badge", open: null })?.open).toBeNull();
  });

  it.each([
    ["null", null],
    ["a request", { type: "policy-lens/get-state" }],
    ["a missing count", { type: "policy-lens/badge" }],
    ["a negative count", { type: "policy-lens/badge", open: -1 }],
    ["a fraction", { type: "policy-lens/badge", open: 0.5 }],
    ["a string count", { type: "policy-lens/badge", open: "9" }],
    ["a huge text for the badge", { type: "policy-lens/badge", open: "<b>999999</b>" }],
  ] as [string, unknown][])("refuses %s", (_, value) => {
    expect(parseBadge(value)).toBeNull();
  });
});

describe("parseNoteRequest", () => {
  it("accepts the request for a glossary id, and returns only its fields", () => {
    for (const entry of glossaryEntries()) {
      const request = { type: "policy-lens/note", entryId: entry.id };
      expect(parseNoteRequest(request), entry.id).toEqual(request);
    }
    const parsed = parseNoteRequest({ type: "policy-lens/note", entryId: "doc-luat", extra: 1 });
    expect(Object.keys(parsed ?? {})).toEqual(["type", "entryId"]);
  });

  it.each([
    ["null", null],
    ["a string", "policy-lens/note"],
    ["another type", { type: "policy-lens/badge", entryId: "doc-luat" }],
    ["no entryId", { type: "policy-lens/note" }],
    ["an empty entryId", { type: "policy-lens/note", entryId: "" }],
    ["a number", { type: "policy-lens/note", entryId: 7 }],
    ["an array", { type: "policy-lens/note", entryId: ["doc-luat"] }],
    ["upper case", { type: "policy-lens/note", entryId: "Doc-Luat" }],
    ["a space", { type: "policy-lens/note", entryId: "doc luat" }],
    ["a path", { type: "policy-lens/note", entryId: "../doc-luat" }],
    ["markup", { type: "policy-lens/note", entryId: "<img src=x>" }],
    ["__proto__", { type: "policy-lens/note", entryId: "__proto__" }],
    ["Vietnamese", { type: "policy-lens/note", entryId: "luật" }],
    ["a newline", { type: "policy-lens/note", entryId: "doc-luat\n" }],
    ["too long", { type: "policy-lens/note", entryId: "a".repeat(MAX_ENTRY_ID_LENGTH + 1) }],
  ] as [string, unknown][])("refuses %s", (_, value) => {
    expect(parseNoteRequest(value)).toBeNull();
  });

  it("reads the note out of an answer, and nothing else", () => {
    expect(parseNoteResponse({ note: "Passed by the National Assembly." })).toBe(
      "Passed by the National Assembly.",
    );
    for (const answer of [
      undefined,
      null,
      "note",
      { note: 3 },
      { text: "x" },
      { note: "x".repeat(5000) },
    ]) {
      expect(parseNoteResponse(answer)).toBe("");
    }
  });
});

describe("answerNoteRequest (the background's handler)", () => {
  const entry = glossaryEntries().find((e) => glossaryNote(e.id) !== "");
  const request = { type: "policy-lens/note", entryId: entry?.id };

  it("answers our own content script with the entry's glossary note", () => {
    expect(entry).toBeDefined();
    const sender = { id: OWN_ID, tab: { id: 3, url: "https://congthuong.vn/a-1.html" } };
    const answer = answerNoteRequest(request, sender, OWN_ID, glossaryNote);
    expect(answer).toEqual({ note: glossaryNote(entry?.id ?? "") });
    expect(answer?.note).not.toBe("");
    expect(parseNoteResponse(answer)).toBe(answer?.note);
    // An unknown id is answered with no note rather than left hanging.
    const unknown = { type: "policy-lens/note", entryId: "no-such-entry" };
    expect(answerNoteRequest(unknown, sender, OWN_ID, glossaryNote)).toEqual({ note: "" });
  });

  it("does not answer other extensions, web pages, or messages that are not note requests", () => {
    const lookup = vi.fn(glossaryNote);
    expect(answerNoteRequest(request, { id: "another-extension" }, OWN_ID, lookup)).toBeNull();
    expect(
      answerNoteRequest(request, { url: "https://congthuong.vn/" }, OWN_ID, lookup),
    ).toBeNull();
    expect(answerNoteRequest(request, {}, undefined, lookup)).toBeNull();
    const badge = { type: "policy-lens/badge", open: 2 };
    expect(answerNoteRequest(badge, { id: OWN_ID }, OWN_ID, lookup)).toBeNull();
    const bad = { type: "policy-lens/note", entryId: "<b>" };
    expect(answerNoteRequest(bad, { id: OWN_ID }, OWN_ID, lookup)).toBeNull();
    expect(lookup).not.toHaveBeenCalled();
  });
});

describe("senders", () => {
  it("the content script listens only to its own extension", () => {
    expect(isOwnSender({ id: OWN_ID }, OWN_ID)).toBe(true);
    expect(isOwnSender({ id: OWN_ID, tab: { id: 4 } }, OWN_ID)).toBe(true);
    expect(isOwnSender({ id: "another-extension" }, OWN_ID)).toBe(false);
    expect(isOwnSender({ url: "https://congthuong.vn/" }, OWN_ID)).toBe(false);
    expect(isOwnSender({}, OWN_ID)).toBe(false);
    expect(isOwnSender(undefined, OWN_ID)).toBe(false);
    // A context whose extension was reloaded has no id: an id-less sender must not match it.
    expect(isOwnSender({}, undefined)).toBe(false);
    expect(isOwnSender({ id: "" }, "")).toBe(false);
  });

  it("the background takes a badge only from its own content script in a tab", () => {
    expect(
      badgeTabOf({ id: OWN_ID, tab: { id: 7, url: "https://congthuong.vn/a-1.html" } }, OWN_ID),
    ).toBe(7);
    expect(badgeTabOf({ id: OWN_ID, tab: { id: 0 } }, OWN_ID)).toBe(0);
    // The popup (no tab) and other extensions' tabs cannot set a badge.
    expect(badgeTabOf({ id: OWN_ID }, OWN_ID)).toBeNull();
    expect(badgeTabOf({ id: "another-extension", tab: { id: 7 } }, OWN_ID)).toBeNull();
    expect(badgeTabOf({ tab: { id: 7 } }, OWN_ID)).toBeNull();
    expect(badgeTabOf({ id: OWN_ID, tab: { id: -1 } }, OWN_ID)).toBeNull();
    expect(badgeTabOf({ tab: { id: 7 } }, undefined)).toBeNull();
  });
});

describe("what each side sends passes the receiver's check", () => {
  it("the popup's requests are valid requests", async () => {
    const sent: unknown[] = [];
    vi.spyOn(fakeBrowser.tabs, "sendMessage").mockImplementation(async (_tab, message) => {
      sent.push(message);
      return { state: "ready", analysis: null, highlightsOn: true, message: null };
    });
    await getPageState(3);
    await setHighlights(3, false);
    await showOnPage(3, "directive", 2);
    await showOnPage(3, "date", 0);
    expect(sent).toHaveLength(4);
    for (const message of sent) expect(parseRequest(message)).toEqual(message);
  });

  it("the popup refuses an answer that is not a state response", async () => {
    const answers: unknown[] = [
      undefined,
      "ready",
      { state: "ready" },
      { state: "ready", highlightsOn: "yes", analysis: null },
      { state: "ready", highlightsOn: true, analysis: "<script>" },
    ];
    for (const answer of answers) {
      vi.spyOn(fakeBrowser.tabs, "sendMessage").mockResolvedValueOnce(answer as never);
      await expect(getPageState(1)).rejects.toThrow(/no Policy Lens content script/);
    }
  });
});
