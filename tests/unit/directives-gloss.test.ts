/**
 * The English line of a directive (`gloss_en`): verb phrases and fixed noun phrases read as
 * English, recognized terms in brackets, and everything else left in Vietnamese as whole runs.
 */
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadArticleFile } from "../../cli/load";
import { analyze } from "../../core/analyze";
import { extractDirectives } from "../../core/directives";
import type { ArticleInput, TermMatch, TextBlock } from "../../core/types";
import { heldoutArticles } from "../../scripts/eval/sets";

const EMPTY = { terms: [], citations: [], dates: [] };

function article(...paragraphs: string[]): ArticleInput {
  const blocks: TextBlock[] = [
    { index: 0, kind: "title", text: "Tin tức" },
    ...paragraphs.map((text, i) => ({ index: i + 1, kind: "paragraph" as const, text })),
  ];
  return {
    meta: { url: "", title: "Tin tức", lead: "", published: "2025-03-01T08:00:00+07:00" },
    blocks,
  };
}

const actionOf = (gloss: string | undefined) => gloss?.split(" — ")[2];

describe("gloss_en", () => {
  it("turns an opening verb phrase and a head-first noun phrase into English order", () => {
    const [d] = extractDirectives(
      article(
        "Thứ trưởng Trần Văn Minh đề nghị các địa phương tập trung triển khai những nhiệm vụ trọng tâm nhằm hoàn thành chỉ tiêu được giao.",
      ),
      EMPTY,
    );
    expect(actionOf(d?.gloss_en)).toBe(
      "focus on implementing the key tasks in order to complete the assigned targets",
    );
  });

  it("places adverbs as English adverbs", () => {
    const [d] = extractDirectives(
      article("Bộ trưởng Ngô Thị Lan đề nghị các Cục tổng hợp đầy đủ, trả lời một cách rõ ràng."),
      EMPTY,
    );
    expect(actionOf(d?.gloss_en)).toBe("compile fully, answer clearly");
  });

  it("leaves what the tables do not cover in Vietnamese, as a whole run", () => {
    const [d] = extractDirectives(
      article(
        "Bộ trưởng Ngô Thị Lan yêu cầu các Sở Công Thương chủ động rà soát tính tương thích giữa các quy hoạch.",
      ),
      EMPTY,
    );
    // "các" and "giữa" stay Vietnamese inside the Vietnamese run: no "the", no "between".
    expect(actionOf(d?.gloss_en)).toBe("proactively review tính tương thích giữa các quy hoạch");
  });

  it("brackets recognized terms and glosses a deadline as 'by [date]'", () => {
    const text =
      "Bộ trưởng Ngô Thị Lan yêu cầu các Sở Công Thương kiểm tra thương mại điện tử, báo cáo trước ngày 15/4.";
    const at = text.indexOf("thương mại điện tử");
    const term: TermMatch = {
      type: "term",
      block: 1,
      start: at,
      end: at + "thương mại điện tử".length,
      text: "thương mại điện tử",
      entryId: "e-commerce",
      vi: "thương mại điện tử",
      en: "e-commerce",
      category: "concept",
      note: "",
      expansion: null,
      person: null,
      nested: [],
    };
    const [d] = extractDirectives(article(text), { ...EMPTY, terms: [term] });
    expect(actionOf(d?.gloss_en)).toBe("inspect [e-commerce], report by [15 April 2025]");
  });

  it("glosses the first clause of a long action and keeps its deadline", () => {
    const [d] = extractDirectives(
      article(
        "Bộ trưởng Ngô Thị Lan yêu cầu các Sở Công Thương rà soát nguồn cung xăng dầu; tổng hợp, báo cáo Bộ trước ngày 20/4.",
      ),
      EMPTY,
    );
    expect(actionOf(d?.gloss_en)).toBe("review nguồn cung xăng dầu … by [20 April 2025]");
  });

  it("never slips a single English function word between Vietnamese words", () => {
    // A Vietnamese word is one with a Vietnamese letter; an English function word between two of
    // them is the word-by-word glossing this line avoids.
    const vietnamese = /[àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]/iu;
    const glue = new Set(["and", "the", "of", "for", "with", "in", "to", "on", "at", "under"]);
    const articles = heldoutArticles();
    expect(articles.length).toBeGreaterThan(0);
    let checked = 0;
    for (const a of articles) {
      for (const d of analyze(loadArticleFile(join(a.dir, "article.txt"))).directives) {
        const words = (actionOf(d.gloss_en) ?? "").split(/\s+/);
        words.forEach((w, i) => {
          if (!glue.has(w)) return;
          const around = [words[i - 1] ?? "", words[i + 1] ?? ""];
          expect(
            around.every((x) => vietnamese.test(x)),
            `${d.gloss_en}`,
          ).toBe(false);
        });
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(20);
  });
});
