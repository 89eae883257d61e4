/**
 * The glossary data: data/glossary.tsv is complete and consistent, and the compiled modules in
 * core/glossary (entries, and notes apart) are up to date with it.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  glossaryEntries,
  glossaryEntry,
  issuerByCode,
  isValidOnDate,
  successorChain,
} from "../../core/glossary";
import { GLOSSARY_VERSION } from "../../core/glossary/glossary.generated";
import { idSlug } from "../../core/glossary/id-slug";
import { glossaryNote, NOTES_VERSION } from "../../core/glossary/notes";
import { matchKey } from "../../core/normalize";
import type { GlossaryEntry } from "../../core/types";
import {
  CATEGORIES,
  GLOSSARY_MODULE,
  GLOSSARY_TSV,
  GlossaryError,
  NOTES_MODULE,
  parseGlossary,
  parseGlossaryRows,
  rangesOverlap,
  renderGlossaryModule,
  renderNotesModule,
} from "../../scripts/build-glossary";

const tsv = readFileSync(GLOSSARY_TSV, "utf8");
const entries = parseGlossary(tsv);
const HEADER = tsv.split("\n")[0] as string;

/** A one-row TSV for parser tests, from a partial row. */
function tsvWith(...rows: string[][]): string {
  return [HEADER, ...rows.map((cells) => cells.join("\t"))].join("\n");
}
const ROW = (over: Partial<Record<number, string>> = {}): string[] => {
  const cells = [
    "x-1",
    "Bộ Thử",
    "",
    "",
    "Ministry of Testing",
    "institution",
    "",
    "general usage",
  ];
  const row = [...cells, "", "", "", ""];
  for (const [k, v] of Object.entries(over)) row[Number(k)] = v as string;
  return row;
};

