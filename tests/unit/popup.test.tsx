// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from "@testing-library/preact";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { fakeBrowser } from "wxt/testing/fake-browser";
import { Popup } from "../../components/Popup";
import type { Analysis } from "../../core/types";
import type { Request, StateResponse } from "../../page/messages";
import { anchorOf, snapshotOf } from "../../store/anchor";
import { listArticles, loadArticle, saveChecklist } from "../../store/articles";
import type { ExportFormat } from "../../store/export";
import type { SavedArticle } from "../../store/schema";
import { articleKey } from "../../store/url";
import { analysis, editedAnalysis, SENTENCES, URL } from "./popup.fixture";

const TAB = { id: 7, url: URL };

/** What the fake content script answers, and every request it received. */
let answers: (StateResponse | Error)[];
let requests: Request[];

function ready(a: Analysis = analysis, highlightsOn = true): StateResponse {
  return { state: "ready", analysis: a, highlightsOn, message: null };
}

beforeEach(() => {
  fakeBrowser.reset();
  requests = [];
  answers = [ready()];
  vi.spyOn(fakeBrowser.tabs, "sendMessage").mockImplementation((async (
    _tabId: number,
    message: Request,
  ) => {
    requests.push(message);
    if (message.type !== "policy-lens/get-state") return undefined;
    // The last answer repeats: a page that finished analysing stays ready.
    const next = answers.length > 1 ? answers.shift() : answers[0];
    if (next instanceof Error) throw next;
    return next;
  }) as never);
  vi.spyOn(fakeBrowser.tabs, "create").mockResolvedValue({} as never);
});

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

function renderPopup(props: Partial<Parameters<typeof Popup>[0]> = {}) {
  return render(<Popup tab={TAB} initialLanguage="en" pollMs={5} {...props} />);
}

const checkboxFor = (sentence: string) => screen.getByRole("checkbox", { name: sentence });

