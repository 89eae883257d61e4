/**
 * Every term, legal document and date found, grouped by category, Vietnamese beside English.
 * Clicking an entry shows it on the page; clicking again moves to its next mention.
 */
import { useMemo, useRef } from "preact/hooks";
import type { Analysis } from "../core/types";
import { useI18n } from "./i18n";
import type { ShowKind } from "./page-client";
import { groupTerms } from "./term-groups";

export interface TermsTabProps {
  readonly analysis: Analysis;
  readonly onShow: (kind: ShowKind, index: number) => void;
}

export function TermsTab({ analysis, onShow }: TermsTabProps) {
  const { t } = useI18n();
  const groups = useMemo(() => groupTerms(analysis), [analysis]);
  const next = useRef(new Map<string, number>());
  if (groups.length === 0) return <p class="empty">{t("terms.none")}</p>;

  const label = (id: string) =>
    id === "citations"
      ? t("terms.citations")
      : id === "dates"
        ? t("terms.dates")
        : t(`terms.category.${id}`);

  return (
    <div class="terms">
      {groups.map((group) => (
        <section key={group.id} class="term-group" aria-labelledby={`group-${group.id}`}>
          <h2 id={`group-${group.id}`}>
            {label(group.id)}{" "}
            <span class="count">{t("terms.groupCount", { count: group.entries.length })}</span>
          </h2>
          <ul>
            {group.entries.map((entry) => {
              const id = `${group.id}|${entry.key}`;
              const mentions = t("terms.mentions", { count: entry.indices.length });
              return (
                <li key={entry.key}>
                  <button
                    type="button"
                    class="term"
                    title={t("terms.show")}
                    onClick={() => {
                      const at = next.current.get(id) ?? 0;
                      next.current.set(id, (at + 1) % entry.indices.length);
                      onShow(entry.kind, entry.indices[at] ?? 0);
                    }}
                  >
                    <span class="term-vi" lang="vi">
                      {entry.vi}
                    </span>
                    <span class="term-en" lang="en">
                      {entry.en}
                    </span>
                    <span class="term-count">{mentions}</span>
                  </button>
                </li>
              );
            })}
          </ul>
        </section>
      ))}
    </div>
  );
}
