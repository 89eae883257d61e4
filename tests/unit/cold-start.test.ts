/**
 * What a fresh page pays before it can highlight: normalization tables filled lazily, the term
 * index built without a string per token, block text built run by run, highlights registered
 * once per paint. Each fast path is checked against a plain reference implementation.
 */
import fc from "fast-check";
import { Window } from "happy-dom";
import { describe, expect, it } from "vitest";
import { glossaryEntries } from "../../core/glossary";
import {
  CharClass,
  charClass,
  matchKey,
  normalizeViews,
  stripDiacritics,
  tokenKeys,
} from "../../core/normalize";
import { buildTermIndex } from "../../core/terms";
import type { GlossaryEntry } from "../../core/types";
import { extractArticle } from "../../page/adapters";
import type { PlacedAnnotation } from "../../page/annotations";
import { Painter } from "../../page/highlight/painter";
import { buildBlockText, type TextSegment, type TextSource } from "../../page/text-index";

/** The tables as they were computed up front, for one code unit (the reference). */
function referenceEntry(c: number): { cased: number; lower: number; klass: number } {
  const spaces = [
    0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x85, 0xa0, 0x1680, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004,
    0x2005, 0x2006, 0x2007, 0x2008, 0x2009, 0x200a, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000,
  ];
  const invisibles = [0xad, 0x180e, 0x200b, 0x200c, 0x200d, 0x2060, 0xfeff];
  const dashes = [0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212, 0xfe58, 0xfe63, 0xff0d];
  const surrogate = c >= 0xd800 && c <= 0xdfff;
  let cased = c;
  if (!surrogate) {
    const nfc = String.fromCharCode(c).normalize("NFC");
    if (nfc.length === 1) cased = nfc.charCodeAt(0);
  }
  const low = String.fromCharCode(cased).toLowerCase();
  let lower = low.length === 1 ? low.charCodeAt(0) : cased;
  let klass: number =
    surrogate || /[\p{L}\p{N}\p{M}]/u.test(String.fromCharCode(c))
      ? CharClass.Word
      : CharClass.Punct;
  if (c === 0x20) klass = CharClass.Space;
  if (spaces.includes(c)) [cased, lower, klass] = [0x20, 0x20, CharClass.Space];
  if (invisibles.includes(c)) [cased, lower] = [0xffff, 0xffff];
  if (dashes.includes(c)) [cased, lower] = [0x2d, 0x2d];
  if (c === 0xd0) [cased, lower] = [0x110, 0x111];
  if (c === 0xf0) [cased, lower] = [0x111, 0x111];
  if (c === 0x110) lower = 0x111;
  return { cased, lower, klass };
}

describe("normalization tables filled on first use", () => {
  it("give every BMP code unit the entries the up-front tables gave", () => {
    const mismatches: string[] = [];
    for (let c = 0; c < 0x10000; c++) {
      // Combining marks compose with their base (tested in normalize.test.ts); surrogates alone
      // are not text.
      if ((c >= 0x300 && c <= 0x36f) || (c >= 0xd800 && c <= 0xdfff)) continue;
      const ref = referenceEntry(c);
      const views = normalizeViews(String.fromCharCode(c));
      const cased = ref.cased === 0xffff ? "" : String.fromCharCode(ref.cased);
      const folded = ref.lower === 0xffff ? "" : String.fromCharCode(ref.lower);
      if (views.cased !== cased || views.folded !== folded || charClass(c) !== ref.klass) {
        mismatches.push(c.toString(16));
      }
    }
    expect(mismatches).toEqual([]);
  });

  it("strip diacritics as a whole-string decomposition does, letter by letter", () => {
    const reference = (text: string) =>
      text
        .normalize("NFD")
        .replace(/[\u0300-\u036f]/g, "")
        .replace(/[đð]/g, "d")
        .replace(/[ĐÐ]/g, "D");
    const letters = "aàáảãạăằắẳẵặâầấẩẫậeèéẻẽẹêềếểễệiìíỉĩịoòóỏõọôồốổỗộơờớởỡợuùúủũụưừứửữựyỳýỷỹỵđ";
    const all = `${letters}${letters.toUpperCase()} Nguyễn Sinh Nhật Tân ÐÔNG`;
    expect(stripDiacritics(all)).toBe(reference(all));
    expect(stripDiacritics(all.normalize("NFD"))).toBe(reference(all));
  });
});

