import { render, screen, within } from '@testing-library/react';
import { renderToString } from 'react-dom/server';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { auditLogApps, auditLogCopy, auditLogRows, watchedOperation } from '@/content/sections/audit-log';
import { AuditLog } from '@/sections/response/audit-log';
import { fillTemplate as fill } from '@/lib/fill-template';
import { flaggedRowIds, visibleRows } from '@/sections/response/audit-log-rule';
import { GRAPHIC_TITLE_ID } from '@/shell/embed-shell';
import { hydrateOver } from '../utils/render-with-router';

// Some tests write server markup straight into the body: start each test on an empty page.
afterEach(() => {
  document.body.innerHTML = '';
});

const baselineIds: readonly string[] = auditLogApps.baseline.map((app) => app.appId);
const standardRows = auditLogRows.filter((row) => row.tier === 'standard');
const watchedRows = auditLogRows.filter((row) => row.operation === watchedOperation);
const intruderRows = watchedRows.filter((row) => !baselineIds.includes(row.appId));

function showLog(): HTMLElement {
  render(
    <AuditLog
      copy={auditLogCopy}
      rows={auditLogRows}
      baseline={auditLogApps.baseline}
      watchedOperation={watchedOperation}
    />,
  );
  return screen.getByRole('table');
}

/** Body rows: every row with a row header. */
function bodyRows(table: HTMLElement) {
  return within(table)
    .getAllByRole('row')
    .filter((row) => within(row).queryByRole('rowheader') !== null);
}

describe('the illustration data', () => {
  it('has premium-only MailItemsAccessed rows and at least one by an unknown application', () => {
    expect(watchedRows.length).toBeGreaterThan(0);
    expect(watchedRows.every((row) => row.tier === 'premium')).toBe(true);
    expect(intruderRows.length).toBeGreaterThan(0);
    expect(standardRows.length).toBeGreaterThan(0);
  });
});

describe('audit-log rule', () => {
  it('shows only standard rows on the standard tier and every row on premium', () => {
    expect(visibleRows(auditLogRows, 'standard').map((row) => row.id)).toEqual(standardRows.map((row) => row.id));
    expect(visibleRows(auditLogRows, 'premium')).toHaveLength(auditLogRows.length);
  });

  it('flags the watched operation by an application outside the baseline, and nothing else', () => {
    expect([...flaggedRowIds(auditLogRows, baselineIds, watchedOperation)]).toEqual(intruderRows.map((row) => row.id));
    expect(flaggedRowIds(standardRows, baselineIds, watchedOperation).size).toBe(0);
    // With the stranger added to the baseline, the rule is quiet.
    expect(
      flaggedRowIds(auditLogRows, [...baselineIds, ...intruderRows.map((row) => row.appId)], watchedOperation).size,
    ).toBe(0);
  });

  it('fills placeholders and leaves unknown ones alone', () => {
    expect(fill('{a} of {b} {c}', { a: 1, b: 'two' })).toBe('1 of two {c}');
  });
});

