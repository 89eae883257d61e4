/** English / Tiếng Việt: the UI language, remembered by the store. */
import { useI18n } from "./i18n";

const LANGUAGES = [
  { code: "en", label: "English" },
  { code: "vi", label: "Tiếng Việt" },
] as const;

export function LanguageSwitch() {
  const { t, language, setLanguage } = useI18n();
  return (
    <fieldset class="language-switch">
      <legend class="visually-hidden">{t("header.language")}</legend>
      {LANGUAGES.map(({ code, label }) => (
        <button
          key={code}
          type="button"
          lang={code}
          aria-pressed={language === code}
          onClick={() => setLanguage(code)}
        >
          {label}
        </button>
      ))}
    </fieldset>
  );
}
