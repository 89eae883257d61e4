/** A readable bilingual summary of an annotations JSON, for `annotate --format md`. */
import type { AnnotationsJson, DirectiveJson } from "./annotations";

/** Keeps article text from being read as Markdown syntax. */
function mdEscape(text: string): string {
  return text.replace(/([\\`*_[\]<>|#])/g, "\\$1");
}

function directiveLines(d: DirectiveJson): string[] {
  const who = [
    d.issuer ? `${mdEscape(d.issuer.en || d.issuer.text)}` : "",
    d.addressees.length ? d.addressees.map((a) => mdEscape(a.en || a.text)).join("; ") : "",
  ];
  const lines = [`- [ ] ${mdEscape(d.text)}`, `  - *${mdEscape(d.gloss_en)}*`];
  const parties = who[0] && who[1] ? `${who[0]} → ${who[1]}` : who[0] || who[1];
  const facts = [
    parties,
    `${d.kind === "commitment" ? "commitment" : "directive"}, ${d.force}`,
    d.deadline ? `by ${mdEscape(d.deadline.en)} (“${mdEscape(d.deadline.text)}”)` : "",
    d.citations.length ? `citing ${d.citations.map(mdEscape).join("; ")}` : "",
  ].filter(Boolean);
  lines.push(`  - ${facts.join(" · ")}`);
  return lines;
}

/** Renders the summary: article, directives as a checklist, citations, terms. */
export function toMarkdown(json: AnnotationsJson): string {
  const { article } = json;
  const out: string[] = [`# ${mdEscape(article.title)}`, ""];
  if (article.url) out.push(`Source: <${article.url}>`);
  if (article.published) out.push(`Published: ${article.published}`);
  if (article.url || article.published) out.push("");
  out.push(`## Directives (${json.directives.length})`, "");
  if (json.directives.length === 0) out.push("No directives or commitments found.");
  for (const d of json.directives) out.push(...directiveLines(d));
  out.push("", `## Legal citations (${json.citations.length})`, "");
  if (json.citations.length === 0) out.push("None.");
  for (const c of json.citations) out.push(`- ${mdEscape(c.text)} — ${mdEscape(c.en)}`);
  out.push("", `## Terms (${json.terms.length})`, "");
  if (json.terms.length === 0) out.push("None.");
  else {
    out.push("| Vietnamese | English | Category | Count |", "| --- | --- | --- | --- |");
    for (const t of json.terms) {
      out.push(`| ${mdEscape(t.text)} | ${mdEscape(t.en)} | ${t.category} | ${t.count} |`);
    }
  }
  return `${out.join("\n")}\n`;
}
