import { beforeEach, describe, expect, it, vi } from "vitest";
import { fakeBrowser } from "wxt/testing/fake-browser";
import { anchorKey, anchorOf, snapshotOf } from "../../store/anchor";
import {
  type ChecklistEntry,
  changeStoredItem,
  deleteArticle,
  listArticles,
  loadArticle,
  putArticles,
  StoreError,
  saveChecklist,
} from "../../store/articles";
import { badgeText } from "../../store/badge";
import { decodeArticle, runMigrations } from "../../store/migrate";
import { reanchor } from "../../store/reanchor";
import type { SavedArticle } from "../../store/schema";
import { loadLanguage, saveLanguage } from "../../store/settings";
import { articleKey } from "../../store/url";
import { analysis, directiveAt, editedAnalysis, must, SENTENCES, URL } from "./popup.fixture";

const info = { url: URL, title: analysis.meta.title, published: analysis.meta.published };

function entriesOf(a = analysis, record: SavedArticle | null = null): ChecklistEntry[] {
  const anchors = a.directives.map((d) => anchorOf(d, a.blocks));
  const match = reanchor(record?.items ?? {}, anchors);
  return a.directives.map((d, i) => ({
    storedKey: match.itemKeyByDirective[i] ?? null,
    anchor: anchors[i] as ChecklistEntry["anchor"],
    snapshot: snapshotOf(d),
  }));
}

/**
 * A record as the first release (version 1) wrote it. Kept verbatim: every later release must
 * still read it, through the migrations in store/migrate.ts.
 */
const V1_SNAPSHOT = {
  version: 1,
  url: "https://congthuong.vn/bai-viet-mau-900001.html",
  title: "Bộ Công Thương giao nhiệm vụ cho các Sở Công Thương",
  published: "2025-03-04T08:00:00+07:00",
  savedAt: 1741050000000,
  updatedAt: 1741050600000,
  items: {
    qsample: {
      anchor: {
        exact: "Bộ trưởng đề nghị các Sở Công Thương báo cáo trước ngày 15/3.",
        prefix: "tại hội nghị trực tuyến.",
        suffix: "Các đơn vị cần chủ động",
      },
      checked: true,
      note: "Đã gửi email\ncho Sở",
      updatedAt: 1741050600000,
      position: 0,
      directive: {
        text: "Bộ trưởng đề nghị các Sở Công Thương báo cáo trước ngày 15/3.",
        gloss_en:
          "Provincial Departments of Industry and Trade — requested — to report by 15 March",
        kind: "directive",
        force: "requested",
        issuer: { text: "Bộ trưởng", en: "the Minister" },
        addressees: [
          { text: "các Sở Công Thương", en: "provincial Departments of Industry and Trade" },
        ],
        deadline: { text: "trước ngày 15/3", en: "by 15 March" },
        citations: [],
      },
    },
  },
};

beforeEach(() => {
  fakeBrowser.reset();
});

describe("anchors and re-anchoring", () => {
  it("anchors a directive with its sentence and 32 characters of context", () => {
    const anchor = anchorOf(directiveAt(1), analysis.blocks);
    expect(anchor.exact).toBe(SENTENCES[1]);
    expect(anchor.prefix.length).toBeLessThanOrEqual(32);
    expect(anchor.prefix.endsWith("30/6/2025.")).toBe(true);
    expect(anchor.suffix.startsWith("Thủ tướng giao")).toBe(true);
    expect(anchorKey(anchor)).toBe(anchorKey({ ...anchor }));
    expect(anchorKey(anchor)).not.toBe(anchorKey({ ...anchor, suffix: "" }));
  });

  it("finds items again by exact quote, fuzzy match, and keeps the vanished one as orphan", async () => {
    const record = await saveChecklist(info, entriesOf(), { target: 1, change: { checked: true } });
    const edited = editedAnalysis();
    const anchors = edited.directives.map((d) => anchorOf(d, edited.blocks));
    const match = reanchor(record.items, anchors);
    const keys = entriesOf().map((e) => anchorKey(e.anchor));
    // The first sentence gained a space before the period; the third gained two words.
    expect(match.itemKeyByDirective).toEqual([keys[0], keys[2]]);
    expect(match.orphans).toEqual([keys[1]]);
  });

  it("matches by context a sentence rewritten between unchanged neighbours", () => {
    const item = {
      anchor: {
        exact: "Sở Công Thương báo cáo kết quả trước ngày 10.",
        prefix: "Đoạn trước.",
        suffix: "Đoạn sau.",
      },
      checked: true,
      note: "",
      updatedAt: 1,
      position: 0,
      directive: snapshotOf(directiveAt(0)),
    };
    const rewritten = {
      exact: "Các Sở Công Thương gửi báo cáo kết quả trước ngày 12.",
      prefix: "Đoạn trước.",
      suffix: "Đoạn sau.",
    };
    const other = { exact: "Một câu khác hẳn không liên quan gì cả.", prefix: "x", suffix: "y" };
    const match = reanchor({ k: item }, [other, rewritten]);
    expect(match.itemKeyByDirective).toEqual([null, "k"]);
  });

  it("uses context to tell apart a sentence that occurs twice", () => {
    const base = {
      checked: true,
      note: "",
      updatedAt: 1,
      position: 0,
      directive: snapshotOf(directiveAt(0)),
    };
    const items = {
      second: { ...base, anchor: { exact: "Câu lặp lại.", prefix: "B", suffix: "D" } },
    };
    const match = reanchor(items, [
      { exact: "Câu lặp lại.", prefix: "A", suffix: "C" },
      { exact: "Câu lặp lại.", prefix: "B", suffix: "D" },
    ]);
    expect(match.itemKeyByDirective).toEqual([null, "second"]);
  });
});