describe("the popup on an article", () => {
  it("shows the title, its English gloss, the date and the issuer", async () => {
    renderPopup();
    const title = await screen.findByRole("heading", { level: 1 });
    expect(title.textContent).toBe(analysis.meta.title);
    const header = title.closest("header") as HTMLElement;
    expect(header.textContent).toContain(
      "→ [Ministry of Industry and Trade] yêu cầu đẩy nhanh dự án điện mặt trời mái nhà",
    );
    expect(header.textContent).toContain("Published 2 June 2025");
    expect(header.textContent).toContain("Issued by Ministry of Industry and Trade");
  });

  it("ticks directives, counts progress and stores the tick", async () => {
    renderPopup();
    expect(await screen.findByText("0 of 3 done")).toBeTruthy();
    fireEvent.click(checkboxFor(SENTENCES[0]));
    expect(await screen.findByText("1 of 3 done")).toBeTruthy();
    const stored = await loadArticle(URL);
    const items = Object.values(stored?.items ?? {}).sort((a, b) => a.position - b.position);
    expect(items.map((i) => i.checked)).toEqual([true, false, false]);
    expect(stored?.title).toBe(analysis.meta.title);
  });

  it("saves the checklist without a tick, so the article appears under Saved", async () => {
    renderPopup();
    fireEvent.click(await screen.findByRole("button", { name: "Save" }));
    await waitFor(() => expect(screen.queryByRole("button", { name: "Save" })).toBeNull());
    const stored = await loadArticle(URL);
    expect(Object.values(stored?.items ?? {}).map((i) => i.checked)).toEqual([false, false, false]);
    fireEvent.click(screen.getByRole("tab", { name: "Saved" }));
    expect(await screen.findByText("0 of 3 done")).toBeTruthy();
  });

  it("shows each directive's English, who, force, deadline and citations", async () => {
    renderPopup();
    const item = (await screen.findByText(SENTENCES[0])).closest("li") as HTMLElement;
    const text = item.textContent ?? "";
    expect(text).toContain("Provincial People's Committees — required — to finish their reports");
    expect(text).toContain("Ministry of Industry and Trade → provincial People's Committees");
    expect(text).toContain("Directive required");
    expect(text).toContain("by 30 June 2025 (trước ngày 30/6/2025)");
    const third = screen.getByText(SENTENCES[2]).closest("li") as HTMLElement;
    expect(third.textContent).toContain("Nghị định 15/2024/NĐ-CP");
    const second = screen.getByText(SENTENCES[1]).closest("li") as HTMLElement;
    expect(second.textContent).toContain("Commitment pledged");
  });

  it("saves a note when the field loses focus", async () => {
    renderPopup();
    const item = (await screen.findByText(SENTENCES[2])).closest("li") as HTMLElement;
    const note = within(item).getByLabelText("Note");
    fireEvent.input(note, { target: { value: "Hỏi Vụ Pháp chế" } });
    fireEvent.blur(note);
    await waitFor(async () => {
      const stored = await loadArticle(URL);
      expect(Object.values(stored?.items ?? {}).find((i) => i.position === 2)?.note).toBe(
        "Hỏi Vụ Pháp chế",
      );
    });
  });

  it("saves a note still being typed when the popup closes", async () => {
    renderPopup();
    const item = (await screen.findByText(SENTENCES[0])).closest("li") as HTMLElement;
    fireEvent.input(within(item).getByLabelText("Note"), { target: { value: "gõ dở" } });
    window.dispatchEvent(new Event("pagehide"));
    // Well before the typing pause (500 ms) would have saved it.
    await new Promise((resolve) => setTimeout(resolve, 100));
    const stored = await loadArticle(URL);
    expect(Object.values(stored?.items ?? {}).find((i) => i.position === 0)?.note).toBe("gõ dở");
  });

  it("filters by addressee, status and kind", async () => {
    renderPopup();
    await screen.findByText(SENTENCES[0]);
    const listed = () => screen.queryAllByRole("checkbox").map((c) => c.getAttribute("id"));
    fireEvent.change(screen.getByLabelText("Addressee"), {
      target: { value: "Ministry of Finance" },
    });
    expect(listed()).toEqual(["d2-check"]);
    fireEvent.change(screen.getByLabelText("Addressee"), { target: { value: "" } });
    fireEvent.change(screen.getByLabelText("Kind"), { target: { value: "commitment" } });
    expect(listed()).toEqual(["d1-check"]);
    fireEvent.change(screen.getByLabelText("Kind"), { target: { value: "all" } });
    fireEvent.click(checkboxFor(SENTENCES[2]));
    await screen.findByText("1 of 3 done");
    fireEvent.change(screen.getByLabelText("Status"), { target: { value: "done" } });
    expect(listed()).toEqual(["d2-check"]);
    fireEvent.change(screen.getByLabelText("Status"), { target: { value: "open" } });
    expect(listed()).toEqual(["d0-check", "d1-check"]);
  });

  it("asks the page to show a directive and to switch highlights", async () => {
    renderPopup();
    const item = (await screen.findByText(SENTENCES[2])).closest("li") as HTMLElement;
    fireEvent.click(within(item).getByRole("button", { name: "Show on page" }));
    const highlights = screen.getByRole("switch", {
      name: "Highlights on the page",
    }) as HTMLInputElement;
    expect(highlights.checked).toBe(true);
    fireEvent.click(highlights);
    await waitFor(() =>
      expect(requests).toContainEqual({ type: "policy-lens/set-highlights", on: false }),
    );
    expect(requests).toContainEqual({ type: "policy-lens/show", kind: "directive", index: 2 });
    expect(highlights.checked).toBe(false);
  });

  it("shows stored items whose sentence is gone as no longer on the page", async () => {
    const entries = analysis.directives.map((d) => ({
      storedKey: null,
      anchor: anchorOf(d, analysis.blocks),
      snapshot: snapshotOf(d),
    }));
    await saveChecklist({ url: URL, title: analysis.meta.title, published: null }, entries, {
      target: 1,
      change: { checked: true, note: "giữ lại" },
    });
    answers = [ready(editedAnalysis())];
    renderPopup();
    const section = (await screen.findByRole("heading", { name: "No longer on the page" })).closest(
      "section",
    ) as HTMLElement;
    expect(within(section).getByText(SENTENCES[1])).toBeTruthy();
    expect((within(section).getByRole("checkbox") as HTMLInputElement).checked).toBe(true);
    expect(within(section).queryByRole("button", { name: "Show on page" })).toBeNull();
    expect(screen.getByText("0 of 2 done")).toBeTruthy();
  });

  it("reads a checklist stored by the first release (version 1)", async () => {
    const d = analysis.directives[2];
    if (!d) throw new Error("fixture");
    const v1 = {
      version: 1,
      url: URL,
      title: analysis.meta.title,
      published: null,
      savedAt: 1,
      updatedAt: 2,
      items: {
        legacy: {
          anchor: anchorOf(d, analysis.blocks),
          checked: true,
          note: "từ bản đầu tiên",
          updatedAt: 2,
          position: 2,
          directive: snapshotOf(d),
        },
      },
    };
    await fakeBrowser.storage.local.set({ [articleKey(URL)]: v1 });
    renderPopup();
    await screen.findByText("1 of 3 done");
    expect((checkboxFor(SENTENCES[2]) as HTMLInputElement).checked).toBe(true);
    const item = screen.getByText(SENTENCES[2]).closest("li") as HTMLElement;
    expect((within(item).getByLabelText("Note") as HTMLTextAreaElement).value).toBe(
      "từ bản đầu tiên",
    );
  });

  it("says so when the storage is full and keeps the previous state", async () => {
    renderPopup();
    await screen.findByText("0 of 3 done");
    vi.spyOn(fakeBrowser.storage.local, "set").mockRejectedValue(new Error("QUOTA_BYTES exceeded"));
    fireEvent.click(checkboxFor(SENTENCES[0]));
    expect((await screen.findByRole("alert")).textContent).toMatch(/Storage is full/);
    expect(await loadArticle(URL)).toBeNull();
    expect(screen.getByText("0 of 3 done")).toBeTruthy();
  });

  it("exports this checklist in each format", async () => {
    const exported: [ExportFormat, readonly SavedArticle[]][] = [];
    renderPopup({ onExport: (format, articles) => exported.push([format, articles]) });
    fireEvent.click(await screen.findByRole("checkbox", { name: SENTENCES[1] }));
    await screen.findByText("1 of 3 done");
    const group = screen.getByRole("group", { name: "Export this checklist" });
    fireEvent.change(within(group).getByLabelText("Format"), { target: { value: "csv" } });
    fireEvent.click(within(group).getByRole("button", { name: "Download" }));
    expect(exported).toHaveLength(1);
    const [format, articles] = exported[0] ?? [];
    expect(format).toBe("csv");
    const items = Object.values(articles?.[0]?.items ?? {}).sort((a, b) => a.position - b.position);
    expect(items.map((i) => i.checked)).toEqual([false, true, false]);
  });
});

