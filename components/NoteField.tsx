/**
 * A free-text note, saved while typing (after a pause), when the field loses focus and when the
 * popup closes (closing a toolbar popup does not blur the field first).
 */
import { useEffect, useRef, useState } from "preact/hooks";
import { useI18n } from "./i18n";

const SAVE_AFTER_MS = 500;

export interface NoteFieldProps {
  readonly id: string;
  readonly value: string;
  readonly onSave: (note: string) => void;
}

export function NoteField({ id, value, onSave }: NoteFieldProps) {
  const { t } = useI18n();
  // What the reader typed and has not yet seen come back from the store; null shows `value`.
  const [draft, setDraft] = useState<string | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const saved = useRef(value);
  const pending = useRef<string | null>(null);
  const save = useRef(onSave);
  save.current = onSave;

  // A stored change (ours coming back, or another popup's) replaces the draft unless mid-edit.
  useEffect(() => {
    saved.current = value;
    if (timer.current === null) setDraft(null);
  }, [value]);

  const flush = (note: string) => {
    if (timer.current !== null) clearTimeout(timer.current);
    timer.current = null;
    pending.current = null;
    if (note !== saved.current) {
      saved.current = note;
      save.current(note);
    }
  };

  useEffect(() => {
    const onHide = () => {
      if (pending.current !== null) flush(pending.current);
    };
    window.addEventListener("pagehide", onHide);
    return () => {
      window.removeEventListener("pagehide", onHide);
      onHide();
    };
  }, []);

  return (
    <div class="note">
      <label for={id}>{t("directives.note")}</label>
      <textarea
        id={id}
        rows={2}
        value={draft ?? value}
        placeholder={t("directives.notePlaceholder")}
        onInput={(event) => {
          const note = event.currentTarget.value;
          setDraft(note);
          pending.current = note;
          if (timer.current !== null) clearTimeout(timer.current);
          timer.current = setTimeout(() => flush(note), SAVE_AFTER_MS);
        }}
        onBlur={(event) => flush(event.currentTarget.value)}
      />
    </div>
  );
}