describe("the checklist store", () => {
  it("saves every directive of the article with the tick, note and a snapshot", async () => {
    await saveChecklist(info, entriesOf(), { target: 0, change: { checked: true } }, 1000);
    await saveChecklist(info, entriesOf(), { target: 2, change: { note: "Theo dõi" } }, 2000);
    const stored = await loadArticle(URL);
    expect(stored).not.toBeNull();
    const items = Object.values(must(stored).items).sort((a, b) => a.position - b.position);
    expect(items.map((i) => [i.checked, i.note])).toEqual([
      [true, ""],
      [false, ""],
      [false, "Theo dõi"],
    ]);
    expect(must(items[0]).directive.deadline).toEqual({
      text: "trước ngày 30/6/2025",
      en: "by 30 June 2025",
    });
    expect(must(stored).savedAt).toBe(1000);
    expect(must(stored).updatedAt).toBe(2000);
    // One key per article: other articles' writes never touch this value.
    const all = await fakeBrowser.storage.local.get(null);
    expect(Object.keys(all)).toEqual([articleKey(URL)]);
  });

  it("keys the same article reached with tracking parameters, a fragment or www.", () => {
    expect(articleKey(`${URL}?utm_source=x#top`)).toBe(articleKey(URL));
    expect(articleKey(URL.replace("://", "://www."))).toBe(articleKey(URL));
  });

  it("keeps an item whose sentence is gone, re-keys the moved ones, and lets it be changed", async () => {
    const first = await saveChecklist(info, entriesOf(), {
      target: 1,
      change: { checked: true, note: "Bộ tự làm" },
    });
    const edited = editedAnalysis();
    const entries = entriesOf(edited, first);
    const second = await saveChecklist(info, entries, { target: 0, change: { checked: true } });
    const values = Object.values(second.items);
    expect(values).toHaveLength(3);
    const orphanKey = anchorKey(anchorOf(directiveAt(1), analysis.blocks));
    expect(second.items[orphanKey]?.note).toBe("Bộ tự làm");
    const after = await changeStoredItem(URL, orphanKey, { checked: false });
    expect(after?.items[orphanKey]?.checked).toBe(false);
    expect(after?.items[orphanKey]?.note).toBe("Bộ tự làm");
  });

  it("loses nothing when many writes from two popups interleave", async () => {
    const other = { ...info, url: "https://congthuong.vn/bai-khac-900200.html", title: "Bài khác" };
    const entries = entriesOf();
    const writes: Promise<unknown>[] = [];
    for (let round = 0; round < 20; round++) {
      for (let target = 0; target < entries.length; target++) {
        writes.push(
          saveChecklist(
            info,
            entries,
            { target, change: { note: `n${target}-${round}` } },
            10 + round,
          ),
        );
        writes.push(
          saveChecklist(
            other,
            entries,
            { target, change: { checked: round % 2 === 0 } },
            10 + round,
          ),
        );
      }
    }
    writes.push(saveChecklist(info, entries, { target: 1, change: { checked: true } }, 5));
    await Promise.all(writes);
    const a = await loadArticle(info.url);
    const b = await loadArticle(other.url);
    const notes = Object.values(must(a).items)
      .sort((x, y) => x.position - y.position)
      .map((i) => i.note);
    expect(notes).toEqual(["n0-19", "n1-19", "n2-19"]);
    // The tick on item 1 survived the 60 note writes to the same record around it.
    expect(Object.values(must(a).items).find((i) => i.position === 1)?.checked).toBe(true);
    expect(Object.values(must(b).items).every((i) => i.checked === false)).toBe(true);
  });

  it("reports a full storage and leaves the previous state intact", async () => {
    await saveChecklist(info, entriesOf(), { target: 0, change: { checked: true } });
    const before = await fakeBrowser.storage.local.get(null);
    const spy = vi
      .spyOn(fakeBrowser.storage.local, "set")
      .mockRejectedValue(new Error("QUOTA_BYTES quota exceeded"));
    const failure = await saveChecklist(info, entriesOf(), {
      target: 1,
      change: { checked: true },
    }).catch((e: unknown) => e);
    spy.mockRestore();
    expect(failure).toBeInstanceOf(StoreError);
    expect((failure as StoreError).code).toBe("quota");
    expect((failure as StoreError).message).toMatch(/storage is full/i);
    expect(await fakeBrowser.storage.local.get(null)).toEqual(before);
  });

  it("skips and reports corrupt and unknown-version records, keeps the rest", async () => {
    await saveChecklist(info, entriesOf(), { target: 0, change: { checked: true } });
    await fakeBrowser.storage.local.set({
      "policy-lens:article:congthuong.vn/hong-900300.html": { version: 1, url: 42 },
      "policy-lens:article:congthuong.vn/moi-900301.html": { ...V1_SNAPSHOT, version: 99 },
      "policy-lens:article:congthuong.vn/rac-900302.html": "not a record",
      "policy-lens:settings": { version: 1, language: "vi" },
    });
    const { articles, problems } = await listArticles();
    expect(articles.map((a) => a.url)).toEqual([URL]);
    expect(problems.map((p) => p.reason).sort()).toEqual([
      "article.url must be a string",
      "not a record",
      "record version 99 is newer than this release reads",
    ]);
    // A damaged record is never overwritten by a tick.
    await expect(loadArticle("https://congthuong.vn/moi-900301.html")).rejects.toMatchObject({
      code: "unreadable",
    });
  });

  it("deletes an article and restores it on undo, merged with later changes", async () => {
    await saveChecklist(info, entriesOf(), { target: 0, change: { checked: true } }, 100);
    const removed = await deleteArticle(URL);
    expect(await loadArticle(URL)).toBeNull();
    await saveChecklist(info, entriesOf(), { target: 2, change: { note: "sau khi xoá" } }, 200);
    await putArticles([must(removed)]);
    const restored = await loadArticle(URL);
    const items = Object.values(must(restored).items).sort((a, b) => a.position - b.position);
    expect(items.map((i) => [i.checked, i.note])).toEqual([
      [true, ""],
      [false, ""],
      [false, "sau khi xoá"],
    ]);
  });

  it("stores the UI language choice", async () => {
    expect(await loadLanguage()).toBeNull();
    await saveLanguage("vi");
    expect(await loadLanguage()).toBe("vi");
  });
});