describe("the language", () => {
  it("switches to Vietnamese labels, formats dates in Vietnamese and remembers the choice", async () => {
    renderPopup();
    await screen.findByText("0 of 3 done");
    fireEvent.click(screen.getByRole("button", { name: "Tiếng Việt" }));
    expect(await screen.findByText("Đã xong 0/3")).toBeTruthy();
    expect(screen.getByRole("tab", { name: "Chỉ đạo" })).toBeTruthy();
    expect(screen.getByRole("tab", { name: "Thuật ngữ" })).toBeTruthy();
    expect(document.body.textContent).toContain("Đăng ngày 2 tháng 6, 2025");
    expect(document.documentElement.lang).toBe("vi-VN");
    await waitFor(async () => {
      const stored = await fakeBrowser.storage.local.get("policy-lens:settings");
      expect(stored["policy-lens:settings"]).toEqual({ version: 1, language: "vi" });
    });
    cleanup();
    render(<Popup tab={TAB} initialLanguage="en" pollMs={5} />);
    expect(await screen.findByText("Đã xong 0/3")).toBeTruthy();
  });

  it("follows the browser language when nothing was chosen", async () => {
    vi.spyOn(fakeBrowser.i18n, "getUILanguage").mockReturnValue("vi-VN");
    render(<Popup tab={TAB} pollMs={5} />);
    expect(await screen.findByText("Đã xong 0/3")).toBeTruthy();
  });
});

