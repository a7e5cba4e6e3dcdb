import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { chapters } from '@/content/chapters';
import { chapterOutline } from '@/content/chapter-outline';
import { embedCopy } from '@/content/embed';
import { graphicsOf } from '@/content/graphics';
import { attackSteps } from '@/content/sections/attack-steps';
import { timelineCopy } from '@/content/sections/timeline';
import { lanes } from '@/data/lanes';
import { embedEntries } from '@/embed/embed-catalog';
import { timelineEvents } from '@/data/timeline-events';
import { fillTemplate } from '@/lib/fill-template';
import { renderWithRouter } from '../utils/render-with-router';

const copy = embedCopy.dialog;
const chapterTitle = (id: string) => chapterOutline.find((candidate) => candidate.id === id)!.title;
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
  it('offers the chapter’s graphics first, with a titled snippet of fixed height and a preview', async () => {
    const { dialog } = await openDialog('/who/', embedCopy.button.chapter);
    const part = within(dialog).getByRole('combobox', { name: copy.partLabel });
    expect(part).toHaveFocus();
    const who = graphicsOf('who');
    const texts = (group: string) =>
      within(within(part).getByRole('group', { name: group }))
        .getAllByRole('option')
        .map((option) => option.textContent);
    expect(texts(copy.groups.graphics).slice(0, who.length)).toEqual(who.map((graphic) => graphic.title));
    expect(texts(copy.groups.pages)[0]).toBe(fillTemplate(copy.parts.chapter, { title: chapterTitle('who') }));
    expect(within(part).getAllByRole('option')).toHaveLength(embedEntries.length);
    expect(within(part).getByRole('option', { selected: true })).toHaveTextContent(who[0]!.title);
    expect(within(dialog).getByRole('radio', { name: copy.themes.auto })).toBeChecked();
    const code = within(dialog).getByRole('textbox', { name: copy.codeLabel });
    expect(code).toHaveAttribute('readonly');
    const snippet = (code as HTMLTextAreaElement).value;
    const src = embedSrc(`/embed/graphics/${who[0]!.id}/`, 'auto');
    const iframeTitle = fillTemplate(embedCopy.iframeTitle.graphic, { title: who[0]!.title });
    expect(snippet).toContain(`src="${src}"`);
    expect(snippet).toContain(`title="${iframeTitle}"`);
    expect(snippet).toContain(`height="${who[0]!.height}"`);
    expect(snippet).toMatch(/<script src="[^"]+\/embed\.js" async><\/script>$/);
    expect(within(dialog).getByTitle(fillTemplate(copy.previewTitle, { title: iframeTitle }))).toHaveAttribute(
      'src',
      src,
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

  it('on an event page, offers the timeline graphic opened at that event, with its view and lanes', async () => {
    const { user, dialog } = await openDialog(`/timeline/${event.id}/`, embedCopy.button.timeline);
    const part = within(dialog).getByRole('combobox', { name: copy.partLabel });
    expect(within(part).getByRole('option', { selected: true })).toHaveTextContent(graphicsOf('timeline')[0]!.title);
    const start = within(dialog).getByRole('combobox', { name: copy.eventLabel });
    expect(start).toHaveValue(event.id);
    const code = within(dialog).getByRole('textbox', { name: copy.codeLabel }) as HTMLTextAreaElement;
    expect(code.value).toContain(`src="${embedSrc(`/embed/graphics/timeline/${event.id}/`, 'auto')}"`);
    await user.selectOptions(
      within(dialog).getByRole('combobox', { name: copy.viewLabel }),
      timelineCopy.chart.views['summer-2023'],
    );
    const laneBoxes = within(within(dialog).getByRole('group', { name: copy.lanesLegend })).getAllByRole('checkbox');
    expect(laneBoxes).toHaveLength(lanes.length);
    for (const lane of lanes.slice(1)) await user.click(within(dialog).getByRole('checkbox', { name: lane.label }));
    // The last lane shown cannot be hidden too.
    expect(within(dialog).getByRole('checkbox', { name: lanes[0]!.label })).toBeDisabled();
    expect(code.value).toContain(
      `/embed/graphics/timeline/${event.id}/?theme=auto&amp;view=summer-2023&amp;lanes=${lanes[0]!.id}"`,
    );
    await user.selectOptions(start, copy.noEvent);
    expect(code.value).toContain(
      `/embed/graphics/timeline/?theme=auto&amp;view=summer-2023&amp;lanes=${lanes[0]!.id}"`,
    );
  });

  it('on the what chapter, offers the attack stepper opened at a chosen step', async () => {
    const { user, dialog } = await openDialog('/what/', embedCopy.button.chapter);
    const code = within(dialog).getByRole('textbox', { name: copy.codeLabel }) as HTMLTextAreaElement;
    expect(code.value).toContain(`src="${embedSrc('/embed/graphics/attack-stepper/', 'auto')}"`);
    await user.selectOptions(
      within(dialog).getByRole('combobox', { name: copy.stepLabel }),
      fillTemplate(copy.stepOption, { n: 3, title: attackSteps[2]!.title }),
    );
    expect(code.value).toContain(
      `src="${window.location.origin}/embed/graphics/attack-stepper/?theme=auto&amp;step=3"`,
    );
    expect(within(dialog).queryByRole('combobox', { name: copy.eventLabel })).not.toBeInTheDocument();
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
