/** One checklist item: tick, the Vietnamese sentence, its English, who, force, deadline, note. */
import type { DirectiveSnapshot } from "../store/schema";
import { useI18n } from "./i18n";
import { NoteField } from "./NoteField";

export interface DirectiveItemProps {
  /** Unique within the popup, for ids. */
  readonly id: string;
  readonly directive: DirectiveSnapshot;
  readonly checked: boolean;
  readonly note: string;
  readonly onCheck: (checked: boolean) => void;
  readonly onNote: (note: string) => void;
  /** Absent for items no longer on the page. */
  readonly onShow?: () => void;
}

export function DirectiveItem({
  id,
  directive: d,
  checked,
  note,
  onCheck,
  onNote,
  onShow,
}: DirectiveItemProps) {
  const { t, language } = useI18n();
  const party = (p: { text: string; en: string }) => (language === "vi" ? p.text : p.en);
  const addressees = d.addressees.map(party).join(", ");
  return (
    <li class={`directive${checked ? " done" : ""}`} data-kind={d.kind}>
      <div class="directive-main">
        <input
          id={`${id}-check`}
          type="checkbox"
          checked={checked}
          aria-describedby={`${id}-en`}
          onChange={(event) => onCheck(event.currentTarget.checked)}
        />
        <label for={`${id}-check`} class="directive-vi" lang="vi">
          {d.text}
        </label>
      </div>
      <p id={`${id}-en`} class="directive-en" lang="en">
        {d.gloss_en}
      </p>
      <dl class="facts">
        <div>
          <dt>{t("directives.who")}</dt>
          <dd>
            {d.issuer ? party(d.issuer) : t("directives.noIssuer")} → {addressees || "—"}
          </dd>
        </div>
        <div>
          <dt>{t("directives.force")}</dt>
          <dd>
            <span class={`tag tag-${d.kind}`}>{t(`kind.${d.kind}`)}</span> {t(`force.${d.force}`)}
          </dd>
        </div>
        {d.deadline && (
          <div>
            <dt>{t("directives.deadline")}</dt>
            <dd>
              <span lang="en">{d.deadline.en}</span> (<span lang="vi">{d.deadline.text}</span>)
            </dd>
          </div>
        )}
        {d.citations.length > 0 && (
          <div>
            <dt>{t("directives.citations")}</dt>
            <dd lang="vi">{d.citations.join("; ")}</dd>
          </div>
        )}
      </dl>
      <NoteField id={`${id}-note`} value={note} onSave={onNote} />
      {onShow && (
        <button type="button" class="show-button" onClick={onShow}>
          {t("directives.showOnPage")}
        </button>
      )}
    </li>
  );
}