describe('AuditLog', () => {
  it('is a real table with a caption, column headers and row headers, labelled as a reconstruction', () => {
    const table = showLog();
    expect(table).toHaveAccessibleName(
      fill(auditLogCopy.caption, { shown: auditLogRows.length, total: auditLogRows.length }),
    );
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((cell) => cell.textContent),
    ).toEqual(Object.values(auditLogCopy.columns));
    expect(bodyRows(table)).toHaveLength(auditLogRows.length);
    expect(screen.getByText(auditLogCopy.reconstructionLabel)).toBeVisible();
    expect(
      screen.getByRole('region', {
        name: fill(auditLogCopy.caption, { shown: auditLogRows.length, total: auditLogRows.length }),
      }),
    ).toContainElement(table);
  });

  it('removes the premium-only rows on the standard tier and brings them back on premium', async () => {
    const user = userEvent.setup();
    const table = showLog();
    const standard = screen.getByRole('button', { name: auditLogCopy.tiers.standard });
    const premium = screen.getByRole('button', { name: auditLogCopy.tiers.premium });
    expect(premium).toHaveAttribute('aria-pressed', 'true');
    expect(within(table).getAllByRole('cell', { name: watchedOperation })).toHaveLength(watchedRows.length);

    await user.click(standard);
    expect(standard).toHaveAttribute('aria-pressed', 'true');
    expect(premium).toHaveAttribute('aria-pressed', 'false');
    expect(bodyRows(table)).toHaveLength(standardRows.length);
    expect(within(table).queryByRole('cell', { name: watchedOperation })).not.toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent(
      fill(auditLogCopy.status.standard, { count: standardRows.length }),
    );
    expect(table).toHaveAccessibleName(
      fill(auditLogCopy.caption, { shown: standardRows.length, total: auditLogRows.length }),
    );

    await user.click(premium);
    expect(bodyRows(table)).toHaveLength(auditLogRows.length);
    expect(within(table).getAllByRole('cell', { name: watchedOperation })).toHaveLength(watchedRows.length);
  });

  it('marks the rows the rule matches with a text flag in the row header, and explains the rule', async () => {
    const user = userEvent.setup();
    const table = showLog();
    const rule = screen.getByRole('button', { name: auditLogCopy.ruleButton });
    expect(within(table).queryByText(auditLogCopy.flagged)).not.toBeInTheDocument();

    await user.click(rule);
    expect(rule).toHaveAttribute('aria-pressed', 'true');
    const flaggedHeaders = within(table)
      .getAllByRole('rowheader')
      .filter((header) => header.textContent?.startsWith(auditLogCopy.flagged));
    expect(flaggedHeaders.map((header) => header.textContent)).toEqual(
      intruderRows.map((row) => `${auditLogCopy.flagged}${row.when}`),
    );
    expect(screen.getByRole('status')).toHaveTextContent(
      fill(auditLogCopy.status.ruleMatches, {
        count: intruderRows.length,
        list: intruderRows.map((row) => row.when).join(' and '),
      }),
    );

    // On the standard tier there is nothing for the rule to see.
    await user.click(screen.getByRole('button', { name: auditLogCopy.tiers.standard }));
    expect(within(table).queryByText(auditLogCopy.flagged)).not.toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent(auditLogCopy.status.ruleNothing);

    // Turning the rule off removes the flags on premium too.
    await user.click(screen.getByRole('button', { name: auditLogCopy.tiers.premium }));
    expect(within(table).getAllByText(auditLogCopy.flagged)).toHaveLength(intruderRows.length);
    await user.click(rule);
    expect(rule).toHaveAttribute('aria-pressed', 'false');
    expect(within(table).queryByText(auditLogCopy.flagged)).not.toBeInTheDocument();
  });

  it('works from the keyboard', async () => {
    const user = userEvent.setup();
    const table = showLog();
    await user.tab();
    expect(screen.getByRole('button', { name: auditLogCopy.tiers.standard })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(bodyRows(table)).toHaveLength(standardRows.length);
    await user.tab();
    await user.keyboard(' ');
    expect(bodyRows(table)).toHaveLength(auditLogRows.length);
  });
});

describe('AuditLog without JavaScript', () => {
  const log = (
    <AuditLog
      copy={auditLogCopy}
      rows={auditLogRows}
      baseline={auditLogApps.baseline}
      watchedOperation={watchedOperation}
    />
  );

  it('server-renders the full table with both tiers named, and no dead buttons', () => {
    document.body.innerHTML = renderToString(log);
    const table = screen.getByRole('table');
    expect(bodyRows(table)).toHaveLength(auditLogRows.length);
    expect(within(table).getAllByRole('cell', { name: auditLogCopy.recordedIn.premium })).toHaveLength(
      auditLogRows.length - standardRows.length,
    );
    expect(within(table).getAllByRole('cell', { name: auditLogCopy.recordedIn.standard })).toHaveLength(
      standardRows.length,
    );
    expect(screen.getByText(auditLogCopy.noScript)).toBeInTheDocument();
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
  });

  it('hydrates the server markup without a mismatch, then shows the toggles', async () => {
    const container = document.createElement('div');
    container.innerHTML = renderToString(log);
    document.body.append(container);
    const { errors, unmount } = await hydrateOver(container, log);
    try {
      expect(errors).toEqual([]);
      expect(await screen.findByRole('button', { name: auditLogCopy.ruleButton })).toBeInTheDocument();
    } finally {
      unmount();
      container.remove();
    }
  });
});

