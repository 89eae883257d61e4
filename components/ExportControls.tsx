/** A format choice and a download button, for one checklist or all of them. */
import { useState } from "preact/hooks";
import type { ExportFormat } from "../store/export";
import { useI18n } from "./i18n";

export interface ExportControlsProps {
  /** Heading-like label of the control group ("Export this checklist", "Export all"). */
  readonly label: string;
  readonly idPrefix: string;
  readonly onExport: (format: ExportFormat) => void;
}

export function ExportControls({ label, idPrefix, onExport }: ExportControlsProps) {
  const { t } = useI18n();
  const [format, setFormat] = useState<ExportFormat>("markdown");
  return (
    <fieldset class="export">
      <legend>{label}</legend>
      <label class="visually-hidden" for={`${idPrefix}-format`}>
        {t("export.format")}
      </label>
      <select
        id={`${idPrefix}-format`}
        value={format}
        onChange={(event) => setFormat(event.currentTarget.value as ExportFormat)}
      >
        <option value="markdown">{t("export.markdown")}</option>
        <option value="csv">{t("export.csv")}</option>
        <option value="json">{t("export.json")}</option>
      </select>
      <button type="button" onClick={() => onExport(format)}>
        {t("export.download")}
      </button>
    </fieldset>
  );
}