describe("versions and migrations", () => {
  it("reads a stored version-1 record from the first release", async () => {
    await fakeBrowser.storage.local.set({ [articleKey(V1_SNAPSHOT.url)]: V1_SNAPSHOT });
    const record = await loadArticle(V1_SNAPSHOT.url);
    expect(record?.title).toBe(V1_SNAPSHOT.title);
    const [item] = Object.values(must(record).items);
    expect(item?.checked).toBe(true);
    expect(item?.note).toBe("Đã gửi email\ncho Sở");
    expect(item?.directive.force).toBe("requested");
    // Item keys are recomputed from the anchor, whatever key the file used.
    expect(Object.keys(must(record).items)).toEqual([anchorKey(V1_SNAPSHOT.items.qsample.anchor)]);
  });

  it("runs the migration chain in order and refuses gaps and newer versions", () => {
    const chain = {
      1: (r: Record<string, unknown>) => ({ ...r, version: 2, renamed: r.title }),
      2: (r: Record<string, unknown>) => ({ ...r, version: 3, tags: [] }),
    };
    expect(runMigrations({ version: 1, title: "T" }, 3, chain)).toEqual({
      version: 3,
      title: "T",
      renamed: "T",
      tags: [],
    });
    expect(runMigrations({ version: 1 }, 3, { 2: chain[2] })).toBe("no migration from version 1");
    expect(runMigrations({ version: 4 }, 3, chain)).toMatch(/newer/);
    expect(runMigrations({}, 3, chain)).toBe("record has no version");
    expect(decodeArticle(V1_SNAPSHOT).ok).toBe(true);
  });
});

describe("the toolbar badge", () => {
  it("counts open directives: total minus ticked", async () => {
    const record = await saveChecklist(info, entriesOf(), { target: 0, change: { checked: true } });
    expect(badgeText(3, record)).toBe("2");
    expect(badgeText(3, null)).toBe("3");
    expect(badgeText(null, record)).toBe("");
    expect(badgeText(1, record)).toBe("");
    expect(badgeText(250, null)).toBe("99+");
  });
});
