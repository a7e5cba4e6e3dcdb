import { useRouter } from '@tanstack/react-router';
import { useEffect, useId, useRef, useState } from 'react';
import type { embedCopy } from '@/content/embed';
import { serializeLaneFilter, toggleLane } from '@/data/selectors';
import type { Lane, LaneId, TimelineEvent } from '@/data/types';
import { formatCalendarDate } from '@/lib/calendar-date';
import { fillTemplate } from '@/lib/fill-template';
import { themes, type Theme } from '@/lib/theme';
import { embedLink, type EmbedTarget } from '@/site/links';
import type { EmbedEntry, EmbedOptionName } from './embed-catalog';
import { parseHeightMessage } from './embed-messages';
import { embedScriptUrl, embedSnippet, embedUrl } from './embed-url';
import styles from './embed-dialog.module.css';

type DialogCopy = (typeof embedCopy)['dialog'];

/** Where the dialog opens: the entry, and the timeline state the reader is looking at. */
type EmbedDialogStart = {
  readonly entryId: string;
  readonly eventId?: string;
  readonly view?: string;
  readonly lanes?: readonly LaneId[];
};

type EmbedDialogProps = {
  readonly copy: DialogCopy;
  /** In the order to offer them (see entriesFor). */
  readonly entries: readonly EmbedEntry[];
  readonly start: EmbedDialogStart;
  /** The timeline's events, lanes and views, and the attack stepper's steps, for the options. */
  readonly events: readonly Pick<TimelineEvent, 'id' | 'title' | 'date'>[];
  readonly lanes: readonly Lane[];
  readonly views: readonly { readonly id: string; readonly label: string }[];
  readonly steps: readonly { readonly title: string }[];
  /** Called once the dialog has closed (Escape, the Close button). */
  readonly onClose: () => void;
};

type CopyStatus = 'idle' | 'copied' | 'failed';
type PreviewWidth = keyof DialogCopy['previewWidths'];
const previewWidths = ['column', 'phone'] as const satisfies readonly PreviewWidth[];

