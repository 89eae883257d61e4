/**
 * Stored work is never lost and hostile files are harmless: records written by the previous
 * release still read and merge after an update, writers in two tabs and the popup interleaved in
 * any order lose nothing, and every kind of malformed import is refused with its reason while the
 * store stays exactly as it was.
 */
import fc from "fast-check";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { fakeBrowser } from "wxt/testing/fake-browser";
import { anchorKey, anchorOf, snapshotOf } from "../../store/anchor";
import type { ChecklistEntry } from "../../store/articles";
import { EXPORT_SCHEMA, toJson } from "../../store/export";
import { MAX_IMPORT_BYTES } from "../../store/import";
import type { SavedArticle } from "../../store/schema";
import { articleKey } from "../../store/url";
import { analysis, must, URL } from "./popup.fixture";

const info = { url: URL, title: analysis.meta.title, published: analysis.meta.published };
const OTHER = { ...info, url: "https://congthuong.vn/bai-khac-900200.html", title: "Bài khác" };

function entries(): ChecklistEntry[] {
  return analysis.directives.map((d) => ({
    storedKey: null,
    anchor: anchorOf(d, analysis.blocks),
    snapshot: snapshotOf(d),
  }));
}

/** A fresh copy of the store modules, as a reloaded (updated) extension page would load them. */
async function freshStore() {
  vi.resetModules();
  return {
    articles: await import("../../store/articles"),
    importer: await import("../../store/import"),
  };
}

beforeEach(() => fakeBrowser.reset());
afterEach(() => vi.restoreAllMocks());

describe("an extension update between writes", () => {
  it("reads and merges what the previous release wrote, raw and through its own code", async () => {
    const before = await freshStore();
    await before.articles.saveChecklist(
      info,
      entries(),
      { target: 0, change: { checked: true } },
      100,
    );
    // A record as the previous release stored it, with a field this release does not know.
    const previous = {
      version: 1,
      url: OTHER.url,
      title: OTHER.title,
      published: null,
      savedAt: 50,
      updatedAt: 60,
      items: {
        "old-key": {
          anchor: anchorOf(must(analysis.directives[1]), analysis.blocks),
          checked: true,
          note: "ghi chú cũ",
          updatedAt: 60,
          position: 1,
          directive: snapshotOf(must(analysis.directives[1])),
        },
      },
      futureField: { kept: "by the old release" },
    };
    await fakeBrowser.storage.local.set({ [articleKey(OTHER.url)]: previous });

    // The extension is updated: new module instances, same storage.
    const after = await freshStore();
    await after.articles.saveChecklist(
      info,
      entries(),
      { target: 2, change: { note: "mới" } },
      200,
    );
    await after.articles.saveChecklist(OTHER, entries(), { target: 0, change: { note: "x" } }, 300);

    const mine = must(await after.articles.loadArticle(URL));
    const byPosition = Object.values(mine.items).sort((a, b) => a.position - b.position);
    expect(byPosition.map((i) => [i.checked, i.note])).toEqual([
      [true, ""],
      [false, ""],
      [false, "mới"],
    ]);
    const other = must(await after.articles.loadArticle(OTHER.url));
    const items = Object.values(other.items).sort((a, b) => a.position - b.position);
    // The old item (stored under the old release's key) kept its tick and note.
    expect(items.map((i) => [i.checked, i.note])).toEqual([
      [false, "x"],
      [true, "ghi chú cũ"],
      [false, ""],
    ]);
    const { problems } = await after.articles.listArticles();
    expect(problems).toEqual([]);
  });

  it("a write still in flight from the old page and one from the new page both land", async () => {
    const old = await freshStore();
    const pending = old.articles.saveChecklist(
      info,
      entries(),
      { target: 0, change: { checked: true } },
      10,
    );
    await pending;
    const updated = await freshStore();
    await updated.articles.saveChecklist(
      info,
      entries(),
      { target: 1, change: { note: "sau cập nhật" } },
      20,
    );
    const record = must(await updated.articles.loadArticle(URL));
    const items = Object.values(record.items).sort((a, b) => a.position - b.position);
    expect(items.map((i) => [i.checked, i.note])).toEqual([
      [true, ""],
      [false, "sau cập nhật"],
      [false, ""],
    ]);
  });
});

