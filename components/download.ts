/** Saving an export as a file: a Blob and a temporary `<a download>`, no downloads permission. */
import { type ExportFormat, exportAs } from "../store/export";
import type { SavedArticle } from "../store/schema";

/** A file name safe on every system: "policy-lens-<slug>-<yyyy-mm-dd>.<ext>". */
export function exportFileName(slug: string, extension: string, now: Date = new Date()): string {
  const clean = slug
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/gi, "d")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60);
  return `policy-lens-${clean || "checklists"}-${now.toISOString().slice(0, 10)}.${extension}`;
}

/** Builds the export and hands it to the browser as a download. */
export function downloadExport(
  format: ExportFormat,
  articles: readonly SavedArticle[],
  slug: string,
): void {
  const { text, type, extension } = exportAs(format, articles);
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement("a");
  link.href = url;
  link.download = exportFileName(slug, extension);
  document.body.append(link);
  link.click();
  link.remove();
  // Revoke later: revoking at once can cancel the download in some browsers.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
