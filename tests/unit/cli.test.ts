import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { ANNOTATIONS_SCHEMA, type AnnotationsJson } from "../../cli/annotations";
import { main } from "../../cli/main";
import { corpusSkipReason, seedArticle } from "../corpus";

const dir = mkdtempSync(join(tmpdir(), "policy-lens-cli-"));
function file(name: string, content: string | Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

/** Runs the command in-process and captures what it prints. */
function run(...args: string[]): { code: number; out: string; err: string } {
  let out = "";
  let err = "";
  const o = vi.spyOn(process.stdout, "write").mockImplementation((chunk) => {
    out += String(chunk);
    return true;
  });
  const e = vi.spyOn(process.stderr, "write").mockImplementation((chunk) => {
    err += String(chunk);
    return true;
  });
  try {
    return { code: main(args), out, err };
  } finally {
    o.mockRestore();
    e.mockRestore();
  }
}

afterEach(() => vi.restoreAllMocks());

// An article of our own in the text format.
const TEXT = `URL: https://congthuong.vn/hoi-nghi-xuc-tien-thuong-mai-234567.html
DATE: 2024-03-02

Hội nghị xúc tiến thương mại năm 2024

Bộ trưởng đề nghị các Sở Công Thương đẩy mạnh chuyển đổi số.

Thực hiện Nghị quyết số 01/NQ-CP ngày 5/1/2024 của Chính phủ, các địa phương cần tăng cường kiểm tra thị trường.
`;

describe("annotate CLI", () => {
  it("prints the annotations JSON contract for a text file", () => {
    const { code, out, err } = run(file("a.txt", TEXT));
    expect(err).toBe("");
    expect(code).toBe(0);
    const json = JSON.parse(out) as AnnotationsJson;
    expect(json.schema).toBe(ANNOTATIONS_SCHEMA);
    expect(json.article).toEqual({
      url: "https://congthuong.vn/hoi-nghi-xuc-tien-thuong-mai-234567.html",
      title: "Hội nghị xúc tiến thương mại năm 2024",
      lead: "Bộ trưởng đề nghị các Sở Công Thương đẩy mạnh chuyển đổi số.",
      published: "2024-03-02",
    });
    expect(Array.isArray(json.terms)).toBe(true);
    expect(Array.isArray(json.citations)).toBe(true);
    expect(Array.isArray(json.directives)).toBe(true);
  });

  it("lists every written form of a term entry, first-seen first", () => {
    const text = [
      "Điện mùa hè",
      "",
      "Tập đoàn Điện lực Việt Nam (EVN) bảo đảm cung ứng điện. EVN cho biết phụ tải tăng.",
    ].join("\n");
    const { code, out } = run(file("forms.txt", text));
    expect(code).toBe(0);
    const json = JSON.parse(out) as AnnotationsJson;
    const evn = json.terms.find((t) => t.en.includes("Vietnam Electricity"));
    expect(evn).toMatchObject({
      text: "Tập đoàn Điện lực Việt Nam",
      count: 3,
      forms: ["Tập đoàn Điện lực Việt Nam", "EVN"],
    });
    for (const term of json.terms) expect(term.forms[0]).toBe(term.text);
  });

  it("prints a Markdown summary with --format md", () => {
    const { code, out } = run(file("b.txt", TEXT), "--format", "md");
    expect(code).toBe(0);
    expect(out).toMatch(/^# Hội nghị xúc tiến thương mại năm 2024\n/);
    expect(out).toContain("## Directives");
  });

  it.each([
    ["a missing file", () => join(dir, "nope.txt"), /no such file/],
    ["an empty file", () => file("empty.txt", ""), /empty/],
    ["a blank file", () => file("blank.txt", "  \n\n "), /white space/],
    [
      "a binary file",
      () => file("bin.txt", new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 1, 2])),
      /binary/,
    ],
    ["a one-line text", () => file("one.txt", "Chỉ một dòng"), /no article found/],
    [
      "a non-article page",
      () => file("home.html", "<!doctype html><html><body><ul><li>Tin mới</li></ul></body></html>"),
      /not a congthuong\.vn article page/,
    ],
  ])("rejects %s with one line and a non-zero exit", (_name, make, message) => {
    const { code, out, err } = run(make());
    expect(code).not.toBe(0);
    expect(out).toBe("");
    expect(err).toMatch(message);
    expect(err.trim().split("\n")).toHaveLength(1);
    expect(err).not.toMatch(/\n\s+at /);
  });

  it("rejects bad arguments with usage", () => {
    expect(run().code).toBe(2);
    expect(run("a", "b").err).toMatch(/one FILE/);
    expect(run("a.txt", "--format", "xml").err).toMatch(/json or md/);
    expect(run("--help").code).toBe(0);
  });

  const skip = corpusSkipReason();
  it.skipIf(skip !== null)("reads the seed page in both layouts with the same article", () => {
    const seed = seedArticle();
    const a = JSON.parse(run(file("2025.html", seed.page2025)).out) as AnnotationsJson;
    const b = JSON.parse(run(file("2022.html", seed.page2022)).out) as AnnotationsJson;
    expect(a.article.title).toContain("Ngành Công Thương khu vực phía Bắc");
    expect(a.article.url).toMatch(/-320690\.html$/);
    expect(b.article.title).toBe(a.article.title);
    expect(b.article.lead).toBe(a.article.lead);
  });
});
