/**
 * A small stand-in for the analysis core, for page-side tests: it finds two institution names,
 * resolutions written "Nghị quyết 01/NQ-CP", and sentences with "yêu cầu" as directives. The
 * page layer's behaviour does not depend on how good the analysis is, only on its offsets.
 */
import type { Analysis, ArticleInput, CitationMatch, Directive, TermMatch } from "../../core/types";

const TERMS = [
  ["Bộ Công Thương", "ministry-of-industry-and-trade", "Ministry of Industry and Trade"],
  ["Sở Công Thương", "department-of-industry-and-trade", "Department of Industry and Trade"],
] as const;

export function sampleAnalyzer(input: ArticleInput): Analysis {
  const terms: TermMatch[] = [];
  const citations: CitationMatch[] = [];
  const directives: Directive[] = [];
  for (const block of input.blocks) {
    for (const [vi, entryId, en] of TERMS) {
      for (let at = block.text.indexOf(vi); at >= 0; at = block.text.indexOf(vi, at + 1)) {
        terms.push({
          type: "term",
          block: block.index,
          start: at,
          end: at + vi.length,
          text: vi,
          entryId,
          vi,
          en,
          category: "institution",
          note: "",
          expansion: null,
          person: null,
          nested: [],
        });
      }
    }
    for (const match of block.text.matchAll(/Nghị quyết (\d+)\/NQ-CP/g)) {
      const at = match.index ?? 0;
      citations.push({
        type: "citation",
        block: block.index,
        start: at,
        end: at + match[0].length,
        text: match[0],
        docType: "resolution",
        number: match[1] ?? null,
        symbol: `${match[1]}/NQ-CP`,
        year: null,
        issuer: "CP",
        issuerName: "the Government",
        date: null,
        en: `Resolution No. ${match[1]}/NQ-CP of the Government`,
      });
    }
    for (const match of block.text.matchAll(/[^.;]*yêu cầu[^.;]*[.;]?/g)) {
      const lead = match[0].length - match[0].trimStart().length;
      const text = match[0].trim();
      const at = (match.index ?? 0) + lead;
      directives.push({
        type: "directive",
        block: block.index,
        start: at,
        end: at + text.length,
        text,
        kind: "directive",
        force: "required",
        issuer: { text: "Bộ Công Thương", en: "Ministry of Industry and Trade" },
        addressees: [{ text: "Sở Công Thương", en: "Departments of Industry and Trade" }],
        deadline: null,
        citations: [],
        gloss_en: "Departments of Industry and Trade — required — report",
      });
    }
  }
  terms.sort((a, b) => a.block - b.block || a.start - b.start);
  return { meta: input.meta, blocks: input.blocks, terms, citations, dates: [], directives };
}
