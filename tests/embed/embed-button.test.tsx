import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { chapters } from '@/content/chapters';
import { embedCopy } from '@/content/embed';
import { timelineEvents } from '@/data/timeline-events';
import { fillTemplate } from '@/lib/fill-template';
import { renderWithRouter } from '../utils/render-with-router';

const copy = embedCopy.dialog;
const chapter = chapters[0]!;
const event = timelineEvents[3]!;

/** The snippet's src: the embed page on this origin (tests build at the site root), with the colours chosen. */
const embedSrc = (path: string, theme: string) => `${window.location.origin}${path}?theme=${theme}`;

const originalExecCommand = document.execCommand;
afterEach(() => {
  document.execCommand = originalExecCommand;
});

// jsdom has <dialog> but not its modal methods: give it the open/close semantics of a browser.
beforeEach(() => {
  HTMLDialogElement.prototype.showModal = function showModal(this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
  HTMLDialogElement.prototype.close = function close(this: HTMLDialogElement) {
    this.removeAttribute('open');
    this.dispatchEvent(new Event('close'));
  };
});

async function openDialog(path: string, buttonName: string) {
  const user = userEvent.setup();
  await renderWithRouter(path);
  const button = await screen.findByRole('button', { name: buttonName });
  await user.click(button);
  // The dialog's code loads on first use (a lazy chunk): allow for a cold import.
  const dialog = await screen.findByRole('dialog', { name: copy.title }, { timeout: 5000 });
  return { user, button, dialog };
}

describe('the Embed button and dialog', () => {
  it('offers the chapter being read, with a titled snippet and a preview', async () => {
    const { dialog } = await openDialog(`/${chapter.id}/`, embedCopy.button.chapter);
    const part = within(dialog).getByRole('combobox', { name: copy.partLabel });
    expect(part).toHaveFocus();
    expect(within(part).getByRole('option', { selected: true })).toHaveTextContent(
      fillTemplate(copy.parts.chapter, { title: chapter.title }),
    );
    expect(within(dialog).getByRole('radio', { name: copy.themes.auto })).toBeChecked();
    const code = within(dialog).getByRole('textbox', { name: copy.codeLabel });
    expect(code).toHaveAttribute('readonly');
    const snippet = (code as HTMLTextAreaElement).value;
    expect(snippet).toContain(`src="${embedSrc(`/embed/${chapter.id}/`, 'auto')}"`);
    expect(snippet).toContain(`title="${fillTemplate(embedCopy.iframeTitle.chapter, { title: chapter.title })}"`);
    expect(snippet).toMatch(/<script src="[^"]+\/embed\.js" async><\/script>$/);
    const iframeTitle = fillTemplate(embedCopy.iframeTitle.chapter, { title: chapter.title });
    expect(within(dialog).getByTitle(fillTemplate(copy.previewTitle, { title: iframeTitle }))).toHaveAttribute(
      'src',
      embedSrc(`/embed/${chapter.id}/`, 'auto'),
    );
  });

  it('changes the snippet with the part and the theme', async () => {
    const { user, dialog } = await openDialog(`/${chapter.id}/`, embedCopy.button.chapter);
    await user.selectOptions(within(dialog).getByRole('combobox', { name: copy.partLabel }), copy.parts.timeline);
    await user.click(within(dialog).getByRole('radio', { name: copy.themes.dark }));
    const code = within(dialog).getByRole('textbox', { name: copy.codeLabel });
    expect((code as HTMLTextAreaElement).value).toContain(`src="${embedSrc('/embed/timeline/', 'dark')}"`);
    expect((code as HTMLTextAreaElement).value).toContain(`title="${embedCopy.iframeTitle.timeline}"`);
  });

  it('on an event page, offers that event first', async () => {
    const { dialog } = await openDialog(`/timeline/${event.id}/`, embedCopy.button.timeline);
    const part = within(dialog).getByRole('combobox', { name: copy.partLabel });
    expect(within(part).getByRole('option', { selected: true })).toHaveTextContent(
      fillTemplate(copy.parts.event, { title: event.title }),
    );
    expect(within(part).getAllByRole('option')).toHaveLength(2 + chapters.length);
    const code = within(dialog).getByRole('textbox', { name: copy.codeLabel }) as HTMLTextAreaElement;
    expect(code.value).toContain(embedSrc(`/embed/timeline/${event.id}/`, 'auto'));
  });

  it('copies the snippet and says so', async () => {
    const { user, dialog } = await openDialog(`/${chapter.id}/`, embedCopy.button.chapter);
    const code = within(dialog).getByRole('textbox', { name: copy.codeLabel }) as HTMLTextAreaElement;
    await user.click(within(dialog).getByRole('button', { name: copy.copy }));
    expect(await within(dialog).findByRole('button', { name: copy.copied })).toBeInTheDocument();
    expect(within(dialog).getByRole('status')).toHaveTextContent(copy.copiedStatus);
    await expect(navigator.clipboard.readText()).resolves.toBe(code.value);
  });

  it('falls back to selecting and copying when the clipboard API refuses', async () => {
    const { user, dialog } = await openDialog(`/${chapter.id}/`, embedCopy.button.chapter);
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new DOMException('Denied', 'NotAllowedError'));
    const execCommand = vi.fn(() => true);
    document.execCommand = execCommand;
    await user.click(within(dialog).getByRole('button', { name: copy.copy }));
    expect(await within(dialog).findByRole('button', { name: copy.copied })).toBeInTheDocument();
    expect(execCommand).toHaveBeenCalledWith('copy');
    expect(within(dialog).getByRole('textbox', { name: copy.codeLabel })).toHaveFocus();
  });

  it('tells the reader to copy by hand when nothing works', async () => {
    const { user, dialog } = await openDialog(`/${chapter.id}/`, embedCopy.button.chapter);
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new Error('no'));
    document.execCommand = () => false;
    await user.click(within(dialog).getByRole('button', { name: copy.copy }));
    expect(await within(dialog).findByRole('status')).toHaveTextContent(copy.copyFailed);
  });

  it('closes and gives focus back to the Embed button', async () => {
    const { user, button, dialog } = await openDialog(`/${chapter.id}/`, embedCopy.button.chapter);
    await user.click(within(dialog).getByRole('button', { name: copy.close }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(button).toHaveFocus();
  });

  it('is not on embed pages', async () => {
    await renderWithRouter(`/embed/${chapter.id}/`);
    await screen.findByRole('heading', { level: 1, name: chapter.title });
    expect(screen.queryByRole('button', { name: embedCopy.button.chapter })).not.toBeInTheDocument();
  });
});
