/** The popup header: the article (title, English gloss, date, issuer) and the two switches. */
import type { Analysis } from "../core/types";
import { formatDate } from "./format";
import { useI18n } from "./i18n";
import { LanguageSwitch } from "./LanguageSwitch";
import { glossTitle, mainIssuer } from "./title-gloss";

export interface HeaderProps {
  readonly analysis: Analysis | null;
  readonly highlightsOn: boolean | null;
  readonly onHighlights: (on: boolean) => void;
}

/** The header; without an analysis it shows the product name only. */
export function Header({ analysis, highlightsOn, onHighlights }: HeaderProps) {
  const { t, language } = useI18n();
  const gloss = analysis ? glossTitle(analysis) : null;
  const issuer = analysis ? mainIssuer(analysis) : null;
  const date = analysis ? formatDate(analysis.meta.published, language) : "";
  return (
    <header class="header">
      <div class="header-bar">
        <span class="brand">{t("app.name")}</span>
        <LanguageSwitch />
      </div>
      {analysis && (
        <div class="article-head">
          <h1 class="article-title" lang="vi">
            {analysis.meta.title}
          </h1>
          {gloss && (
            <p class="title-gloss">
              <span class="visually-hidden">{t("header.titleGloss")}: </span>
              <span aria-hidden="true">→ </span>
              {gloss.map((part, i) =>
                part.en ? (
                  <span key={i} class="gloss-en" lang="en">
                    {part.text}
                  </span>
                ) : (
                  <span key={i} lang="vi">
                    {part.text}
                  </span>
                ),
              )}
            </p>
          )}
          <p class="article-meta">
            {date && <span>{t("header.published", { date })}</span>}
            {issuer && (
              <span>
                {t("header.issuer", { issuer: language === "vi" ? issuer.text : issuer.en })}
              </span>
            )}
          </p>
        </div>
      )}
      {highlightsOn !== null && (
        <label class="switch">
          <input
            type="checkbox"
            role="switch"
            aria-checked={highlightsOn}
            checked={highlightsOn}
            onChange={(event) => onHighlights(event.currentTarget.checked)}
          />
          <span class="switch-track" aria-hidden="true" />
          <span>{t("header.highlights")}</span>
        </label>
      )}
    </header>
  );
}
