/** What the popup says when there is no analysis to show. */
import { useI18n } from "./i18n";
import type { PageView } from "./use-page-state";

export interface StatusViewProps {
  readonly view: Exclude<PageView, { status: "ready" }>;
  readonly onOpenSite: () => void;
}

export function StatusView({ view, onOpenSite }: StatusViewProps) {
  const { t } = useI18n();
  switch (view.status) {
    case "loading":
    case "analysing":
      return (
        <div class="status" role="status" aria-live="polite">
          <span class="spinner" aria-hidden="true" />
          <p>{t(view.status === "loading" ? "state.loading" : "state.analysing")}</p>
        </div>
      );
    case "not-article":
      return (
        <section class="status" aria-labelledby="status-title">
          <h2 id="status-title">{t("state.notArticleTitle")}</h2>
          <p>{t("state.notArticleBody")}</p>
          <button type="button" class="link-button" onClick={onOpenSite}>
            {t("state.openSite")}
          </button>
          <p class="hint">{t("state.savedHint")}</p>
        </section>
      );
    case "error":
      return (
        <section class="status" role="alert" aria-labelledby="status-title">
          <h2 id="status-title">{t("state.errorTitle")}</h2>
          <p>{t("state.errorBody")}</p>
          {view.message && (
            <p class="hint" lang="en">
              {view.message}
            </p>
          )}
        </section>
      );
    case "unreachable":
      return (
        <section class="status" aria-labelledby="status-title">
          <h2 id="status-title">{t("state.unreachableTitle")}</h2>
          <p>{t("state.unreachableBody")}</p>
          <button type="button" class="link-button" onClick={onOpenSite}>
            {t("state.openSite")}
          </button>
          <p class="hint">{t("state.savedHint")}</p>
        </section>
      );
  }
}
