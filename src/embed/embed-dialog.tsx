import { useRouter } from '@tanstack/react-router';
import { useEffect, useId, useRef, useState } from 'react';
import type { embedCopy } from '@/content/embed';
import { fillTemplate } from '@/lib/fill-template';
import { themes, type Theme } from '@/lib/theme';
import { embedLink } from '@/site/links';
import type { EmbedOption } from './embed-options';
import { embedScriptUrl, embedSnippet, embedUrl } from './embed-url';
import styles from './embed-dialog.module.css';

type EmbedDialogProps = {
  readonly copy: (typeof embedCopy)['dialog'];
  readonly options: readonly EmbedOption[];
  readonly initialValue: string;
  /** Called once the dialog has closed (Escape, the Close button). */
  readonly onClose: () => void;
};

type CopyStatus = 'idle' | 'copied' | 'failed';

/** A modal dialog: pick what to embed and its colours, copy the snippet, see a preview. */
export function EmbedDialog({ copy, options, initialValue, onClose }: EmbedDialogProps) {
  const id = useId();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const selectRef = useRef<HTMLSelectElement>(null);
  const codeRef = useRef<HTMLTextAreaElement>(null);
  const [value, setValue] = useState(initialValue);
  const [theme, setTheme] = useState<Theme>('auto');
  const router = useRouter();
  const [status, setStatus] = useState<CopyStatus>('idle');

  const option = options.find((o) => o.value === value) ?? options[0];
  const src = option ? embedUrl(router.buildLocation(embedLink(option.target)).publicHref, theme) : '';
  const snippet = option ? embedSnippet({ src, scriptSrc: embedScriptUrl(), title: option.title }) : '';

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    if (typeof dialog.showModal === 'function') {
      if (!dialog.open) dialog.showModal();
    } else {
      dialog.setAttribute('open', '');
    }
    selectRef.current?.focus();
  }, []);

  useEffect(() => {
    if (status !== 'copied') return;
    const timer = window.setTimeout(() => setStatus('idle'), 4000);
    return () => window.clearTimeout(timer);
  }, [status]);

  const close = () => {
    const dialog = dialogRef.current;
    // The native close fires the dialog's `close` event, which calls onClose.
    if (dialog?.open && typeof dialog.close === 'function') dialog.close();
    else onClose();
  };

  const copySnippet = async () => {
    const copied = await copyText(snippet, codeRef.current);
    setStatus(copied ? 'copied' : 'failed');
  };

  return (
    <dialog ref={dialogRef} className={styles.dialog} aria-labelledby={`${id}-title`} onClose={onClose}>
      <div className={styles.header}>
        <h2 id={`${id}-title`} className={styles.title}>
          {copy.title}
        </h2>
        <button type="button" onClick={close}>
          {copy.close}
        </button>
      </div>
      <p className={styles.intro}>{copy.intro}</p>

      <div className={styles.field}>
        <label htmlFor={`${id}-part`}>{copy.partLabel}</label>
        <select
          id={`${id}-part`}
          ref={selectRef}
          value={option?.value}
          onChange={(event) => {
            setValue(event.target.value);
            setStatus('idle');
          }}
        >
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      </div>

      <fieldset className={styles.themes}>
        <legend>{copy.themeLegend}</legend>
        {themes.map((t) => (
          <label key={t} className={styles.radio}>
            <input
              type="radio"
              name={`${id}-theme`}
              value={t}
              checked={theme === t}
              onChange={() => {
                setTheme(t);
                setStatus('idle');
              }}
            />{' '}
            {copy.themes[t]}
          </label>
        ))}
      </fieldset>

      <div className={styles.field}>
        <label htmlFor={`${id}-code`}>{copy.codeLabel}</label>
        <p id={`${id}-hint`} className={styles.hint}>
          {copy.codeHint}
        </p>
        <textarea
          id={`${id}-code`}
          ref={codeRef}
          className={styles.code}
          readOnly
          rows={6}
          spellCheck={false}
          aria-describedby={`${id}-hint`}
          value={snippet}
          onFocus={(event) => event.currentTarget.select()}
        />
      </div>
      <div className={styles.actions}>
        <button type="button" className={styles.copy} onClick={() => void copySnippet()}>
          {status === 'copied' ? copy.copied : copy.copy}
        </button>
        <p role="status" className={styles.status}>
          {status === 'copied' ? copy.copiedStatus : status === 'failed' ? copy.copyFailed : ''}
        </p>
      </div>

      <h3 className={styles.previewHeading}>{copy.previewHeading}</h3>
      {option ? (
        <iframe
          className={styles.preview}
          src={src}
          title={fillTemplate(copy.previewTitle, { title: option.title })}
          loading="lazy"
        />
      ) : null}
    </dialog>
  );
}

/** The async Clipboard API, else the old select-and-copy command; false when neither worked. */
async function copyText(text: string, field: HTMLTextAreaElement | null): Promise<boolean> {
  try {
    if (navigator.clipboard?.writeText) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // Denied (no permission, insecure context, unfocused document): fall back.
  }
  if (!field) return false;
  field.focus();
  field.select();
  try {
    return document.execCommand('copy');
  } catch {
    return false;
  }
}