/** A modal dialog: pick what to embed, its options and colours, copy the snippet, see a preview at a chosen width. */
export function EmbedDialog({ copy, entries, start, events, lanes, views, steps, onClose }: EmbedDialogProps) {
  const id = useId();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const selectRef = useRef<HTMLSelectElement>(null);
  const codeRef = useRef<HTMLTextAreaElement>(null);
  const previewRef = useRef<HTMLIFrameElement>(null);
  const [entryId, setEntryId] = useState(start.entryId);
  const [theme, setTheme] = useState<Theme>('auto');
  const [eventId, setEventId] = useState(start.eventId ?? '');
  const [view, setView] = useState(start.view ?? views[0]?.id ?? '');
  const [shownLanes, setShownLanes] = useState<readonly LaneId[] | undefined>(start.lanes);
  const [step, setStep] = useState(1);
  const [previewWidth, setPreviewWidth] = useState<PreviewWidth>('column');
  const router = useRouter();
  const [status, setStatus] = useState<CopyStatus>('idle');

  const entry = entries.find((candidate) => candidate.id === entryId) ?? entries[0];
  const has = (option: EmbedOptionName) => entry?.options.includes(option) ?? false;
  const target = entry && has('event') ? withEvent(entry.target, eventId || undefined) : entry?.target;
  const src = target
    ? embedUrl(router.buildLocation(embedLink(target)).publicHref, {
        theme,
        view: has('view') && view !== views[0]?.id ? view : undefined,
        lanes: has('lanes') ? serializeLaneFilter(shownLanes, lanes) : undefined,
        step: has('step') ? step : undefined,
      })
    : '';
  const snippet = entry
    ? embedSnippet({ src, scriptSrc: embedScriptUrl(), title: entry.iframeTitle, height: entry.height })
    : '';
  const changed = () => setStatus('idle');

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

  // The preview is as tall as the embed says it is, as on a host page
  // (set through CSSOM: the strict CSP refuses style attributes).
  useEffect(() => {
    const onMessage = (event: MessageEvent) => {
      const frame = previewRef.current;
      if (!frame || event.source !== frame.contentWindow) return;
      const message = parseHeightMessage(event.data);
      if (message) frame.style.height = `${message.height}px`;
    };
    window.addEventListener('message', onMessage);
    return () => window.removeEventListener('message', onMessage);
  }, []);

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

  const groups = [
    { label: copy.groups.graphics, entries: entries.filter((candidate) => candidate.kind === 'graphic') },
    { label: copy.groups.pages, entries: entries.filter((candidate) => candidate.kind === 'page') },
  ];
  const shown = shownLanes ?? lanes.map((lane) => lane.id);

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
          value={entry?.id}
          aria-describedby={`${id}-part-hint`}
          onChange={(event) => {
            setEntryId(event.target.value);
            changed();
          }}
        >
          {groups.map((group) => (
            <optgroup key={group.label} label={group.label}>
              {group.entries.map((candidate) => (
                <option key={candidate.id} value={candidate.id}>
                  {entryLabel(copy, candidate)}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
        <p id={`${id}-part-hint`} className={styles.hint}>
          {entry ? fillTemplate(copy.partHint, { description: entry.description, height: entry.height }) : null}
        </p>
      </div>

      {has('event') || has('step') ? (
        <fieldset className={styles.options}>
          <legend>{copy.optionsLegend}</legend>
          {has('event') ? (
            <div className={styles.field}>
              <label htmlFor={`${id}-event`}>{copy.eventLabel}</label>
              <select
                id={`${id}-event`}
                value={eventId}
                onChange={(event) => {
                  setEventId(event.target.value);
                  changed();
                }}
              >
                <option value="">{copy.noEvent}</option>
                {events.map((event) => (
                  <option key={event.id} value={event.id}>
                    {formatCalendarDate(event.date)}: {event.title}
                  </option>
                ))}
              </select>
            </div>
          ) : null}
          {has('view') ? (
            <div className={styles.field}>
              <label htmlFor={`${id}-view`}>{copy.viewLabel}</label>
              <select
                id={`${id}-view`}
                value={view}
                onChange={(event) => {
                  setView(event.target.value);
                  changed();
                }}
              >
                {views.map((candidate) => (
                  <option key={candidate.id} value={candidate.id}>
                    {candidate.label}
                  </option>
                ))}
              </select>
            </div>
          ) : null}
          {has('lanes') ? (
            <fieldset className={styles.lanes}>
              <legend>{copy.lanesLegend}</legend>
              {lanes.map((lane) => {
                const checked = shown.includes(lane.id);
                return (
                  <label key={lane.id} className={styles.radio}>
                    <input
                      type="checkbox"
                      checked={checked}
                      // The last lane shown stays: an empty chart helps nobody.
                      disabled={checked && shown.length === 1}
                      onChange={() => {
                        setShownLanes(toggleLane(shownLanes, lane.id, lanes));
                        changed();
                      }}
                    />{' '}
                    {lane.label}
                  </label>
                );
              })}
            </fieldset>
          ) : null}
          {has('step') ? (
            <div className={styles.field}>
              <label htmlFor={`${id}-step`}>{copy.stepLabel}</label>
              <select
                id={`${id}-step`}
                value={step}
                onChange={(event) => {
                  setStep(Number(event.target.value));
                  changed();
                }}
              >
                {steps.map((candidate, index) => (
                  <option key={candidate.title} value={index + 1}>
                    {fillTemplate(copy.stepOption, { n: index + 1, title: candidate.title })}
                  </option>
                ))}
              </select>
            </div>
          ) : null}
        </fieldset>
      ) : null}

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
                changed();
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
      <fieldset className={styles.themes}>
        <legend>{copy.previewWidthLegend}</legend>
        {previewWidths.map((width) => (
          <label key={width} className={styles.radio}>
            <input
              type="radio"
              name={`${id}-width`}
              value={width}
              checked={previewWidth === width}
              onChange={() => setPreviewWidth(width)}
            />{' '}
            {copy.previewWidths[width]}
          </label>
        ))}
      </fieldset>
      {entry ? (
        <div className={styles.previewStage}>
          <iframe
            ref={previewRef}
            className={`${styles.preview} ${styles[previewWidth]}`}
            src={src}
            title={fillTemplate(copy.previewTitle, { title: entry.iframeTitle })}
            loading="lazy"
          />
        </div>
      ) : null}
    </dialog>
  );
}

function entryLabel(copy: DialogCopy, entry: EmbedEntry): string {
  if (entry.kind === 'graphic') return fillTemplate(copy.parts.graphic, { title: entry.title });
  return entry.target.kind === 'chapter'
    ? fillTemplate(copy.parts.chapter, { title: entry.title })
    : copy.parts.timeline;
}

/** A timeline embed opened at an event (or at none). */
function withEvent(target: EmbedTarget, eventId: string | undefined): EmbedTarget {
  if (target.kind === 'timeline-graphic') return { kind: 'timeline-graphic', eventId };
  if (target.kind === 'timeline' || target.kind === 'event')
    return eventId ? { kind: 'event', eventId } : { kind: 'timeline' };
  return target;
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
