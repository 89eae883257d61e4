/** Every saved checklist, newest first: search, open, delete (with undo), export all, import. */
import { useEffect, useState } from "preact/hooks";
import { browser } from "wxt/browser";
import {
  deleteArticle,
  listArticles,
  onArticlesChanged,
  putArticles,
  StoreError,
} from "../store/articles";
import type { ExportFormat } from "../store/export";
import { importChecklists, MAX_IMPORT_BYTES } from "../store/import";
import type { SavedArticle } from "../store/schema";
import { downloadExport } from "./download";
import { ExportControls } from "./ExportControls";
import { formatDate, formatMoment } from "./format";
import { useI18n } from "./i18n";
import { progressOf, searchSaved } from "./saved-search";

type Notice =
  | { readonly kind: "deleted"; readonly record: SavedArticle }
  | { readonly kind: "imported"; readonly added: number; readonly merged: number }
  | { readonly kind: "rejected"; readonly problem: string; readonly detail: string }
  | { readonly kind: "store"; readonly code: StoreError["code"] };

export interface SavedTabProps {
  /** Replaces the download (tests capture the export instead). */
  readonly onExport?: (format: ExportFormat, articles: readonly SavedArticle[]) => void;
}

export function SavedTab({ onExport }: SavedTabProps) {
  const { t, language } = useI18n();
  const [articles, setArticles] = useState<SavedArticle[] | null>(null);
  const [problems, setProblems] = useState(0);
  const [query, setQuery] = useState("");
  const [notice, setNotice] = useState<Notice | null>(null);

  useEffect(() => {
    let live = true;
    const load = () =>
      listArticles().then((found) => {
        if (!live) return;
        setArticles(found.articles);
        setProblems(found.problems.length);
      });
    void load();
    const stop = onArticlesChanged(() => void load());
    return () => {
      live = false;
      stop();
    };
  }, []);

  const storeFailure = (error: unknown) =>
    setNotice({ kind: "store", code: error instanceof StoreError ? error.code : "failed" });

  const remove = async (url: string) => {
    try {
      const record = await deleteArticle(url);
      if (record) setNotice({ kind: "deleted", record });
    } catch (error) {
      storeFailure(error);
    }
  };
  const undo = async (record: SavedArticle) => {
    try {
      await putArticles([record]);
      setNotice(null);
    } catch (error) {
      storeFailure(error);
    }
  };
  const importFile = async (file: File) => {
    if (file.size > MAX_IMPORT_BYTES) {
      setNotice({ kind: "rejected", problem: "too-large", detail: "" });
      return;
    }
    try {
      const result = await importChecklists(await file.text());
      setNotice(
        result.ok
          ? { kind: "imported", added: result.added ?? 0, merged: result.merged ?? 0 }
          : { kind: "rejected", problem: result.problem, detail: result.detail },
      );
    } catch (error) {
      storeFailure(error);
    }
  };
  const exportAll = (format: ExportFormat) => {
    const all = articles ?? [];
    if (onExport) onExport(format, all);
    else downloadExport(format, all, "all");
  };

  const shown = articles ? searchSaved(articles, query) : [];

  return (
    <div class="saved">
      <div role="status" aria-live="polite" class="notice-area">
        {notice?.kind === "deleted" && (
          <p class="notice">
            {t("saved.deleted", { title: notice.record.title || notice.record.url })}{" "}
            <button type="button" onClick={() => void undo(notice.record)}>
              {t("saved.undo")}
            </button>
          </p>
        )}
        {notice?.kind === "imported" && (
          <p class="notice">
            {t("saved.imported", { added: notice.added, merged: notice.merged })}
          </p>
        )}
      </div>
      {notice?.kind === "rejected" && (
        <div class="alert" role="alert">
          <p>{t("import.rejected")}</p>
          <p>{t(`import.${notice.problem}`, { detail: notice.detail })}</p>
        </div>
      )}
      {notice?.kind === "store" && (
        <p class="alert" role="alert">
          {t(`store.${notice.code}`)}
        </p>
      )}
      {problems > 0 && <p class="hint">{t("saved.problems", { count: problems })}</p>}
      <label class="search">
        <span class="visually-hidden">{t("saved.search")}</span>
        <input
          type="search"
          value={query}
          placeholder={t("saved.searchPlaceholder")}
          onInput={(event) => setQuery(event.currentTarget.value)}
        />
      </label>
      {articles !== null && articles.length === 0 && <p class="empty">{t("saved.empty")}</p>}
      {articles !== null && articles.length > 0 && shown.length === 0 && (
        <p class="empty">{t("saved.noMatch", { query })}</p>
      )}
      <ul class="saved-list">
        {shown.map((article) => {
          const { done, count } = progressOf(article);
          const title = article.title || article.url;
          return (
            <li key={article.url} class="saved-item">
              <p class="saved-title" lang="vi">
                {title}
              </p>
              <p class="saved-meta">
                <span>{t("saved.progress", { done, count })}</span>
                {article.published && <span>{formatDate(article.published, language)}</span>}
                <span>
                  {t("saved.updated", { date: formatMoment(article.updatedAt, language) })}
                </span>
              </p>
              <progress max={Math.max(count, 1)} value={done} aria-hidden="true" />
              <div class="saved-actions">
                <button
                  type="button"
                  onClick={() => void browser.tabs.create({ url: article.url })}
                >
                  {t("saved.open")}
                </button>
                <button
                  type="button"
                  class="danger"
                  aria-label={t("saved.deleteLabel", { title })}
                  onClick={() => void remove(article.url)}
                >
                  {t("saved.delete")}
                </button>
              </div>
            </li>
          );
        })}
      </ul>
      <div class="saved-tools">
        {articles !== null && articles.length > 0 && (
          <ExportControls label={t("saved.exportAll")} idPrefix="export-all" onExport={exportAll} />
        )}
        <label class="import-button">
          <span>{t("saved.import")}</span>
          <input
            type="file"
            accept="application/json,.json"
            class="visually-hidden"
            onChange={(event) => {
              const file = event.currentTarget.files?.[0];
              event.currentTarget.value = "";
              if (file) void importFile(file);
            }}
          />
        </label>
      </div>
    </div>
  );
}