describe("the Terms tab", () => {
  it("lists terms, documents and dates by category with counts, and shows them on the page", async () => {
    renderPopup();
    fireEvent.click(await screen.findByRole("tab", { name: "Terms" }));
    const institutions = screen
      .getByRole("heading", { name: /Institutions/ })
      .closest("section") as HTMLElement;
    expect(institutions.textContent).toContain("2 entries");
    const moit = within(institutions).getByRole("button", { name: /Bộ Công Thương/ });
    expect(moit.textContent).toContain("Ministry of Industry and Trade");
    expect(moit.textContent).toContain("3 mentions");
    const docs = screen
      .getByRole("heading", { name: /Legal documents/ })
      .closest("section") as HTMLElement;
    expect(docs.textContent).toContain("Decree No. 15/2024/NĐ-CP of the Government");
    const dates = screen
      .getByRole("heading", { name: /Dates and periods/ })
      .closest("section") as HTMLElement;
    expect(dates.textContent).toContain("by 30 June 2025");
    fireEvent.click(moit);
    fireEvent.click(moit);
    fireEvent.click(within(docs).getByRole("button"));
    const shows = requests.filter((r) => r.type === "policy-lens/show");
    expect(shows).toEqual([
      { type: "policy-lens/show", kind: "term", index: 0 },
      { type: "policy-lens/show", kind: "term", index: 1 },
      { type: "policy-lens/show", kind: "citation", index: 0 },
    ]);
  });

  it("arrow keys move between tabs", async () => {
    renderPopup();
    const first = await screen.findByRole("tab", { name: "Directives" });
    fireEvent.keyDown(first, { key: "ArrowRight" });
    expect(screen.getByRole("tab", { name: "Terms" }).getAttribute("aria-selected")).toBe("true");
    fireEvent.keyDown(first, { key: "End" });
    expect(screen.getByRole("tab", { name: "Saved" }).getAttribute("aria-selected")).toBe("true");
  });
});

describe("the Saved tab", () => {
  async function seed() {
    const entries = (a: Analysis) =>
      a.directives.map((d) => ({
        storedKey: null,
        anchor: anchorOf(d, a.blocks),
        snapshot: snapshotOf(d),
      }));
    await saveChecklist(
      { url: URL, title: analysis.meta.title, published: analysis.meta.published },
      entries(analysis),
      { target: 0, change: { checked: true } },
      1000,
    );
    await saveChecklist(
      {
        url: "https://congthuong.vn/gia-xang-dau-900555.html",
        title: "Điều hành giá xăng dầu",
        published: null,
      },
      entries(analysis).slice(0, 1),
      { target: 0, change: { note: "liên hệ Bộ Tài chính" } },
      2000,
    );
  }

  it("skips unreadable records and says how many", async () => {
    await seed();
    await fakeBrowser.storage.local.set({
      "policy-lens:article:congthuong.vn/hong-900777.html": {
        version: 1,
        url: "https://congthuong.vn/x",
      },
      "policy-lens:article:congthuong.vn/moi-900778.html": { version: 5 },
    });
    renderPopup();
    fireEvent.click(await screen.findByRole("tab", { name: "Saved" }));
    expect(
      await screen.findByText("2 saved records could not be read and were skipped."),
    ).toBeTruthy();
    expect(document.querySelectorAll(".saved-item")).toHaveLength(2);
  });

  it("says there is nothing saved yet", async () => {
    renderPopup();
    fireEvent.click(await screen.findByRole("tab", { name: "Saved" }));
    expect(await screen.findByText(/No saved checklists yet/)).toBeTruthy();
  });

  it("lists saved articles newest first with progress, searches, opens and deletes with undo", async () => {
    await seed();
    renderPopup();
    fireEvent.click(await screen.findByRole("tab", { name: "Saved" }));
    await screen.findByText("Điều hành giá xăng dầu");
    const titles = () => [...document.querySelectorAll(".saved-title")].map((e) => e.textContent);
    expect(titles()).toEqual(["Điều hành giá xăng dầu", analysis.meta.title]);
    expect(screen.getByText("1 of 3 done")).toBeTruthy();
    expect(screen.getByText("0 of 1 done")).toBeTruthy();

    const search = screen.getByRole("searchbox", { name: "Search saved checklists" });
    fireEvent.input(search, { target: { value: "lien he bo tai" } });
    expect(titles()).toEqual(["Điều hành giá xăng dầu"]);
    fireEvent.input(search, { target: { value: "mai nha" } });
    expect(titles()).toEqual([analysis.meta.title]);
    fireEvent.input(search, { target: { value: "không có đâu" } });
    expect(screen.getByText("Nothing matches “không có đâu”.")).toBeTruthy();
    fireEvent.input(search, { target: { value: "" } });

    const item = [...document.querySelectorAll(".saved-item")].find(
      (li) => li.querySelector(".saved-title")?.textContent === analysis.meta.title,
    ) as HTMLElement;
    fireEvent.click(within(item).getByRole("button", { name: "Open article" }));
    expect(fakeBrowser.tabs.create).toHaveBeenCalledWith({ url: URL });

    fireEvent.click(
      within(item).getByRole("button", {
        name: `Delete the checklist of “${analysis.meta.title}”`,
      }),
    );
    await waitFor(() => expect(titles()).toEqual(["Điều hành giá xăng dầu"]));
    fireEvent.click(await screen.findByRole("button", { name: "Undo" }));
    await waitFor(() => expect(titles()).toHaveLength(2));
    expect((await listArticles()).articles).toHaveLength(2);
  });

  it("exports all and rejects a bad import without changing anything", async () => {
    await seed();
    const exported: [ExportFormat, readonly SavedArticle[]][] = [];
    renderPopup({ onExport: (format, articles) => exported.push([format, articles]) });
    fireEvent.click(await screen.findByRole("tab", { name: "Saved" }));
    await screen.findByText("Điều hành giá xăng dầu");
    const group = screen.getByRole("group", { name: "Export all" });
    fireEvent.click(within(group).getByRole("button", { name: "Download" }));
    expect(exported[0]?.[0]).toBe("markdown");
    expect(exported[0]?.[1]).toHaveLength(2);

    const before = await fakeBrowser.storage.local.get(null);
    const input = screen.getByLabelText("Import JSON") as HTMLInputElement;
    const file = new File(['{"schema":"something-else","articles":[]}'], "x.json", {
      type: "application/json",
    });
    Object.defineProperty(input, "files", { value: [file], configurable: true });
    fireEvent.change(input);
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toContain("This file was not imported; nothing was changed.");
    expect(alert.textContent).toContain("The file is not a Policy Lens export.");
    expect(await fakeBrowser.storage.local.get(null)).toEqual(before);
  });
});

