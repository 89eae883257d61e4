/**
 * The fast paths of the rule-based core give exactly what the plain forms give: regexes tried
 * only at candidate positions against `matchAll`, bucketed phrase lookup against a scan of the
 * whole list, indexed span and person lookups against filtering, the reused-buffer text view
 * against `normalizeViews`. Random texts are built from fragments that make the rules fire
 * (numbers, separators, date words, type words) and fragments that trip them. Last, directive
 * reading ends on characters that once made it loop.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { NUMBER_MENTION, numberMentions } from "../../core/citations/number-mention";
import { textView } from "../../core/citations/text-view";
import {
  allMatches,
  dayMonthStarts,
  matchesFrom,
  monthsOfYearStarts,
  periodStarts,
  RULE_REQUIREMENTS,
} from "../../core/dates/candidates";
import { DATE_RULES } from "../../core/dates/rules";
import { extractDirectives } from "../../core/directives";
import { PeopleIndex, type Person, resolvePerson } from "../../core/directives/people";
import { BlockSpans } from "../../core/directives/spans";
import { collapse, type PhraseList, phraseAt, phrases } from "../../core/directives/words";
import { normalizeViews } from "../../core/normalize";
import type { Span } from "../../core/types";

const RUNS = { numRuns: 400 };

/** Pieces of Vietnamese date and citation text, plus look-alikes and separators. */
const FRAGMENTS = [
  " ",
  "  ",
  "\n",
  ",",
  ".",
  "/",
  "-",
  "–",
  "(",
  ")",
  "%",
  "5",
  "12",
  "123",
  "2024",
  "2025",
  "20245",
  "1.5",
  "ngày",
  "Ngày",
  "NGÀY",
  "sáng",
  "chiều",
  "hôm",
  "tháng",
  "năm",
  "Năm",
  "đầu",
  "cuối",
  "nửa",
  "sáu",
  "ba",
  "giai đoạn",
  "thời kỳ",
  "từ",
  "nay",
  "đến",
  "tầm nhìn",
  "số",
  "Nghị quyết",
  "nghị quyết",
  "Công điện",
  "Kế hoạch",
  "Thông tư liên tịch",
  "Quyết định",
  "Luật",
  "x",
  "Ab",
  "ſố",
  "٣",
];

const texts = fc
  .array(fc.constantFrom(...FRAGMENTS), { maxLength: 40 })
  .map((parts) => parts.join(""));

/** What a match is, for comparing: where, what and every capture. */
const shape = (matches: Iterable<RegExpExecArray>) =>
  [...matches].map((m) => ({ index: m.index, groups: [...m] }));

function ruleNamed(name: string): RegExp {
  const rule = DATE_RULES.find((r) => r.name === name);
  if (!rule) throw new Error(`no date rule ${name}`);
  return rule.pattern;
}

const sticky = (pattern: RegExp) =>
  new RegExp(pattern.source, `${pattern.flags.replace("g", "")}y`);

