/**
 * Personal names after titles: "Thứ trưởng Nguyễn Sinh Nhật Tân", "Phó Thủ tướng Trần Hồng Hà".
 */
import { isCapitalizedWord, type Tokens } from "./tokens";

/** Vietnamese personal names have 2 to 5 syllables (family name, middle names, given name). */
export const NAME_MIN_SYLLABLES = 2;
export const NAME_MAX_SYLLABLES = 5;

/**
 * The personal name starting at token `first`, as tokens [first, last), or null.
 * A name is a run of capitalized syllables separated by spaces only; it stops at punctuation, a
 * lowercase word ("Thứ trưởng đề nghị" has no name) or a syllable where another glossary term
 * starts (`startsTerm`). A run longer than five syllables is a title-case heading, not a name.
 */
export function nameAt(
  tokens: Tokens,
  first: number,
  startsTerm: (token: number) => boolean,
): { first: number; last: number } | null {
  let last = first;
  while (last < tokens.count && isCapitalizedWord(tokens, last) && !startsTerm(last)) {
    if (last - first === NAME_MAX_SYLLABLES) return null;
    last++;
  }
  return last - first >= NAME_MIN_SYLLABLES ? { first, last } : null;
}

/** The first gloss of an English field ("Official Letter; Official Dispatch" → "Official Letter"). */
function firstGloss(en: string): string {
  return (en.split(";")[0] ?? en).replace(/\s*\([^()]*\)\s*$/, "").trim();
}

/** Institution glosses that read as common nouns and take "the": "Director of the Department …". */
const TAKES_ARTICLE =
  /^(Ministry|Department|General|Agency|Authority|Office|Committee|People's|Government|National|Central|Steering|Administration|Board|Directorate|Council|Commission|Institute|Bureau|Standing|State|Provincial|City)\b/;

/**
 * English for a title (optionally with its institution) followed by a name:
 * "Deputy Minister" + "Nguyen Sinh Nhat Tan" → "Deputy Minister Nguyen Sinh Nhat Tan";
 * "Minister" + "Ministry of Industry and Trade" → "Minister of Industry and Trade …";
 * "Director" + "Department of Industry and Trade" → "Director of the Department of …".
 */
export function personEnglish(
  titleEn: string,
  institutionEn: string | null,
  ascii: string,
): string {
  const title = firstGloss(titleEn);
  if (!institutionEn) return `${title} ${ascii}`;
  const institution = firstGloss(institutionEn);
  const ministry = /^Ministry of /i.exec(institution);
  if (ministry && /Minister$/.test(title)) {
    return `${title} of ${institution.slice(ministry[0].length)} ${ascii}`;
  }
  const withArticle =
    !/^the\b/i.test(institution) && TAKES_ARTICLE.test(institution)
      ? `the ${institution}`
      : institution;
  return `${title} of ${withArticle} ${ascii}`;
}