describe("term index of the product glossary", () => {
  const entries = glossaryEntries();
  const index = buildTermIndex(entries);

  /** The folded tokens of a text as the reference path computes them (strings per token). */
  const tokensOf = (text: string) => tokenKeys(normalizeViews(text).folded);

  it("holds exactly the tokens of the forms and context phrases", () => {
    const expected = new Set<string>();
    for (const entry of entries) {
      if (entry.category === "issuer") continue;
      for (const phrase of entry.context)
        for (const t of matchKey(phrase).split(" ")) expected.add(t);
      for (const form of [entry.vi, ...entry.aliases, ...entry.abbr]) {
        if (/…|\.\.\./.test(form)) continue;
        for (const t of tokensOf(form)) expected.add(t);
      }
    }
    expected.delete("");
    for (const token of expected)
      expect(index.vocabulary.lookup(token), token).toBeGreaterThanOrEqual(0);
    // Derived forms ("Nghị quyết" from "Nghị quyết (của Quốc hội)") add no token of their own.
    expect(index.vocabulary.size).toBe(expected.size);
  });

  it("reaches every literal form of every entry along its token path", () => {
    const missing: string[] = [];
    const reaches = (entry: GlossaryEntry, form: string) => {
      const ids = tokensOf(form).map((t) => index.vocabulary.lookup(t));
      let node = index.root.first[ids[0] as number];
      for (const id of ids.slice(1)) node = node?.children?.get(id);
      return node?.forms?.some((f) => f.entry === entry) ?? false;
    };
    for (const entry of entries) {
      if (entry.category === "issuer") continue;
      for (const form of [entry.vi, ...entry.aliases, ...entry.abbr]) {
        if (/…|\.\.\./.test(form) || tokensOf(form).length === 0) continue;
        if (!reaches(entry, form)) missing.push(`${entry.id}: ${form}`);
      }
    }
    // A form may be taken by another entry only when both name it (same key, told apart by
    // dates or context): then the trie holds that key for both.
    expect(missing).toEqual([]);
  });

  it("keeps the cased key of abbreviations for case-sensitive matching", () => {
    const abbreviations = entries.filter((e) => e.category !== "issuer" && e.abbr.length > 0);
    expect(abbreviations.length).toBeGreaterThan(20);
    for (const entry of abbreviations.slice(0, 50)) {
      const abbr = entry.abbr[0] as string;
      const ids = tokensOf(abbr).map((t) => index.vocabulary.lookup(t));
      let node = index.root.first[ids[0] as number];
      for (const id of ids.slice(1)) node = node?.children?.get(id);
      const form = node?.forms?.find((f) => f.entry === entry && f.casedKey !== null);
      expect(form?.casedKey, abbr).toBe(tokenKeys(normalizeViews(abbr).cased).join(" "));
    }
  });
});

/** The character-by-character block text builder the run-based one replaced (the reference). */
function referenceBlockText(source: TextSource): { text: string; segments: TextSegment[] } {
  let text = "";
  const segments: TextSegment[] = [];
  let current: { node: Text; nodeStart: number; start: number } | null = null;
  let pending: { node: Text; offset: number; virtual: boolean } | null = null;
  let lastNode: Text | null = null;
  const close = () => {
    if (current && text.length > current.start) segments.push({ ...current, end: text.length });
    current = null;
  };
  for (const item of source) {
    if (item === null) {
      if (text.length > 0 && !pending && lastNode) {
        pending = { node: lastNode, offset: lastNode.data.length, virtual: true };
      }
      continue;
    }
    lastNode = item;
    close();
    for (let i = 0; i < item.data.length; i++) {
      const ch = item.data.charAt(i);
      if (/[ \t\n\r\f]/.test(ch)) {
        if (text.length > 0 && !pending) pending = { node: item, offset: i, virtual: false };
        close();
        continue;
      }
      if (pending) {
        close();
        segments.push({
          node: pending.node,
          nodeStart: pending.offset,
          start: text.length,
          end: text.length + 1,
          ...(pending.virtual ? { virtual: true } : {}),
        });
        text += " ";
        pending = null;
      }
      if (!current) current = { node: item, nodeStart: i, start: text.length };
      text += ch;
    }
    close();
  }
  const merged: TextSegment[] = [];
  for (const segment of segments) {
    const last = merged[merged.length - 1];
    if (
      last &&
      !last.virtual &&
      !segment.virtual &&
      last.node === segment.node &&
      last.end === segment.start &&
      last.nodeStart + (last.end - last.start) === segment.nodeStart
    ) {
      merged[merged.length - 1] = { ...last, end: segment.end };
    } else merged.push(segment);
  }
  return { text, segments: merged };
}

