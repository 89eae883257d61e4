import { beforeEach, describe, expect, it, vi } from "vitest";
import { fakeBrowser } from "wxt/testing/fake-browser";
import { anchorOf, snapshotOf } from "../../store/anchor";
import { type ChecklistEntry, loadArticle, StoreError } from "../../store/articles";
import {
  answerStoreWrite,
  STORE_WRITE,
  type StoreWriteAnswer,
  sendWrite,
} from "../../store/remote-write";
import type { SavedArticle } from "../../store/schema";
import { type StoreWrite, ValidationError, validateStoreWrite } from "../../store/validate";
import { analysis, URL } from "./popup.fixture";

const OWN_ID = "policy-lens-id";
const OWN_ORIGIN = "chrome-extension://policy-lens-id/";
const POPUP = { id: OWN_ID, url: `${OWN_ORIGIN}popup.html?tab=3` };

const info = { url: URL, title: analysis.meta.title, published: analysis.meta.published };
const entries: ChecklistEntry[] = analysis.directives.map((d) => ({
  storedKey: null,
  anchor: anchorOf(d, analysis.blocks),
  snapshot: snapshotOf(d),
}));
const tick: StoreWrite = {
  kind: "checklist",
  info,
  entries,
  change: { target: 1, change: { checked: true, note: "Gửi Sở trước thứ Sáu" } },
};

/** The write as it crosses: a JSON copy, like a runtime message. */
const wire = (write: unknown) => JSON.parse(JSON.stringify(write)) as unknown;

beforeEach(() => {
  fakeBrowser.reset();
});

describe("validateStoreWrite", () => {
  it("returns a clean copy of a checklist write and of an item write", () => {
    expect(validateStoreWrite(wire(tick))).toEqual(tick);
    const item = { kind: "item", url: URL, key: "q123", change: { note: "ghi chú" } };
    expect(validateStoreWrite(wire(item))).toEqual(item);
  });

  it.each([
    ["an unknown kind", { ...tick, kind: "delete" }, /kind/],
    [
      "a page that is not http(s)",
      { ...tick, info: { ...info, url: "javascript:alert(1)" } },
      /url/,
    ],
    [
      "a target past the entries",
      { ...tick, change: { target: entries.length, change: { checked: true } } },
      /target/,
    ],
    [
      "a control character in a note",
      { ...tick, change: { target: 0, change: { note: "a\u0007b" } } },
      /control character/,
    ],
    [
      "a tick that is not a boolean",
      { ...tick, change: { target: 0, change: { checked: "yes" } } },
      /checked/,
    ],
    [
      "a missing snapshot",
      { ...tick, entries: [{ storedKey: null, anchor: entries[0]?.anchor }] },
      /snapshot/,
    ],
  ])("refuses %s", (_, write, message) => {
    expect(() => validateStoreWrite(wire(write))).toThrow(ValidationError);
    expect(() => validateStoreWrite(wire(write))).toThrow(message);
  });

  it("refuses a prototype key", () => {
    const write = JSON.parse(
      `{"kind":"item","url":"${URL}","key":"k","change":{"__proto__":{"x":1}}}`,
    );
    expect(() => validateStoreWrite(write)).toThrow(/forbidden key/);
  });
});

describe("answerStoreWrite (the background)", () => {
  const message = { type: STORE_WRITE, write: wire(tick) };

  it("stores a popup's write and answers with the record", async () => {
    const answer = await answerStoreWrite(message, POPUP, OWN_ID, OWN_ORIGIN);
    expect(answer?.ok).toBe(true);
    const stored = await loadArticle(URL);
    const item = Object.values(stored?.items ?? {}).find((i) => i.position === 1);
    expect(item?.checked).toBe(true);
    expect(item?.note).toBe("Gửi Sở trước thứ Sáu");
    expect(answer).toEqual({ ok: true, record: stored });
  });

  it("leaves other messages and other senders alone", async () => {
    const perform = vi.fn(async () => null);
    expect(
      answerStoreWrite({ type: "policy-lens/badge" }, POPUP, OWN_ID, OWN_ORIGIN, perform),
    ).toBe(undefined);
    // A content script runs in a web page: its sender URL is the page's.
    const contentScript = { id: OWN_ID, url: URL };
    expect(answerStoreWrite(message, contentScript, OWN_ID, OWN_ORIGIN, perform)).toBeUndefined();
    const otherExtension = { id: "other", url: "chrome-extension://other/popup.html" };
    expect(answerStoreWrite(message, otherExtension, OWN_ID, OWN_ORIGIN, perform)).toBeUndefined();
    expect(perform).not.toHaveBeenCalled();
    expect(await loadArticle(URL)).toBeNull();
  });

  it("answers a malformed write with the reason, storing nothing", async () => {
    const bad = { type: STORE_WRITE, write: { ...(wire(tick) as object), kind: "wipe" } };
    const answer = await answerStoreWrite(bad, POPUP, OWN_ID, OWN_ORIGIN);
    expect(answer).toMatchObject({ ok: false, code: "failed" });
    expect((answer as { message: string }).message).toMatch(/kind/);
    expect(await loadArticle(URL)).toBeNull();
  });

  it("answers a full store with the quota code", async () => {
    vi.spyOn(fakeBrowser.storage.local, "set").mockRejectedValueOnce(
      new Error("QUOTA_BYTES quota exceeded"),
    );
    const answer = await answerStoreWrite(message, POPUP, OWN_ID, OWN_ORIGIN);
    expect(answer).toMatchObject({ ok: false, code: "quota" });
    expect(await loadArticle(URL)).toBeNull();
  });
});

describe("sendWrite (the popup)", () => {
  /** A background reached through a message, as the runtime would carry it. */
  const background = (message: unknown) =>
    answerStoreWrite(wire(message), POPUP, OWN_ID, OWN_ORIGIN) ?? Promise.resolve(undefined);

  it("has the background store the write, and returns the stored record", async () => {
    const local = vi.fn(async (): Promise<SavedArticle | null> => null);
    const record = await sendWrite(tick, background, local);
    expect(local).not.toHaveBeenCalled();
    expect(record).toEqual(await loadArticle(URL));
    expect(Object.values(record?.items ?? {}).some((i) => i.note === "Gửi Sở trước thứ Sáu")).toBe(
      true,
    );
  });

  it("throws the background's store error", async () => {
    const failing = async (): Promise<StoreWriteAnswer> => ({
      ok: false,
      code: "quota",
      message: "Storage is full; nothing was changed",
    });
    const error = await sendWrite(tick, failing).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StoreError);
    expect((error as StoreError).code).toBe("quota");
    expect(await loadArticle(URL)).toBeNull();
  });

  it("writes here when no background answers", async () => {
    const unreachable = () => Promise.reject(new Error("Could not establish connection"));
    const record = await sendWrite(tick, unreachable);
    expect(record).toEqual(await loadArticle(URL));
    expect(record).not.toBeNull();
    fakeBrowser.reset();
    const silent = async () => undefined;
    expect(await sendWrite(tick, silent)).toEqual(await loadArticle(URL));
  });
});
