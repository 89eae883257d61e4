/**
 * On the seed article, every labelled term and both citations are found with an acceptable
 * English gloss, scored by the rule written in its gold.json.
 */
import { describe, expect, it } from "vitest";
import { toAnnotationsJson } from "../../cli/annotations";
import { parseTextArticle } from "../../cli/text-article";
import { analyze } from "../../core/analyze";
import { corpusSkipReason, seedArticle } from "../corpus";

const skip = corpusSkipReason();
const key = (text: string) => text.normalize("NFC").toLowerCase().replace(/\s+/g, " ").trim();

describe.skipIf(skip !== null)("seed article against its gold labels", () => {
  const seed = skip === null ? seedArticle() : null;
  const input = seed ? parseTextArticle(seed.text) : null;
  const json = input ? toAnnotationsJson(analyze(input)) : null;

  it("parses", () => {
    expect(json).not.toBeNull();
  });

  // "A term matches when the reported Vietnamese text equals vi (case-insensitive, NFC) and its
  // English gloss contains one of en_any (case-insensitive)."
  for (const term of seed?.gold.terms ?? []) {
    it(`finds the term "${term.vi}" with an acceptable gloss`, () => {
      const found = json?.terms.filter((t) => key(t.text) === key(term.vi)) ?? [];
      expect(found.length, `"${term.vi}" not reported`).toBeGreaterThan(0);
      const ok = found.some((t) =>
        term.en_any.some((en) => t.en.toLowerCase().includes(en.toLowerCase())),
      );
      expect(ok, `gloss ${found.map((t) => t.en).join(" / ")} vs ${term.en_any.join(" | ")}`).toBe(
        true,
      );
    });
  }

  for (const citation of seed?.gold.citations ?? []) {
    it(`finds the citation "${citation.quote}"`, () => {
      const found = json?.citations.find(
        (c) =>
          key(c.text).includes(key(citation.quote)) || key(citation.quote).includes(key(c.text)),
      );
      expect(found, citation.quote).toBeDefined();
      expect(found?.number).toBe(citation.number);
      expect(found?.issuer).toBe(citation.issuer);
      expect(found?.date).toBe(citation.date);
      expect(found?.type).toBe(citation.type);
    });
  }
});
