import { render, screen, within } from '@testing-library/react';
import { renderToString } from 'react-dom/server';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { advisoryChecklistCopy, advisoryChecklistItems } from '@/content/sections/advisory-checklist';
import { sources } from '@/data/sources';
import type { Source } from '@/data/types';
import { fillTemplate as fill } from '@/lib/fill-template';
import { AdvisoryChecklist } from '@/sections/response/advisory-checklist';
import { GRAPHIC_TITLE_ID } from '@/shell/embed-shell';
import { hydrateOver } from '../utils/render-with-router';

// Some tests put server markup straight into the body: start each test on an empty page.
afterEach(() => {
  document.body.innerHTML = '';
});

function showChecklist() {
  render(<AdvisoryChecklist copy={advisoryChecklistCopy} items={advisoryChecklistItems} sources={sources} />);
  return screen.getByRole('list', { name: advisoryChecklistCopy.listLabel });
}

describe('AdvisoryChecklist', () => {
  it('lists every recommendation as a labelled checkbox with links to its sources', () => {
    const list = showChecklist();
    const items = within(list).getAllByRole('listitem');
    expect(items).toHaveLength(advisoryChecklistItems.length);
    advisoryChecklistItems.forEach((item, index) => {
      const row = items[index]!;
      expect(within(row).getByRole('checkbox', { name: item.text })).not.toBeChecked();
      expect(item.sourceIds.length).toBeGreaterThan(0);
      for (const sourceId of item.sourceIds) {
        const source: Source | undefined = sources.find((candidate) => candidate.id === sourceId);
        expect(source?.url, `${sourceId} is cited with a link`).toBeDefined();
        expect(within(row).getByRole('link', { name: source!.publisher })).toHaveAttribute('href', source!.url);
      }
    });
  });

  it('ticks and unticks by keyboard and counts the steps done', async () => {
    const user = userEvent.setup();
    showChecklist();
    const first = screen.getByRole('checkbox', { name: advisoryChecklistItems[0]!.text });
    first.focus();
    await user.keyboard(' ');
    expect(first).toBeChecked();
    expect(screen.getByRole('status')).toHaveTextContent(
      fill(advisoryChecklistCopy.progress, { done: 1, total: advisoryChecklistItems.length }),
    );
    await user.keyboard(' ');
    expect(first).not.toBeChecked();
    expect(screen.getByRole('status')).toHaveTextContent(
      fill(advisoryChecklistCopy.progress, { done: 0, total: advisoryChecklistItems.length }),
    );
  });

  it('keeps working when storage throws, as in a sandboxed iframe', async () => {
    const user = userEvent.setup();
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new DOMException('blocked', 'SecurityError');
    });
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('blocked', 'SecurityError');
    });
    showChecklist();
    const last = screen.getByRole('checkbox', { name: advisoryChecklistItems.at(-1)!.text });
    await user.click(last);
    expect(last).toBeChecked();
    expect(screen.getByRole('status')).toHaveTextContent(
      fill(advisoryChecklistCopy.progress, { done: 1, total: advisoryChecklistItems.length }),
    );
  });

  it('can be ticked and unticked when reading storage throws but writing works', async () => {
    const user = userEvent.setup();
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new DOMException('blocked', 'SecurityError');
    });
    showChecklist();
    const first = screen.getByRole('checkbox', { name: advisoryChecklistItems[0]!.text });
    await user.click(first);
    expect(first).toBeChecked();
    await user.click(first);
    expect(first).not.toBeChecked();
  });

  it('remembers ticks where storage works', async () => {
    const user = userEvent.setup();
    window.localStorage.clear();
    showChecklist();
    await user.click(screen.getByRole('checkbox', { name: advisoryChecklistItems[1]!.text }));
    expect(Object.values({ ...window.localStorage }).join()).toContain(advisoryChecklistItems[1]!.id);
    // A fresh page (a new mount) finds the tick again.
    document.body.innerHTML = '';
    showChecklist();
    expect(screen.getByRole('checkbox', { name: advisoryChecklistItems[1]!.text })).toBeChecked();
    window.localStorage.clear();
  });
});

