import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { advisoryChecklistCopy, advisoryChecklistItems } from '@/content/sections/advisory-checklist';
import { sources } from '@/data/sources';
import type { Source } from '@/data/types';
import { fillTemplate as fill } from '@/lib/fill-template';
import { AdvisoryChecklist } from '@/sections/response/advisory-checklist';

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