describe("regexes tried at candidate positions", () => {
  const narrowed: readonly (readonly [string, (text: string) => number[]])[] = [
    ["day-numeric", dayMonthStarts],
    ["day-no-year", dayMonthStarts],
    ["months-of-year", monthsOfYearStarts],
    ["period", periodStarts],
  ];
  for (const [name, starts] of narrowed) {
    it(`finds the same ${name} matches as matchAll`, () => {
      const pattern = ruleNamed(name);
      const at = sticky(pattern);
      fc.assert(
        fc.property(texts, (text) => {
          expect(shape(matchesFrom(text, at, starts(text)))).toEqual(shape(text.matchAll(pattern)));
        }),
        RUNS,
      );
    });
  }

  it("finds them in hand-written tricky texts", () => {
    const samples = [
      "x2020 - 2021 - 2025 và giai đoạn từ năm 2021 - 2025",
      "Ngày  5/1/2024, sáng 26/8 và (13/10); 123/4/2024; 05.01.2024-06.01.2024",
      "6 tháng đầu năm 2024, nửa cuối năm nay, sáu  tháng   cuối năm",
    ];
    for (const text of samples) {
      for (const [name, starts] of narrowed) {
        const pattern = ruleNamed(name);
        expect(shape(matchesFrom(text, sticky(pattern), starts(text)))).toEqual(
          shape(text.matchAll(pattern)),
        );
      }
    }
    expect(shape(matchesFrom(samples[0] as string, sticky(ruleNamed("period")), []))).toEqual([]);
  });

  it("skips a block only when the rule cannot match it", () => {
    for (const rule of DATE_RULES) {
      const requires = RULE_REQUIREMENTS.get(rule.name);
      if (!requires) continue;
      fc.assert(
        fc.property(texts, (text) => {
          if ([...text.matchAll(rule.pattern)].length > 0) expect(requires.test(text)).toBe(true);
        }),
        RUNS,
      );
    }
    expect(RULE_REQUIREMENTS.get("year")?.test("năm nay")).toBe(false);
  });

  it("finds the same type-word-and-number mentions as matchAll", () => {
    fc.assert(
      fc.property(texts, (text) => {
        expect(shape(numberMentions(text))).toEqual(shape(text.matchAll(NUMBER_MENTION)));
      }),
      RUNS,
    );
    const text = "Theo Nghị quyết số 57 và Thông tư liên tịch  số 12, Công điện 07 năm nay.";
    expect(shape(numberMentions(text)).map((m) => m.groups[3])).toEqual(["57", "12"]);
  });

  it("lists all matches like matchAll, also empty ones", () => {
    fc.assert(
      fc.property(texts, (text) => {
        for (const pattern of [/\d*/gu, /(?:)/g, /ngày\s+\d+/giu]) {
          expect(shape(allMatches(pattern, text))).toEqual(shape(text.matchAll(pattern)));
          expect(pattern.lastIndex).toBe(0);
        }
      }),
      RUNS,
    );
  });
});

describe("phrase lookup", () => {
  /** The lookup as a scan of the whole list (the definition). */
  function plainPhraseAt(lower: string, at: number, list: PhraseList): string | null {
    return phraseAt(lower, at, { phrases: list.phrases });
  }

  it("returns what a scan of the whole list returns", () => {
    const words = ["các", "bộ", "bộ công thương", "ông", "v.v", "-", "tp.", "sở", "sở tài chính"];
    const list = phrases(words);
    const lowers = fc
      .array(fc.constantFrom(...words, " ", ",", "x", "công", "thương", "Bộ"), { maxLength: 12 })
      .map((parts) => parts.join("").toLowerCase());
    fc.assert(
      fc.property(lowers, fc.integer({ min: -2, max: 40 }), (lower, at) => {
        expect(phraseAt(lower, at, list)).toBe(plainPhraseAt(lower, at, list));
      }),
      RUNS,
    );
    expect(phraseAt("gửi bộ công thương", 4, list)).toBe("bộ công thương");
    expect(phraseAt("các bộ,", 4, list)).toBe("bộ");
  });
});

describe("collapse", () => {
  it("is the regex replace and trim", () => {
    const spaced = fc
      .array(fc.constantFrom("a", "ă", " ", "  ", "\t", "\n", "\u00a0", "\u2003", "x y"), {
        maxLength: 12,
      })
      .map((parts) => parts.join(""));
    fc.assert(
      fc.property(spaced, (text) => {
        expect(collapse(text)).toBe(text.replace(/\s+/g, " ").trim());
      }),
      RUNS,
    );
  });
});

describe("spans within a sentence", () => {
  interface Item extends Span {
    readonly id: number;
  }
  const items = fc.array(
    fc.record({
      block: fc.integer({ min: 0, max: 2 }),
      start: fc.integer({ min: 0, max: 30 }),
      length: fc.integer({ min: -2, max: 8 }),
    }),
    { maxLength: 25 },
  );

  it("returns what filtering the whole list returns, in order", () => {
    fc.assert(
      fc.property(
        items,
        fc.boolean(),
        fc.integer({ min: 0, max: 2 }),
        fc.integer({ min: 0, max: 30 }),
        fc.integer({ min: 0, max: 40 }),
        (raw, sorted, block, from, to) => {
          const list: Item[] = raw.map((r, id) => ({
            id,
            block: r.block,
            start: r.start,
            end: r.start + r.length,
          }));
          if (sorted) list.sort((a, b) => a.start - b.start);
          const spans = new BlockSpans(list);
          const expected = list.filter((x) => x.block === block && x.start >= from && x.end <= to);
          expect(spans.within(block, from, to)).toEqual(expected);
        },
      ),
      RUNS,
    );
  });
});