describe('AdvisoryChecklist in a graphic embed (compact)', () => {
  const headline = 'What the CISA and FBI advisory asked organizations to do';
  const compactChecklist = (
    <>
      <h1 id={GRAPHIC_TITLE_ID}>{headline}</h1>
      <AdvisoryChecklist copy={advisoryChecklistCopy} items={advisoryChecklistItems} sources={sources} compact />
    </>
  );
  const summary = () => screen.getByText(advisoryChecklistCopy.compact.sourcesSummary, { selector: 'summary' });
  const sourceOf = (sourceId: string): Source => sources.find((source) => source.id === sourceId)!;

  it('takes its name from the embed headline, keeps the intro and every step in view', () => {
    render(compactChecklist);
    const region = screen.getByRole('region', { name: headline });
    expect(within(region).queryByRole('heading', { name: advisoryChecklistCopy.heading })).not.toBeInTheDocument();
    expect(screen.getByText(advisoryChecklistCopy.intro)).toBeVisible();
    const list = screen.getByRole('list', { name: advisoryChecklistCopy.listLabel });
    for (const item of advisoryChecklistItems) {
      expect(within(list).getByRole('checkbox', { name: item.text })).toBeVisible();
    }
    // No source links among the steps themselves.
    expect(within(list).queryByRole('link')).not.toBeInTheDocument();
  });

  it('folds each step’s sources behind one closed disclosure, reachable by opening it', async () => {
    const user = userEvent.setup();
    render(compactChecklist);
    const csrb = sourceOf('csrb-2024-04-02-review');
    expect(screen.getByRole('link', { name: csrb.publisher })).not.toBeVisible();
    await user.click(summary());
    expect(screen.getByRole('link', { name: csrb.publisher })).toBeVisible();
    // One line per step, with that step's own sources.
    const stepLines = screen.getAllByRole('listitem').filter((row) => within(row).queryByRole('checkbox') === null);
    expect(stepLines).toHaveLength(advisoryChecklistItems.length);
    advisoryChecklistItems.forEach((item, index) => {
      const line = stepLines[index]!;
      expect(line).toBeVisible();
      expect(line).toHaveTextContent(item.text);
      expect(
        within(line)
          .getAllByRole('link')
          .map((link) => link.getAttribute('href')),
      ).toEqual(item.sourceIds.map((sourceId) => sourceOf(sourceId).url));
    });
  });

  it('still ticks and counts', async () => {
    const user = userEvent.setup();
    render(compactChecklist);
    const box = screen.getByRole('checkbox', { name: advisoryChecklistItems[2]!.text });
    // Ticks from earlier tests live on in this page's memory: count from what is ticked now.
    const ticked = () =>
      screen.getAllByRole('checkbox').filter((checkbox) => (checkbox as HTMLInputElement).checked).length;
    expect(box).not.toBeChecked();
    await user.click(box);
    expect(box).toBeChecked();
    expect(screen.getByRole('status')).toHaveTextContent(
      fill(advisoryChecklistCopy.progress, { done: ticked(), total: advisoryChecklistItems.length }),
    );
    await user.click(box);
    expect(box).not.toBeChecked();
  });

  it('server-renders the disclosure closed and hydrates without a mismatch', async () => {
    const container = document.createElement('div');
    container.innerHTML = renderToString(compactChecklist);
    document.body.append(container);
    expect(
      within(container).getByText(advisoryChecklistCopy.compact.sourcesSummary, { selector: 'summary' }),
    ).toBeVisible();
    expect(within(container).getAllByRole('link')[0]).not.toBeVisible();
    const { errors, unmount } = await hydrateOver(container, compactChecklist);
    try {
      expect(errors).toEqual([]);
    } finally {
      unmount();
      container.remove();
    }
  });
});

describe('AdvisoryChecklist on the site (not compact)', () => {
  it('has its own heading, and every step shows its sources without a disclosure', () => {
    const list = showChecklist();
    expect(screen.getByRole('region', { name: advisoryChecklistCopy.heading })).toContainElement(list);
    expect(screen.getByRole('heading', { level: 3, name: advisoryChecklistCopy.heading })).toBeVisible();
    for (const row of within(list).getAllByRole('listitem')) {
      expect(within(row).getAllByRole('link')[0]).toBeVisible();
    }
    expect(screen.queryByText(advisoryChecklistCopy.compact.sourcesSummary)).not.toBeInTheDocument();
  });
});
