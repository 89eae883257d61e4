/**
 * The popup: header, then the Directives, Terms and Saved tabs for the article in the tab, or a
 * page explaining why there is nothing to show. It only displays what the content script found.
 */
import { useEffect, useMemo, useState } from "preact/hooks";
import { browser } from "wxt/browser";
import type { Analysis } from "../core/types";
import type { ExportFormat } from "../store/export";
import type { SavedArticle } from "../store/schema";
import { loadLanguage, saveLanguage } from "../store/settings";
import { DirectivesTab } from "./DirectivesTab";
import { localeOf } from "./format";
import { Header } from "./Header";
import { browserLanguage, createI18n, LanguageContext, type UiLanguage, useI18n } from "./i18n";
import { type ShowKind, setHighlights, showOnPage } from "./page-client";
import { SavedTab } from "./SavedTab";
import { StatusView } from "./StatusView";
import { Tabs } from "./Tabs";
import { TermsTab } from "./TermsTab";
import { useChecklist } from "./use-checklist";
import { usePageState } from "./use-page-state";

type TabId = "directives" | "terms" | "saved";

export interface PopupProps {
  /** The tab to work on; null when there is none. */
  readonly tab: { readonly id: number; readonly url: string } | null;
  /** Language before the stored choice is read (defaults to the browser's). */
  readonly initialLanguage?: UiLanguage;
  /** How often to poll the content script (ms). */
  readonly pollMs?: number;
  /** Replaces downloads (tests capture exports instead). */
  readonly onExport?: (format: ExportFormat, articles: readonly SavedArticle[]) => void;
}

const SITE = "https://congthuong.vn/";

export function Popup({ tab, initialLanguage, pollMs, onExport }: PopupProps) {
  const [language, setLanguageState] = useState<UiLanguage>(initialLanguage ?? browserLanguage());
  const i18n = useMemo(() => createI18n(language), [language]);

  useEffect(() => {
    void loadLanguage().then((stored) => {
      if (stored) setLanguageState(stored);
    });
  }, []);
  useEffect(() => {
    document.documentElement.lang = localeOf(language);
  }, [language]);

  const context = useMemo(
    () => ({
      t: (key: string, options?: Record<string, unknown>) => i18n.t(key, options),
      language,
      setLanguage: (next: UiLanguage) => {
        setLanguageState(next);
        void saveLanguage(next);
      },
    }),
    [i18n, language],
  );

  const view = usePageState(tab?.id ?? null, pollMs);
  // The reader's switch wins over what the page reported when the popup opened.
  const [highlightsChoice, setHighlightsOn] = useState<boolean | null>(null);
  const highlightsOn = highlightsChoice ?? (view.status === "ready" ? view.highlightsOn : null);

  const toggleHighlights = (on: boolean) => {
    if (!tab) return;
    setHighlightsOn(on);
    setHighlights(tab.id, on).catch(() => setHighlightsOn(!on));
  };
  const show = (kind: ShowKind, index: number) => {
    if (tab) void showOnPage(tab.id, kind, index).catch(() => {});
  };
  const openSite = () => void browser.tabs.create({ url: SITE });

  const analysis = view.status === "ready" ? view.analysis : null;
  return (
    <LanguageContext.Provider value={context}>
      <div class="popup">
        <Header
          analysis={analysis}
          highlightsOn={analysis ? highlightsOn : null}
          onHighlights={toggleHighlights}
        />
        {analysis ? (
          <ArticleTabs
            analysis={analysis}
            url={analysis.meta.url || tab?.url || ""}
            onShow={show}
            onExport={onExport}
          />
        ) : view.status !== "ready" ? (
          <NoArticle view={view} onOpenSite={openSite} onExport={onExport} />
        ) : null}
      </div>
    </LanguageContext.Provider>
  );
}

interface ArticleTabsProps {
  readonly analysis: Analysis;
  readonly url: string;
  readonly onShow: (kind: ShowKind, index: number) => void;
  readonly onExport: PopupProps["onExport"];
}

function ArticleTabs({ analysis, url, onShow, onExport }: ArticleTabsProps) {
  const { t } = useI18n();
  const [selected, setSelected] = useState<TabId>("directives");
  const checklist = useChecklist(analysis, url);
  return (
    <Tabs
      label={t("tabs.label")}
      selected={selected}
      onSelect={setSelected}
      tabs={[
        { id: "directives", label: t("tabs.directives") },
        { id: "terms", label: t("tabs.terms") },
        { id: "saved", label: t("tabs.saved") },
      ]}
    >
      {selected === "directives" && (
        <DirectivesTab
          analysis={analysis}
          checklist={checklist}
          onShow={(index) => onShow("directive", index)}
          onExport={onExport ? (format) => onExport(format, [checklist.snapshot()]) : undefined}
        />
      )}
      {selected === "terms" && <TermsTab analysis={analysis} onShow={onShow} />}
      {selected === "saved" && <SavedTab onExport={onExport} />}
    </Tabs>
  );
}

interface NoArticleProps {
  readonly view: Parameters<typeof StatusView>[0]["view"];
  readonly onOpenSite: () => void;
  readonly onExport: PopupProps["onExport"];
}

/** Off an article the reader still reaches their saved checklists. */
function NoArticle({ view, onOpenSite, onExport }: NoArticleProps) {
  const { t } = useI18n();
  const [selected, setSelected] = useState<"page" | "saved">("page");
  if (view.status === "loading" || view.status === "analysing") {
    return <StatusView view={view} onOpenSite={onOpenSite} />;
  }
  return (
    <Tabs
      label={t("tabs.label")}
      selected={selected}
      onSelect={setSelected}
      tabs={[
        { id: "page", label: t("tabs.page") },
        { id: "saved", label: t("tabs.saved") },
      ]}
    >
      {selected === "page" ? (
        <StatusView view={view} onOpenSite={onOpenSite} />
      ) : (
        <SavedTab onExport={onExport} />
      )}
    </Tabs>
  );
}