describe("block text built run by run", () => {
  it("equals the character-by-character reference on random text nodes and line breaks", () => {
    const doc = new Window().document as unknown as Document;
    const piece = fc.string({
      unit: fc.constantFrom("a", "ệ", " ", "\n", "\t", "\u00a0", "B", ".", "\r"),
      maxLength: 12,
    });
    fc.assert(
      fc.property(fc.array(fc.option(piece, { nil: null, freq: 4 }), { maxLength: 8 }), (items) => {
        const source = items.map((data) => (data === null ? null : doc.createTextNode(data)));
        expect(buildBlockText(source)).toEqual(referenceBlockText(source));
      }),
      { numRuns: 400 },
    );
  });

  it("equals it too on nodes with only single spaces between words (appended whole)", () => {
    const doc = new Window().document as unknown as Document;
    const word = fc.string({ unit: fc.constantFrom("a", "ệ", "B", ".", "\u00a0"), minLength: 1 });
    const piece = fc
      .tuple(fc.boolean(), fc.array(word, { maxLength: 5 }), fc.boolean())
      .map(([lead, words, trail]) => `${lead ? " " : ""}${words.join(" ")}${trail ? " " : ""}`);
    fc.assert(
      fc.property(fc.array(fc.option(piece, { nil: null, freq: 4 }), { maxLength: 8 }), (items) => {
        const source = items.map((data) => (data === null ? null : doc.createTextNode(data)));
        expect(buildBlockText(source)).toEqual(referenceBlockText(source));
      }),
      { numRuns: 400 },
    );
  });
});

describe("painting with the Highlight API", () => {
  /** A stand-in for the API that records when ranges are added. */
  function highlightWindow() {
    const highlights = new Map<string, Set<AbstractRange>>();
    const log: string[] = [];
    class Highlight extends Set<AbstractRange> {
      priority = 0;
      override add(range: AbstractRange) {
        log.push("add");
        return super.add(range);
      }
    }
    return {
      highlights,
      log,
      win: { CSS: { highlights }, Highlight } as unknown as globalThis.Window,
    };
  }

  it("registers each range once, after every range is built, and reuses them on repaint", async () => {
    const window = new Window({ url: "https://congthuong.vn/bai-viet-1.html" });
    const paragraphs = Array.from({ length: 40 }, (_, i) => `<p>Đoạn ${i} có chữ ABC ở giữa.</p>`);
    window.document.write(
      `<html><body><h1 class="article-detail-title">T</h1><div id="articleBody" itemprop="articleBody">${paragraphs.join("")}</div></body></html>`,
    );
    const doc = window.document as unknown as Document;
    const article = extractArticle(doc);
    if (!article) throw new Error("no article");
    const annotations = article.blocks.slice(1).map(
      (block, i): PlacedAnnotation =>
        ({
          kind: "term",
          index: i,
          item: {
            block: block.index,
            start: block.text.indexOf("ABC"),
            end: block.text.indexOf("ABC") + 3,
          },
        }) as unknown as PlacedAnnotation,
    );
    const { highlights, log, win } = highlightWindow();
    const painter = new Painter(doc, win, "highlight-api");
    let seenDuringPaint = -1;
    const done = await painter.paint(article, annotations, () => {
      // Read while slices run: nothing is registered before the paint completes.
      seenDuringPaint = Math.max(seenDuringPaint, highlights.get("policy-lens-term")?.size ?? 0);
      return false;
    });
    expect(done).toBe(true);
    expect(seenDuringPaint).toBe(0);
    const term = highlights.get("policy-lens-term");
    expect(term?.size).toBe(40);
    for (const range of term ?? []) expect((range as Range).toString()).toBe("ABC");
    expect(log.length).toBe(40);
    // The same article again: every range is reused, none added or dropped.
    await painter.paint(article, annotations);
    expect(log.length).toBe(40);
    expect(term?.size).toBe(40);
    // One annotation fewer: its range leaves, the others stay.
    await painter.paint(article, annotations.slice(1));
    expect(term?.size).toBe(39);
    expect(log.length).toBe(40);
  });
});