describe("data/glossary.tsv", () => {
  it("has at least 450 entries with unique kebab-case ids", () => {
    expect(entries.length).toBeGreaterThanOrEqual(450);
    const ids = entries.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it("gives every entry a gloss, a valid category and a source", () => {
    for (const entry of entries) {
      expect(entry.en.trim(), entry.id).not.toBe("");
      expect(CATEGORIES, entry.id).toContain(entry.category);
      expect(entry.source.trim(), entry.id).not.toBe("");
    }
  });

  it("covers every category with a useful number of entries", () => {
    const minimum = { institution: 100, title: 30, "doc-type": 20, issuer: 15, plan: 20 };
    const more = { concept: 150, abbreviation: 10, place: 63, "directive-verb": 30 };
    for (const [category, least] of Object.entries({ ...minimum, ...more })) {
      const count = entries.filter((e) => e.category === category).length;
      expect(count, category).toBeGreaterThanOrEqual(least);
    }
  });

  it("has no two entries with the same normalized form unless their dates do not overlap", () => {
    // Issuer rows hold codes of document symbols; they are a namespace of their own.
    const owners = new Map<string, GlossaryEntry[]>();
    for (const entry of entries) {
      const space = entry.category === "issuer" ? "issuer" : "text";
      for (const key of new Set([entry.vi, ...entry.aliases].map(matchKey))) {
        const id = `${space}:${key}`;
        owners.set(id, [...(owners.get(id) ?? []), entry]);
      }
    }
    const clashes: string[] = [];
    for (const [key, list] of owners) {
      for (let i = 0; i < list.length; i++) {
        for (let j = i + 1; j < list.length; j++) {
          const [a, b] = [list[i] as GlossaryEntry, list[j] as GlossaryEntry];
          if (rangesOverlap(a, b)) clashes.push(`${key}: ${a.id} / ${b.id}`);
        }
      }
    }
    expect(clashes).toEqual([]);
  });

  it("shares an abbreviation between entries only when all of them carry context words", () => {
    const holders = new Map<string, GlossaryEntry[]>();
    for (const entry of entries) {
      for (const abbr of entry.abbr) holders.set(abbr, [...(holders.get(abbr) ?? []), entry]);
    }
    const shared = [...holders].filter(([, list]) => list.length > 1);
    expect(shared.map(([abbr]) => abbr)).toEqual(expect.arrayContaining(["CT", "TB"]));
    for (const [abbr, list] of shared) {
      for (const entry of list) expect(entry.context, `${abbr} in ${entry.id}`).not.toEqual([]);
    }
  });

  it("requires context words for the ambiguous abbreviations BCT, CT, DN and TB", () => {
    for (const abbr of ["BCT", "CT", "DN", "TB"]) {
      const holders = entries.filter((e) => e.category !== "issuer" && e.abbr.includes(abbr));
      expect(holders.length, abbr).toBeGreaterThan(0);
      for (const entry of holders) {
        expect(entry.context.length, `${abbr} in ${entry.id}`).toBeGreaterThan(0);
        // The written-out name itself always counts as context (the matcher applies context to
        // the whole entry).
        expect(entry.context.map(matchKey), entry.id).toContain(matchKey(entry.vi));
      }
    }
  });

  it("dates renamed bodies and points them at an existing successor", () => {
    for (const entry of entries) {
      if (entry.successor !== null) expect(glossaryEntry(entry.successor), entry.id).toBeDefined();
      if (entry.validFrom && entry.validTo) expect(entry.validFrom <= entry.validTo).toBe(true);
    }
    // Decree 40/2025/NĐ-CP: the old MoIT units end on 28 Feb 2025, their successors start 1 Mar.
    const merged = [
      ["moit-tong-cuc-qltt", "moit-cuc-tttn"],
      ["moit-vu-thi-truong-trong-nuoc", "moit-cuc-tttn"],
      ["moit-cuc-dieu-tiet-dien-luc", "moit-cuc-dien-luc"],
      ["moit-cuc-dien-luc-nltt", "moit-cuc-dien-luc"],
      ["moit-cuc-ctdp", "moit-cuc-dmst"],
      ["moit-vu-khtc-cu", "moit-vu-khtc"],
    ];
    for (const [old, next] of merged) {
      const before = glossaryEntry(old as string) as GlossaryEntry;
      const after = glossaryEntry(next as string) as GlossaryEntry;
      expect(before.validTo, old).toBe("2025-02-28");
      expect(before.successor, old).toBe(next);
      expect(after.validFrom, next).toBe("2025-03-01");
      expect(isValidOnDate(before, "2025-02-28") && !isValidOnDate(before, "2025-03-01")).toBe(
        true,
      );
      expect(isValidOnDate(after, "2025-03-01") && !isValidOnDate(after, "2025-02-28")).toBe(true);
    }
  });

  it("tells same-name bodies apart by date (Cục Quản lý thị trường before and after 2018)", () => {
    const key = matchKey("Cục Quản lý thị trường");
    const same = entries.filter((e) => e.category !== "issuer" && matchKey(e.vi) === key);
    expect(same.length).toBe(2);
    const on = (date: string) => same.filter((e) => isValidOnDate(e, date)).map((e) => e.id);
    expect(on("2016-05-01")).toEqual(["moit-cuc-qltt-trung-uong"]);
    expect(on("2022-05-01")).toEqual(["moit-cuc-qltt-tinh"]);
    expect(on("2025-05-01")).toEqual([]);
    expect(successorChain(same[1] as GlossaryEntry).map((e) => e.id)).toEqual([
      "moit-chi-cuc-qltt",
    ]);
  });

  it("has all 63 pre-2025 provinces, 29 of them merged into a surviving one on 1 July 2025", () => {
    const provinces = entries.filter(
      (e) =>
        e.category === "place" &&
        /Province|City|Hanoi/.test(e.en) &&
        e.id !== "place-thua-thien-hue",
    );
    expect(provinces.length).toBe(63);
    const merged = provinces.filter((e) => e.validTo === "2025-06-30");
    expect(merged.length).toBe(29);
    for (const entry of merged) {
      const target = glossaryEntry(entry.successor as string) as GlossaryEntry;
      expect(target.validTo, entry.id).toBeNull();
      expect(target.category).toBe("place");
    }
  });

  it("decodes issuer codes of document symbols", () => {
    expect(issuerByCode("CP")?.en).toBe("the Government");
    expect(issuerByCode("TTg")?.en).toBe("the Prime Minister");
    expect(issuerByCode("BCT")?.en).toBe("the Ministry of Industry and Trade");
    expect(issuerByCode("QH14")?.id).toBe("issuer-qh15");
    expect(issuerByCode("XYZ")).toBeUndefined();
  });
});

describe("scripts/build-glossary.ts", () => {
  it("keeps both compiled modules up to date with the TSV", () => {
    const current = readFileSync(GLOSSARY_MODULE, "utf8");
    expect(current === renderGlossaryModule(tsv), "run `npm run glossary`").toBe(true);
    const notes = readFileSync(NOTES_MODULE, "utf8");
    expect(notes === renderNotesModule(tsv), "run `npm run glossary`").toBe(true);
    expect(NOTES_VERSION).toBe(GLOSSARY_VERSION);
  });

  it("compiles the same entries the TSV holds, without the source and note columns", () => {
    const compiled = glossaryEntries();
    expect(compiled.length).toBe(entries.length);
    expect(compiled).toEqual(entries.map((e) => ({ ...e, source: "", note: "" })));
  });

  it("keeps every note in the notes module, by id", () => {
    const withNotes = entries.filter((e) => e.note !== "");
    expect(withNotes.length).toBeGreaterThan(100);
    for (const entry of entries) expect(glossaryNote(entry.id), entry.id).toBe(entry.note);
    expect(glossaryNote("no-such-entry")).toBe("");
    // The entries module holds no note text (that is the point of the split).
    const module = readFileSync(GLOSSARY_MODULE, "utf8");
    const long = withNotes.filter((e) => e.note.length > 60).map((e) => e.note);
    expect(long.filter((note) => module.includes(note))).toEqual([]);
  });

  it("stores most ids as a prefix of the slug of vi, and rebuilds them exactly", () => {
    expect(idSlug("Nghị định")).toBe("nghi-dinh");
    expect(idSlug("Đề án 06")).toBe("de-an-06");
    expect(idSlug("Bộ Lao động - Thương binh và Xã hội")).toBe("bo-lao-dong-thuong-binh-va-xa-hoi");
    const module = readFileSync(GLOSSARY_MODULE, "utf8");
    expect(module).toMatch(/^ {2}`doc-$/m);
    const source = renderGlossaryModule(
      tsvWith(
        ROW({ 0: "inst-bo-thu" }),
        ROW({ 0: "inst-bt", 1: "Bộ Tư" }),
        ROW({ 0: "bo-nam", 1: "Bộ Năm" }),
      ),
    );
    const ids = /\/\/ id\n {2}`([^`]*)`/.exec(source)?.[1];
    // Derivable: prefix only; not derivable (an abbreviation, or no prefix): the whole id.
    expect(ids).toBe("inst-\ninst-bt\nbo-nam");
  });

  it("reports problems with their line numbers", () => {
    const bad = tsvWith(
      ROW(),
      ROW({ 0: "x-1", 1: "Bộ Khác" }),
      ROW({ 0: "Bad_Id", 1: "Bộ Ba", 5: "ministry" }),
      ROW({ 0: "x-4", 1: "Bộ Bốn", 4: "", 7: "" }),
      ROW({ 0: "x-5", 1: "Bộ  Thử" }),
      ROW({ 0: "x-6", 1: "Bộ Sáu", 9: "2025-02-30", 11: "nowhere" }),
      ["x-7", "only three"],
    );
    let problems: readonly string[] = [];
    try {
      parseGlossaryRows(bad);
    } catch (error) {
      expect(error).toBeInstanceOf(GlossaryError);
      problems = (error as GlossaryError).problems;
    }
    const text = problems.join("\n");
    expect(text).toMatch(/line 3: id "x-1" repeats line 2/);
    expect(text).toMatch(/line 4 \(Bad_Id\): id "Bad_Id" is not kebab-case/);
    expect(text).toMatch(/line 4 \(Bad_Id\): category "ministry" is not one of/);
    expect(text).toMatch(/line 5 \(x-4\): en \(English gloss\) is empty/);
    expect(text).toMatch(/line 5 \(x-4\): source is empty/);
    expect(text).toMatch(/line 6 \(x-5\): vi has a double space/);
    expect(text).toMatch(/line 7 \(x-6\): valid_from "2025-02-30" is not a yyyy-mm-dd date/);
    expect(text).toMatch(/line 8: 2 columns, expected 12/);
  });

  it("rejects shared forms and unqualified shared abbreviations, but not dated ones", () => {
    const clash = tsvWith(ROW(), ROW({ 0: "x-2", 1: "bộ thử" }));
    expect(() => parseGlossary(clash)).toThrow(/form "bộ thử" also belongs to line 2/);
    const dated = tsvWith(
      ROW({ 10: "2025-02-28", 11: "x-2" }),
      ROW({ 0: "x-2", 1: "Bộ Thử", 9: "2025-03-01" }),
    );
    expect(parseGlossary(dated).map((e) => e.successor)).toEqual(["x-2", null]);
    const abbr = tsvWith(ROW({ 3: "BT" }), ROW({ 0: "x-2", 1: "bảng tin", 3: "BT" }));
    expect(() => parseGlossary(abbr)).toThrow(/abbreviation "BT" also belongs/);
    const withContext = tsvWith(
      ROW({ 3: "BT", 8: "Bộ Thử|Bộ" }),
      ROW({ 0: "x-2", 1: "bảng tin", 3: "BT", 8: "bảng tin|tin" }),
    );
    expect(parseGlossary(withContext)).toHaveLength(2);
    const noSelf = tsvWith(ROW({ 3: "BT", 8: "Bộ" }));
    expect(() => parseGlossary(noSelf)).toThrow(/context must include the entry's own vi/);
  });

  it("versions the data by content", () => {
    const one = renderGlossaryModule(tsvWith(ROW()));
    const other = renderGlossaryModule(tsvWith(ROW({ 4: "Ministry of Tests" })));
    const version = (source: string) => /GLOSSARY_VERSION = "([^"]+)"/.exec(source)?.[1];
    expect(version(one)).toMatch(/^1-[0-9a-f]{12}$/);
    expect(version(one)).not.toBe(version(other));
    expect(renderGlossaryModule(tsvWith(ROW()))).toBe(one);
  });
});