describe("interleaved writers: two tabs and the popup", () => {
  type Op =
    | { who: "tab-a" | "tab-b"; url: string; target: number; checked?: boolean; note?: string }
    | { who: "popup-import"; url: string; target: number; note: string };

  const op = fc.oneof(
    fc.record({
      who: fc.constantFrom("tab-a" as const, "tab-b" as const),
      url: fc.constantFrom(URL, OTHER.url),
      target: fc.integer({ min: 0, max: 2 }),
      checked: fc.option(fc.boolean(), { nil: undefined }),
      note: fc.option(fc.constantFrom("a", "b", "c", "ghi chú"), { nil: undefined }),
    }),
    fc.record({
      who: fc.constant("popup-import" as const),
      url: fc.constantFrom(URL, OTHER.url),
      target: fc.integer({ min: 0, max: 2 }),
      note: fc.constantFrom("nhập", "imported"),
    }),
  );

  it("every field ends with the value of the last write that touched it (80 random interleavings)", async () => {
    let schedules = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.nat(3), { minLength: 8, maxLength: 40 }),
        fc.array(op, { minLength: 2, maxLength: 12 }),
        async (delays, ops) => {
          schedules++;
          fakeBrowser.reset();
          vi.restoreAllMocks();
          const { articles } = await freshStore();
          const local = fakeBrowser.storage.local;
          const get = local.get.bind(local);
          const set = local.set.bind(local);
          // Every start, storage read and write waits a generated number of turns, so the writers
          // interleave differently in every case.
          let turn = 0;
          const pause = async () => {
            const n = delays[turn++ % delays.length] ?? 0;
            for (let i = 0; i < n; i++) await new Promise((r) => setTimeout(r, 0));
          };
          // The fake's overloads do not fit a plain wrapper; the calls pass through unchanged.
          const local2 = local as unknown as {
            get: (keys: unknown) => Promise<Record<string, unknown>>;
            set: (items: Record<string, unknown>) => Promise<void>;
          };
          vi.spyOn(local2, "get").mockImplementation(async (keys) => {
            await pause();
            return get(keys as null);
          });
          vi.spyOn(local2, "set").mockImplementation(async (items) => {
            await pause();
            await set(items);
          });
          const ents = entries();
          const finished: { op: Op; index: number }[] = [];
          const runs = ops.map((o, index) => {
            const now = 1000 + index;
            const meta = o.url === URL ? info : OTHER;
            const start = async () => {
              await pause();
              if (o.who === "popup-import") {
                // An import of a record whose one item carries a newer note.
                const record: SavedArticle = {
                  version: 1,
                  url: o.url,
                  title: meta.title,
                  published: null,
                  savedAt: now,
                  updatedAt: now,
                  // Keyed as a validated import keys it: by its anchor.
                  items: {
                    [anchorKey(must(ents[o.target]).anchor)]: {
                      anchor: must(ents[o.target]).anchor,
                      checked: false,
                      note: o.note,
                      updatedAt: now,
                      position: o.target,
                      directive: must(ents[o.target]).snapshot,
                    },
                  },
                };
                await articles.putArticles([record]);
              } else {
                const change = {
                  ...(o.checked === undefined ? {} : { checked: o.checked }),
                  ...(o.note === undefined ? {} : { note: o.note }),
                };
                await articles.saveChecklist(meta, ents, { target: o.target, change }, now);
              }
            };
            return start().then(() => finished.push({ op: o, index }));
          });
          await Promise.all(runs);
          vi.restoreAllMocks();

          // The lock serializes writers, so completion order is the order they wrote in. For
          // every item field, the stored value is what the last writer of that field wrote.
          for (const url of [URL, OTHER.url]) {
            const touching = finished.filter((f) => f.op.url === url);
            if (touching.length === 0) continue;
            const record = must(await articles.loadArticle(url));
            for (let target = 0; target < 3; target++) {
              const item = Object.values(record.items).find((i) => i.position === target);
              const writes = touching.filter((f) => f.op.target === target);
              let checked = false;
              let note = "";
              let updatedAt = 0;
              for (const { op: w, index } of writes) {
                const now = 1000 + index;
                if (w.who === "popup-import") {
                  // An import merges item by item: the newer change wins.
                  if (now > updatedAt) {
                    checked = false;
                    note = w.note;
                    updatedAt = now;
                  }
                } else {
                  if (w.checked !== undefined) checked = w.checked;
                  if (w.note !== undefined) note = w.note;
                  updatedAt = now;
                }
              }
              // A tab's save stores every directive; an import only the items it carries.
              const exists =
                touching.some((f) => f.op.who !== "popup-import") ||
                writes.some((f) => f.op.who === "popup-import");
              expect([item?.checked, item?.note]).toEqual(
                exists ? [checked, note] : [undefined, undefined],
              );
            }
          }
        },
      ),
      { numRuns: 80, seed: 7 },
    );
    expect(schedules).toBe(80);
  });
});

