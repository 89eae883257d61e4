/**
 * The article title with its recognized terms put into English, e.g.
 * "Bộ Công Thương họp …" → "[Ministry of Industry and Trade] họp …". Built only from the terms the
 * analysis found inside the title block; the rest stays Vietnamese.
 */
import type { Analysis, TermMatch } from "../core/types";

/** A run of the glossed title: Vietnamese text as written, or an English gloss of a term. */
export type GlossPart = { readonly text: string; readonly en: boolean };

function englishOf(term: TermMatch): string {
  return term.person ? `${term.en} ${term.person.ascii}` : term.en;
}

/** The glossed title, or null when the title holds no recognized term. */
export function glossTitle(analysis: Analysis): GlossPart[] | null {
  const block =
    analysis.blocks.find((b) => b.kind === "title") ??
    analysis.blocks.find((b) => b.text === analysis.meta.title);
  if (!block) return null;
  const terms = analysis.terms
    .filter((term) => term.block === block.index)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  if (terms.length === 0) return null;
  const parts: GlossPart[] = [];
  let at = 0;
  for (const term of terms) {
    if (term.start < at) continue; // nested inside a longer match already glossed
    if (term.start > at) parts.push({ text: block.text.slice(at, term.start), en: false });
    parts.push({ text: `[${englishOf(term)}]`, en: true });
    at = term.end;
  }
  if (at < block.text.length) parts.push({ text: block.text.slice(at), en: false });
  return parts;
}

/** The issuer named most often by the directives (English and as written), or null. */
export function mainIssuer(analysis: Analysis): { text: string; en: string } | null {
  const counts = new Map<string, { text: string; en: string; n: number }>();
  for (const d of analysis.directives) {
    if (!d.issuer) continue;
    const seen = counts.get(d.issuer.en) ?? { ...d.issuer, n: 0 };
    seen.n++;
    counts.set(d.issuer.en, seen);
  }
  let best: { text: string; en: string; n: number } | null = null;
  for (const c of counts.values()) if (!best || c.n > best.n) best = c;
  return best ? { text: best.text, en: best.en } : null;
}
