import { beforeEach, describe, expect, it } from "vitest";
import { fakeBrowser } from "wxt/testing/fake-browser";
import { anchorOf, snapshotOf } from "../../store/anchor";
import { listArticles, saveChecklist } from "../../store/articles";
import { csvCell, EXPORT_SCHEMA, toCsv, toJson, toMarkdown } from "../../store/export";
import { importChecklists, MAX_IMPORT_BYTES, parseImport } from "../../store/import";
import type { SavedArticle } from "../../store/schema";
import { analysis, URL } from "./popup.fixture";

const info = { url: URL, title: analysis.meta.title, published: analysis.meta.published };
const entries = analysis.directives.map((d) => ({
  storedKey: null,
  anchor: anchorOf(d, analysis.blocks),
  snapshot: snapshotOf(d),
}));

async function sample(): Promise<SavedArticle> {
  await saveChecklist(info, entries, { target: 0, change: { checked: true } }, 1_750_000_000_000);
  return saveChecklist(
    info,
    entries,
    { target: 2, change: { note: '=HYPERLINK("http://x")\nsecond line' } },
    1_750_000_100_000,
  );
}

beforeEach(() => {
  fakeBrowser.reset();
});

/** A tiny RFC 4180 reader, enough to check our own output round-trips. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") {
      row.push(cell);
      cell = "";
    } else if (c === "\r" && text[i + 1] === "\n") {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = "";
      i++;
    } else cell += c;
  }
  return rows;
}

describe("export", () => {
  it("writes a bilingual Markdown checklist", async () => {
    const md = toMarkdown([await sample()]);
    expect(md).toContain(`## ${analysis.meta.title}`);
    expect(md).toContain("1/3 done");
    expect(md).toContain(
      "- [x] Tại hội nghị, Bộ Công Thương yêu cầu Ủy ban nhân dân các tỉnh hoàn thành báo cáo trước ngày 30/6/2025.",
    );
    expect(md).toContain("  - English: Provincial People's Committees — required — to finish");
    expect(md).toContain(
      "  - Who: Bộ Công Thương (Ministry of Industry and Trade) → Ủy ban nhân dân các tỉnh (provincial People's Committees)",
    );
    expect(md).toContain("  - Deadline: by 30 June 2025 (trước ngày 30/6/2025)");
    expect(md).toContain("  - Citations: Nghị định 15/2024/NĐ-CP");
    expect(md).toContain("- [ ] Bộ Công Thương cam kết");
    expect(md).toContain("  - Kind: commitment, pledged");
    // The note keeps its two lines; Markdown syntax in it is escaped.
    expect(md).toContain('  - Note: =HYPERLINK("http://x")\n    second line');
    const order = [
      "- [x] Tại hội nghị",
      "- [ ] Bộ Công Thương cam kết",
      "- [ ] Thủ tướng giao",
    ].map((s) => md.indexOf(s));
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });

  it("writes CSV with a BOM, RFC 4180 quoting and formulas neutralized", async () => {
    const csv = toCsv([await sample()]);
    expect(csv.startsWith("\uFEFFarticle,url,published,done,")).toBe(true);
    const rows = parseCsv(csv.slice(1));
    expect(rows).toHaveLength(4);
    const header = rows[0] ?? [];
    const col = (name: string) => header.indexOf(name);
    expect(rows.map((r) => r[col("done")])).toEqual(["done", "yes", "no", "no"]);
    expect(rows[1]?.[col("deadline_en")]).toBe("by 30 June 2025");
    expect(rows[3]?.[col("note")]).toBe('\'=HYPERLINK("http://x")\nsecond line');
    expect(rows[3]?.[col("citations")]).toBe("Nghị định 15/2024/NĐ-CP");
    expect(rows[1]?.[col("published")]).toBe("2025-06-02");
  });

  it("neutralizes every formula trigger", () => {
    expect(
      ["=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx", "plain", "a,b", 'say "hi"'].map(csvCell),
    ).toEqual([
      "'=1+1",
      "'+1",
      "'-1",
      "'@SUM(A1)",
      "'\tx",
      '"\'\rx"',
      "plain",
      '"a,b"',
      '"say ""hi"""',
    ]);
  });

  it("round-trips the JSON export through import", async () => {
    const record = await sample();
    const json = toJson([record], new Date("2025-06-03T00:00:00Z"));
    expect(JSON.parse(json)).toMatchObject({
      schema: EXPORT_SCHEMA,
      version: 1,
      exportedAt: "2025-06-03T00:00:00.000Z",
    });
    fakeBrowser.reset();
    const result = await importChecklists(json);
    expect(result).toMatchObject({ ok: true, added: 1, merged: 0 });
    const { articles } = await listArticles();
    expect(articles).toEqual([record]);
  });

  it("merges an import item by item: the newer change wins, nothing is dropped", async () => {
    const record = await sample();
    const json = toJson([record]);
    // After the export, the reader unticks item 0 and ticks item 1 here.
    const now = record.updatedAt + 1000;
    await saveChecklist(info, entries, { target: 0, change: { checked: false } }, now);
    await saveChecklist(info, entries, { target: 1, change: { checked: true } }, now);
    const result = await importChecklists(json);
    expect(result).toMatchObject({ ok: true, added: 0, merged: 1 });
    const [merged] = (await listArticles()).articles;
    const items = Object.values(merged?.items ?? {}).sort((a, b) => a.position - b.position);
    expect(items.map((i) => i.checked)).toEqual([false, true, false]);
    expect(items[2]?.note).toContain("second line");
  });
});

describe("import rejects malformed files and changes nothing", () => {
  let before: Record<string, unknown>;
  let valid: Record<string, unknown>;

  beforeEach(async () => {
    const record = await sample();
    valid = JSON.parse(toJson([{ ...record, url: "https://congthuong.vn/khac-900999.html" }]));
    before = await fakeBrowser.storage.local.get(null);
  });

  const cases: [string, () => string, string, RegExp][] = [
    ["not JSON", () => "this is not json {", "not-json", /./],
    [
      "a foreign JSON file",
      () => JSON.stringify({ name: "x", items: [] }),
      "wrong-schema",
      /schema/,
    ],
    [
      "an unknown version",
      () => JSON.stringify({ ...valid, version: 7 }),
      "wrong-version",
      /newer/,
    ],
    [
      "a missing version",
      () => JSON.stringify({ ...valid, version: "1" }),
      "wrong-version",
      /version/,
    ],
    ["a huge file", () => `{"pad":"${"x".repeat(MAX_IMPORT_BYTES)}"}`, "too-large", /limit/],
    [
      "a __proto__ key",
      () => toJsonWith((a) => `{"__proto__":{"polluted":true},${a.slice(1)}`),
      "invalid",
      /forbidden key "__proto__"/,
    ],
    [
      "a constructor key in items",
      () => toJsonWith((a) => a.replace('"items": {', '"items": {"constructor": {},')),
      "invalid",
      /forbidden key "constructor"/,
    ],
    [
      "a control character",
      () => toJsonWith((a) => a.replace("Theo", "Theo").replace('"title": "', '"title": "\\u0007')),
      "invalid",
      /title contains a control character \(U\+0007\)/,
    ],
    [
      "a javascript: URL",
      () => toJsonWith((a) => a.replace(/"url": "[^"]+"/, '"url": "javascript:alert(1)"')),
      "invalid",
      /url must be an http/,
    ],
    [
      "a wrong type deep inside",
      () => toJsonWith((a) => a.replace('"checked": true', '"checked": "yes"')),
      "invalid",
      /checked must be true or false/,
    ],
    [
      "an oversized note",
      () => toJsonWith((a) => a.replace('"note": ""', `"note": "${"n".repeat(6000)}"`)),
      "invalid",
      /note is longer than/,
    ],
  ];

  /** The valid export with its (only) article's JSON text transformed. */
  function toJsonWith(change: (articleJson: string) => string): string {
    const article = JSON.stringify((valid.articles as unknown[])[0], null, 1);
    return `{"schema":"${EXPORT_SCHEMA}","version":1,"articles":[${change(article)}]}`;
  }

  it.each(cases)("rejects %s", async (_name, make, problem, detail) => {
    const text = make();
    const result = await importChecklists(text);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.problem).toBe(problem);
      expect(result.detail).toMatch(detail);
    }
    expect(await fakeBrowser.storage.local.get(null)).toEqual(before);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("accepts the untouched file (so the rejections above are about their defect)", () => {
    expect(parseImport(toJsonWith((a) => a)).ok).toBe(true);
  });
});
