/** The checklist of the article's directives, with filters, progress, notes and export. */
import { useMemo, useState } from "preact/hooks";
import type { Analysis } from "../core/types";
import { snapshotOf } from "../store/anchor";
import type { ExportFormat } from "../store/export";
import { addresseeOptions, type ChecklistFilter, NO_FILTER, passes } from "./checklist-filter";
import { DirectiveItem } from "./DirectiveItem";
import { downloadExport } from "./download";
import { ExportControls } from "./ExportControls";
import { useI18n } from "./i18n";
import type { Checklist } from "./use-checklist";

export interface DirectivesTabProps {
  readonly analysis: Analysis;
  readonly checklist: Checklist;
  readonly onShow: (index: number) => void;
  readonly onExport?: (format: ExportFormat) => void;
}

export function DirectivesTab({ analysis, checklist, onShow, onExport }: DirectivesTabProps) {
  const { t, language } = useI18n();
  const [filter, setFilter] = useState<ChecklistFilter>(NO_FILTER);
  const snapshots = useMemo(() => analysis.directives.map(snapshotOf), [analysis]);
  const addressees = useMemo(() => addresseeOptions(snapshots), [snapshots]);

  const { rows, orphans } = checklist;
  const done = rows.filter((row) => row.checked).length;
  const visible = rows.filter((row) =>
    passes(filter, snapshots[row.index] ?? snapshotOf(row.directive), row.checked),
  );
  const visibleOrphans = orphans.filter((o) => passes(filter, o.item.directive, o.item.checked));
  const exportNow = (format: ExportFormat) => {
    if (onExport) onExport(format);
    else downloadExport(format, [checklist.snapshot()], analysis.meta.title);
  };

  if (rows.length === 0 && orphans.length === 0) {
    return <p class="empty">{t("directives.none")}</p>;
  }

  return (
    <div class="directives">
      {checklist.error && (
        <p class="alert" role="alert">
          {t(`store.${checklist.error}`)}
        </p>
      )}
      <div class="progress-row">
        <p class="progress" aria-live="polite">
          {t("directives.progress", { done, count: rows.length })}
        </p>
        <progress max={Math.max(rows.length, 1)} value={done} aria-hidden="true" />
        {!checklist.saved && (
          <button type="button" onClick={() => void checklist.save()}>
            {t("directives.save")}
          </button>
        )}
      </div>
      <fieldset class="filters">
        <legend class="visually-hidden">{t("directives.filters")}</legend>
        <label>
          <span>{t("directives.addressee")}</span>
          <select
            value={filter.addressee}
            onChange={(e) => setFilter({ ...filter, addressee: e.currentTarget.value })}
          >
            <option value="">{t("directives.allAddressees")}</option>
            {addressees.map((a) => (
              <option key={a.en} value={a.en}>
                {language === "vi" ? a.text : a.en}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span>{t("directives.status")}</span>
          <select
            value={filter.status}
            onChange={(e) =>
              setFilter({ ...filter, status: e.currentTarget.value as ChecklistFilter["status"] })
            }
          >
            <option value="all">{t("directives.statusAll")}</option>
            <option value="open">{t("directives.statusOpen")}</option>
            <option value="done">{t("directives.statusDone")}</option>
          </select>
        </label>
        <label>
          <span>{t("directives.kind")}</span>
          <select
            value={filter.kind}
            onChange={(e) =>
              setFilter({ ...filter, kind: e.currentTarget.value as ChecklistFilter["kind"] })
            }
          >
            <option value="all">{t("directives.kindAll")}</option>
            <option value="directive">{t("directives.kindDirective")}</option>
            <option value="commitment">{t("directives.kindCommitment")}</option>
          </select>
        </label>
      </fieldset>
      <p class="visually-hidden" aria-live="polite">
        {t("directives.shown", { count: visible.length + visibleOrphans.length })}
      </p>
      {visible.length === 0 && visibleOrphans.length === 0 && (
        <p class="empty">{t("directives.noneMatch")}</p>
      )}
      <ul class="checklist">
        {visible.map((row) => (
          <DirectiveItem
            key={row.index}
            id={`d${row.index}`}
            directive={snapshots[row.index] ?? snapshotOf(row.directive)}
            checked={row.checked}
            note={row.note}
            onCheck={(checked) => void checklist.change(row.index, { checked })}
            onNote={(note) => void checklist.change(row.index, { note })}
            onShow={() => onShow(row.index)}
          />
        ))}
      </ul>
      {visibleOrphans.length > 0 && (
        <section class="orphans" aria-labelledby="orphans-title">
          <h2 id="orphans-title">{t("directives.missing")}</h2>
          <p class="hint">{t("directives.missingHelp")}</p>
          <ul class="checklist">
            {visibleOrphans.map(({ key, item }) => (
              <DirectiveItem
                key={key}
                id={`o${key}`}
                directive={item.directive}
                checked={item.checked}
                note={item.note}
                onCheck={(checked) => void checklist.changeOrphan(key, { checked })}
                onNote={(note) => void checklist.changeOrphan(key, { note })}
              />
            ))}
          </ul>
        </section>
      )}
      <ExportControls label={t("directives.export")} idPrefix="export-one" onExport={exportNow} />
    </div>
  );
}