describe("the popup's states", () => {
  it("explains Policy Lens on a page that is not an article", async () => {
    answers = [
      { state: "skipped", analysis: null, highlightsOn: false, message: "not an article" },
    ];
    renderPopup();
    expect(
      await screen.findByRole("heading", { name: "This page is not an article" }),
    ).toBeTruthy();
    expect(document.body.textContent).toContain("congthuong.vn");
    fireEvent.click(screen.getByRole("button", { name: "Open congthuong.vn" }));
    expect(fakeBrowser.tabs.create).toHaveBeenCalledWith({ url: "https://congthuong.vn/" });
    fireEvent.click(screen.getByRole("tab", { name: "Saved" }));
    expect(await screen.findByText(/No saved checklists yet/)).toBeTruthy();
  });

  it("waits while the article is analysed, then shows it", async () => {
    const analysing: StateResponse = {
      state: "article",
      analysis: null,
      highlightsOn: true,
      message: null,
    };
    answers = [analysing, analysing, analysing, ready()];
    renderPopup();
    expect(await screen.findByText("Reading the article…")).toBeTruthy();
    expect(await screen.findByText("0 of 3 done")).toBeTruthy();
    expect(
      requests.filter((r) => r.type === "policy-lens/get-state").length,
    ).toBeGreaterThanOrEqual(4);
  });

  it("reports an analysis error with the page's message", async () => {
    answers = [
      { state: "error", analysis: null, highlightsOn: false, message: "article body not found" },
    ];
    renderPopup();
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toContain("The article could not be analysed");
    expect(alert.textContent).toContain("article body not found");
  });

  it("says when no content script answers (a browser page)", async () => {
    answers = [new Error("Could not establish connection. Receiving end does not exist.")];
    renderPopup();
    expect(
      await screen.findByRole("heading", { name: "Policy Lens cannot read this tab" }),
    ).toBeTruthy();
  });

  it("says so when there is no tab at all", async () => {
    render(<Popup tab={null} initialLanguage="en" />);
    expect(
      await screen.findByRole("heading", { name: "Policy Lens cannot read this tab" }),
    ).toBeTruthy();
  });

  it("says when an article has no directives", async () => {
    answers = [ready({ ...analysis, directives: [] })];
    renderPopup();
    expect(await screen.findByText(/No directives were found in this article/)).toBeTruthy();
  });
});