describe('AuditLog in a graphic embed (compact)', () => {
  const headline = 'What defenders could see in their logs';
  const compactLog = (
    <>
      <h1 id={GRAPHIC_TITLE_ID}>{headline}</h1>
      <AuditLog
        copy={auditLogCopy}
        rows={auditLogRows}
        baseline={auditLogApps.baseline}
        watchedOperation={watchedOperation}
        compact
      />
    </>
  );
  const summary = () => screen.getByText(auditLogCopy.compact.aboutSummary, { selector: 'summary' });

  it('takes its name from the embed headline instead of repeating it in a heading of its own', () => {
    render(compactLog);
    expect(screen.getByRole('region', { name: headline })).toContainElement(screen.getByRole('table'));
    expect(screen.queryByRole('heading', { name: auditLogCopy.heading })).not.toBeInTheDocument();
  });

  it('keeps the reconstruction label in view and folds the note and intro behind a closed disclosure', async () => {
    const user = userEvent.setup();
    render(compactLog);
    expect(screen.getByText(auditLogCopy.reconstructionLabel)).toBeVisible();
    expect(summary()).toHaveTextContent(`${auditLogCopy.reconstructionLabel} ${auditLogCopy.compact.aboutSummary}`);
    expect(screen.getByText(auditLogCopy.reconstructionNote)).not.toBeVisible();
    expect(screen.getByText(auditLogCopy.intro)).not.toBeVisible();
    await user.click(summary());
    expect(screen.getByText(auditLogCopy.reconstructionNote)).toBeVisible();
    expect(screen.getByText(auditLogCopy.intro)).toBeVisible();
  });

  it('still shows every record and its toggles', async () => {
    const user = userEvent.setup();
    render(compactLog);
    const table = screen.getByRole('table');
    expect(bodyRows(table)).toHaveLength(auditLogRows.length);
    await user.click(screen.getByRole('button', { name: auditLogCopy.tiers.standard }));
    expect(bodyRows(table)).toHaveLength(standardRows.length);
  });

  it('server-renders the disclosure closed and hydrates without a mismatch', async () => {
    const container = document.createElement('div');
    container.innerHTML = renderToString(compactLog);
    document.body.append(container);
    expect(screen.getByText(auditLogCopy.intro)).not.toBeVisible();
    expect(screen.getByText(auditLogCopy.noScript)).toBeInTheDocument();
    const { errors, unmount } = await hydrateOver(container, compactLog);
    try {
      expect(errors).toEqual([]);
      expect(await screen.findByRole('button', { name: auditLogCopy.ruleButton })).toBeInTheDocument();
    } finally {
      unmount();
      container.remove();
    }
  });
});

describe('AuditLog on the site (not compact)', () => {
  it('has its own heading and shows the note and intro without a disclosure', () => {
    showLog();
    expect(screen.getByRole('region', { name: auditLogCopy.heading })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 3, name: auditLogCopy.heading })).toBeVisible();
    expect(screen.getByText(auditLogCopy.intro)).toBeVisible();
    expect(
      screen.getByText(
        (_, element) =>
          element?.tagName === 'P' &&
          element.textContent === `${auditLogCopy.reconstructionLabel} ${auditLogCopy.reconstructionNote}`,
      ),
    ).toBeVisible();
    expect(screen.queryByText(auditLogCopy.compact.aboutSummary)).not.toBeInTheDocument();
  });
});