describe("import refuses hostile files and changes nothing", () => {
  let before: Record<string, unknown>;
  let article: Record<string, unknown>;

  beforeEach(async () => {
    const { articles } = await freshStore();
    const stored = await articles.saveChecklist(
      info,
      entries(),
      { target: 0, change: { checked: true, note: "giữ nguyên" } },
      1_750_000_000_000,
    );
    const file = JSON.parse(toJson([{ ...stored, url: "https://congthuong.vn/khac-900999.html" }]));
    article = file.articles[0];
    before = structuredClone(await fakeBrowser.storage.local.get(null));
  });

  /** A file with the (one) article's JSON text transformed. */
  function fileWith(
    change: (articleJson: string) => string,
    head = `"schema":"${EXPORT_SCHEMA}","version":1`,
  ) {
    return `{${head},"articles":[${change(JSON.stringify(article))}]}`;
  }
  const firstItem = (json: string, insert: string) =>
    json.replace(/("items":\{"[^"]+":\{)/, `$1${insert}`);

  const cases: [string, () => string, string, RegExp][] = [
    ["an empty file", () => "", "not-json", /JSON|end/i],
    ["a truncated export", () => fileWith((a) => a).slice(0, 200), "not-json", /./],
    ["HTML", () => "<html><script>alert(1)</script></html>", "not-json", /./],
    ["a list at the top", () => "[1,2,3]", "invalid", /file must be an object/],
    ["null", () => "null", "invalid", /file must be an object/],
    ["no schema", () => fileWith((a) => a, `"version":1`), "wrong-schema", /expected schema/],
    [
      "the next schema",
      () => fileWith((a) => a, `"schema":"policy-lens/checklists@2","version":1`),
      "wrong-schema",
      /expected schema/,
    ],
    [
      "version 0",
      () => fileWith((a) => a, `"schema":"${EXPORT_SCHEMA}","version":0`),
      "wrong-version",
      /no valid version/,
    ],
    [
      "version 1.5",
      () => fileWith((a) => a, `"schema":"${EXPORT_SCHEMA}","version":1.5`),
      "wrong-version",
      /no valid version/,
    ],
    [
      "version null",
      () => fileWith((a) => a, `"schema":"${EXPORT_SCHEMA}","version":null`),
      "wrong-version",
      /no valid version/,
    ],
    [
      "version 2",
      () => fileWith((a) => a, `"schema":"${EXPORT_SCHEMA}","version":2`),
      "wrong-version",
      /newer/,
    ],
    [
      "an article of a newer version",
      () => fileWith((a) => a.replace('"version":1', '"version":3')),
      "invalid",
      /version 3 is newer/,
    ],
    [
      "a file over the size limit made of valid records",
      () => {
        const one = JSON.stringify(article);
        const count = Math.ceil(MAX_IMPORT_BYTES / one.length) + 1;
        return `{"schema":"${EXPORT_SCHEMA}","version":1,"articles":[${Array(count).fill(one).join(",")}]}`;
      },
      "too-large",
      /limit is 5242880/,
    ],
    [
      "a file under the limit whose multi-byte text pushes it over",
      () =>
        `{"schema":"${EXPORT_SCHEMA}","version":1,"articles":[],"pad":"${"ệ".repeat(MAX_IMPORT_BYTES / 3 + 10)}"}`,
      "too-large",
      /bytes/,
    ],
    [
      "more articles than the limit",
      () =>
        `{"schema":"${EXPORT_SCHEMA}","version":1,"articles":[${Array(2001).fill("{}").join(",")}]}`,
      "invalid",
      /more than 2000 articles/,
    ],
    [
      "__proto__ at the top",
      () => `{"__proto__":{"polluted":1},"schema":"${EXPORT_SCHEMA}","version":1,"articles":[]}`,
      "invalid",
      /file has a forbidden key "__proto__"/,
    ],
    [
      "prototype in an article",
      () => fileWith((a) => `{"prototype":{},${a.slice(1)}`),
      "invalid",
      /forbidden key "prototype"/,
    ],
    [
      "__proto__ in an item",
      () => fileWith((a) => firstItem(a, `"__proto__":{"polluted":1},`)),
      "invalid",
      /forbidden key "__proto__"/,
    ],
    [
      "__proto__ deep in an anchor",
      () => fileWith((a) => a.replace('"anchor":{', '"anchor":{"__proto__":{"polluted":1},')),
      "invalid",
      /anchor has a forbidden key "__proto__"/,
    ],
    [
      "constructor deep in a directive's issuer",
      () =>
        fileWith((a) =>
          a.replace('"issuer":{', '"issuer":{"constructor":{"prototype":{"polluted":1}},'),
        ),
      "invalid",
      /issuer has a forbidden key "constructor"/,
    ],
    [
      "prototype inside an addressee",
      () => fileWith((a) => a.replace('"addressees":[{', '"addressees":[{"prototype":1,')),
      "invalid",
      /addressees\[0\] has a forbidden key "prototype"/,
    ],
    [
      "NUL in a quote",
      () => fileWith((a) => a.replace('"exact":"', '"exact":"\\u0000')),
      "invalid",
      /exact contains a control character \(U\+0000\)/,
    ],
    [
      "ESC in a title",
      () => fileWith((a) => a.replace('"title":"', '"title":"\\u001b[31m')),
      "invalid",
      /title contains a control character \(U\+001B\)/,
    ],
    [
      "DEL in a note",
      () => fileWith((a) => a.replace('"note":"', '"note":"\\u007f')),
      "invalid",
      /note contains a control character \(U\+007F\)/,
    ],
    [
      "a C1 control in a gloss",
      () => fileWith((a) => a.replace('"gloss_en":"', '"gloss_en":"\\u0085')),
      "invalid",
      /gloss_en contains a control character \(U\+0085\)/,
    ],
    [
      "a right-to-left override in a note",
      () => fileWith((a) => a.replace('"note":"', '"note":"\\u202egpj.exe')),
      "invalid",
      /note contains a control character \(U\+202E\)/,
    ],
    [
      "a line break in a one-line field",
      () => fileWith((a) => a.replace('"title":"', '"title":"a\\nb')),
      "invalid",
      /title contains a control character \(U\+000A\)/,
    ],
    [
      "a data: URL",
      () =>
        fileWith((a) =>
          a.replace(/"url":"[^"]+"/, '"url":"data:text/html,<script>alert(1)</script>"'),
        ),
      "invalid",
      /url must be an http/,
    ],
  ];

  it.each(cases)("refuses %s with its reason", async (_name, make, problem, detail) => {
    const { importer } = await freshStore();
    const result = await importer.importChecklists(make());
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.problem).toBe(problem);
      expect(result.detail).toMatch(detail);
    }
    expect(await fakeBrowser.storage.local.get(null)).toEqual(before);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect((Object.prototype as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("accepts the same file untouched, and a note with line breaks (the refusals are about their defect)", async () => {
    const { importer } = await freshStore();
    const ok = await importer.importChecklists(
      fileWith((a) => a.replace('"note":"giữ nguyên"', '"note":"dòng 1\\ndòng 2\\r\\n\\tthụt"')),
    );
    expect(ok.ok).toBe(true);
    expect(ok.added).toBe(1);
    const stored = await fakeBrowser.storage.local.get(null);
    expect(Object.keys(stored).length).toBe(Object.keys(before).length + 1);
  });
});