describe("resolving a bare title to a person", () => {
  const TITLES = ["thứ trưởng", "bộ trưởng", "phó thủ tướng", "ông", "bà", "đồng chí"];
  const NAMES = ["Nguyễn Văn An", "Trần Hồng Hà", "Lê Hữu Hoàng", null];
  const people = fc
    .array(
      fc.record({
        order: fc.integer({ min: 0, max: 12 }),
        title: fc.constantFrom(...TITLES),
        name: fc.constantFrom(...NAMES),
      }),
      { maxLength: 12 },
    )
    .map((list) =>
      list
        .map(
          (p, i): Person => ({
            order: p.order,
            name: p.name,
            title: p.title,
            text: `${p.title} ${p.name ?? ""} #${i}`,
            en: `#${i}`,
          }),
        )
        .sort((a, b) => a.order - b.order),
    );
  const mentions = fc.constantFrom(
    "Thứ trưởng",
    "Bộ trưởng",
    "Phó Thủ tướng",
    "Ông",
    "bà Hà",
    "Đồng chí",
    "ông Hoàng",
    "Giám đốc",
    "An",
  );

  it("finds the person the list scan finds", () => {
    fc.assert(
      fc.property(people, mentions, fc.integer({ min: 0, max: 14 }), (list, mention, before) => {
        const index = new PeopleIndex(list);
        expect(index.resolve(mention, before)).toBe(resolvePerson(mention, before, list));
        for (const name of NAMES) {
          if (name) expect(index.named(name)).toEqual(list.filter((p) => p.name === name));
        }
      }),
      RUNS,
    );
  });
});

describe("matching view of a block", () => {
  it("is the cased view and offset map of normalizeViews", () => {
    const raw = fc
      .array(
        fc.constantFrom(
          "Bộ Công Thương",
          "hoà",
          "thuỷ",
          "qúy",
          "lựơng",
          "Ð",
          "o\u0301a",
          "\u0301",
          "\u200b",
          "\u00a0",
          "–",
          "NĐ-CP",
          " ",
          "x",
        ),
        { maxLength: 30 },
      )
      .map((parts) => parts.join(""));
    fc.assert(
      fc.property(raw, (text) => {
        const view = textView(text);
        const views = normalizeViews(text);
        expect(view.text).toBe(views.cased);
        expect(Array.from(view.toOriginal)).toEqual(Array.from(views.toOriginal));
      }),
      RUNS,
    );
    // A long block (the buffers grow, then are dropped) and a short one after it.
    const long = "Nghị định số 146/2025/NĐ-CP hoà thuỷ ".repeat(3000);
    expect(textView(long).text).toBe(normalizeViews(long).cased);
    expect(textView("hoà").text).toBe("hòa");
  });
});

describe("directive reading ends on unusual characters", () => {
  const read = (text: string) =>
    extractDirectives(
      {
        meta: { url: "", title: "", lead: "", published: "2024-07-12" },
        blocks: [{ index: 0, kind: "paragraph", text }],
      },
      { terms: [], citations: [], dates: [] },
    );

  it("reads a party whose name holds a letter that lower-cases to two units", () => {
    // "İ".toLowerCase() is "i̇": the lower-case copy runs one unit ahead of the text after it.
    const found = read("Thứ trưởng đề nghị Chủ tịch UBND tỉnh trực İ nắm tình hình thị trường.");
    expect(found).toHaveLength(1);
    expect(found[0]?.addressees[0]?.text).toMatch(/^Chủ tịch UBND tỉnh/);
  });

  it("keeps a stray control character of the article as text", () => {
    const found = read("Thứ trưởng đề nghị các địa phương kiểm tra \u0001 thị trường.");
    expect(found).toHaveLength(1);
    expect(found[0]?.gloss_en).toContain("\u0001");
  });
});
