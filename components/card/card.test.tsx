// @vitest-environment happy-dom
import { cleanup, render } from "@testing-library/preact";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { CitationMatch, Directive, TermMatch } from "../../core/types";
import { CardLayer } from "./CardLayer";
import { HoverCard, placeCard } from "./HoverCard";
import { cardModel, englishDate } from "./model";

const term: TermMatch = {
  type: "term",
  block: 2,
  start: 0,
  end: 4,
  text: "UBND <img src=x onerror=alert(1)>",
  entryId: "ubnd",
  vi: "Ủy ban nhân dân",
  en: "People's Committee",
  category: "institution",
  note: "",
  expansion: "Ủy ban nhân dân",
  person: null,
  nested: [],
};

const citation: CitationMatch = {
  type: "citation",
  block: 3,
  start: 5,
  end: 20,
  text: "Nghị quyết số 02/NQ-CP",
  docType: "resolution",
  number: "02",
  symbol: "02/NQ-CP",
  year: 2024,
  issuer: "CP",
  issuerName: "the Government",
  date: "2024-01-05",
  en: "Resolution No. 02/NQ-CP of the Government, 5 January 2024",
};

const directive: Directive = {
  type: "directive",
  block: 4,
  start: 0,
  end: 30,
  text: "Bộ yêu cầu các Sở báo cáo trước ngày 15/7.",
  kind: "directive",
  force: "required",
  issuer: { text: "Bộ", en: "the Ministry" },
  addressees: [{ text: "các Sở", en: "the Departments" }],
  deadline: {
    type: "date",
    block: 4,
    start: 30,
    end: 40,
    text: "trước ngày 15/7",
    dateKind: "day",
    from: "2024-07-15",
    to: "2024-07-15",
    en: "by 15 July 2024",
    deadline: true,
  },
  citations: [],
  gloss_en: "the Departments — required — report",
};

const anchor = { left: 100, top: 100, right: 200, bottom: 120 };

afterEach(cleanup);

describe("cardModel", () => {
  it("explains a term, a citation and a directive in English", () => {
    const t = cardModel({ kind: "term", index: 0, item: term });
    expect(t.heading).toBe("People's Committee");
    expect(t.rows).toContainEqual({ label: "Stands for", value: "Ủy ban nhân dân" });
    expect(t.rows).toContainEqual({ label: "Category", value: "Institution" });
    const c = cardModel({ kind: "citation", index: 1, item: citation });
    expect(c.ref).toBe("citation:1");
    expect(c.rows).toContainEqual({ label: "Signed", value: "5 January 2024" });
    expect(c.rows).toContainEqual({ label: "Issued by", value: "the Government" });
    const d = cardModel({ kind: "directive", index: 0, item: directive });
    expect(d.rows).toContainEqual({ label: "From → to", value: "the Ministry → the Departments" });
    expect(d.rows).toContainEqual({ label: "Deadline", value: "by 15 July 2024" });
    expect(d.rows).toContainEqual({ label: "Force", value: "Required (yêu cầu)" });
  });

  it("writes ISO days in English", () => {
    expect(englishDate("2025-12-01")).toBe("1 December 2025");
    expect(englishDate("2025-13-01")).toBe("2025-13-01");
  });
});

describe("HoverCard", () => {
  it("shows page text only as text, with a labelled dialog role", () => {
    const model = cardModel({ kind: "term", index: 0, item: term });
    const { container, getByRole } = render(
      <HoverCard model={model} anchor={anchor} onClose={() => {}} />,
    );
    const dialog = getByRole("dialog");
    expect(dialog.getAttribute("aria-label")).toBe(`Term: ${term.text}`);
    expect(container.querySelector("img")).toBeNull();
    expect(dialog.textContent).toContain("<img src=x onerror=alert(1)>");
  });

  it("calls onClose from its close button", () => {
    const onClose = vi.fn();
    const model = cardModel({ kind: "citation", index: 0, item: citation });
    const { getByLabelText } = render(
      <HoverCard model={model} anchor={anchor} onClose={onClose} />,
    );
    (getByLabelText("Close") as HTMLButtonElement).click();
    expect(onClose).toHaveBeenCalledTimes(1);
  });

  it("announces through a polite live region, card or not", () => {
    const { container } = render(
      <CardLayer card={null} announcement="Highlights on" onClose={() => {}} />,
    );
    const live = container.querySelector("[aria-live='polite']");
    expect(live?.textContent).toBe("Highlights on");
    expect(container.querySelector("[role='dialog']")).toBeNull();
  });
});

describe("placeCard", () => {
  const viewport = { width: 800, height: 600 };
  const size = { width: 300, height: 200 };

  it("goes below the anchor when it fits", () => {
    expect(placeCard(anchor, size, viewport)).toEqual({ left: 100, top: 128 });
  });

  it("goes above when there is no room below, and stays inside the viewport", () => {
    const low = { left: 700, top: 500, right: 760, bottom: 520 };
    const place = placeCard(low, size, viewport);
    expect(place.top).toBe(500 - 8 - 200);
    expect(place.left + size.width).toBeLessThanOrEqual(viewport.width - 8);
  });

  it("is clamped when the card is taller than the room on either side", () => {
    const mid = { left: 10, top: 250, right: 50, bottom: 270 };
    const place = placeCard(mid, { width: 300, height: 500 }, viewport);
    expect(place.top).toBeGreaterThanOrEqual(8);
    expect(place.top + 500).toBeLessThanOrEqual(viewport.height - 8 + 0.5);
  });
});
