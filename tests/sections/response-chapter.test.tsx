import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { advisoryChecklistCopy } from '@/content/sections/advisory-checklist';
import { auditLogCopy } from '@/content/sections/audit-log';
import { corrections } from '@/content/corrections';
import { responseCopy } from '@/content/sections/response';
import { siteCopy } from '@/content/site';
import { timelineEvents } from '@/data/timeline-events';
import { formatCalendarDate } from '@/lib/calendar-date';
import { fillTemplate } from '@/lib/fill-template';
import { plainText } from '@/lib/prose';
import { renderWithRouter } from '../utils/render-with-router';

vi.setConfig({ testTimeout: 20_000 });

const texts = responseCopy.parts.flatMap((part) =>
  part.paragraphs.map((paragraph) => (typeof paragraph === 'string' ? paragraph : paragraph.text)),
);

// Length, notes and sources of every chapter's copy: tests/content/chapters-content.test.ts.
describe('response chapter copy', () => {
  it('covers the sequence from the alert to the Secure Future Initiative', () => {
    const story = texts.map(plainText).join(' ');
    for (const step of [
      'June 15',
      'June 16',
      'July 11',
      'AA23-193A',
      'White House',
      'July 19',
      'Cyber Safety Review Board',
      'April 2, 2024',
      'March 12, 2024',
      'Secure Future Initiative',
    ]) {
      expect(story, step).toContain(step);
    }
  });

  it('dates Microsoft’s containment steps as it did, and shows the Review Board’s June 24 as the dispute', () => {
    const steps = texts.find((text) => text.includes('June 26') && text.includes('June 29'));
    expect(steps).toBeDefined();
    for (const id of [
      '2023-06-26-overnight-hunt-finds-key-lost',
      '2023-06-27-microsoft-blocks-forged-tokens',
      '2023-06-29-microsoft-replaces-stolen-key',
    ]) {
      expect(steps).toContain(`(/timeline/${id}/)`);
      expect(timelineEvents.find((event) => event.id === id)?.certainty, id).toBe('confirmed');
    }
    const dispute = texts.find((text) => text.includes('(/timeline/2023-06-24-stolen-key-invalidated/)'));
    expect(dispute).toMatch(/disputed/);
    expect(dispute).toContain('(/timeline/2023-06-24-stolen-key-invalidated/)');
    expect(timelineEvents.find((event) => event.id === '2023-06-24-stolen-key-invalidated')?.certainty).toBe(
      'disputed',
    );
  });
});

describe('/response/', () => {
  it('renders the parts as h2s with the audit log and the checklist in place', async () => {
    await renderWithRouter('/response/');
    expect(screen.getByRole('heading', { level: 1, name: responseCopy.title })).toBeInTheDocument();
    for (const part of responseCopy.parts) {
      expect(screen.getByRole('heading', { level: 2, name: part.heading })).toBeInTheDocument();
    }
    const logPart = responseCopy.parts.find((part) => part.interactive === 'audit-log')!;
    const logSection = screen.getByRole('region', { name: logPart.heading });
    expect(within(logSection).getByRole('heading', { level: 3, name: auditLogCopy.heading })).toBeInTheDocument();
    expect(within(logSection).getByRole('table')).toBeInTheDocument();
    const checklistPart = responseCopy.parts.find((part) => part.interactive === 'advisory-checklist')!;
    const checklistSection = screen.getByRole('region', { name: checklistPart.heading });
    expect(within(checklistSection).getByRole('list', { name: advisoryChecklistCopy.listLabel })).toBeInTheDocument();
  });

  it('links the containment dates to their timeline events', async () => {
    await renderWithRouter('/response/');
    for (const [date, event] of [
      ['June 24', '2023-06-24-stolen-key-invalidated'],
      ['June 26', '2023-06-26-overnight-hunt-finds-key-lost'],
      ['June 27', '2023-06-27-microsoft-blocks-forged-tokens'],
      ['June 29', '2023-06-29-microsoft-replaces-stolen-key'],
    ]) {
      expect(screen.getByRole('link', { name: date })).toHaveAttribute('href', `/timeline/${event}/`);
    }
  });

  it('notes each correction beside the passage it changed', async () => {
    await renderWithRouter('/response/');
    const part = responseCopy.parts.find((candidate) =>
      (candidate.correctionIds as readonly string[] | undefined)?.includes('containment-dates'),
    )!;
    const section = screen.getByRole('region', { name: part.heading });
    // Named by its passage: a chapter can hold several, and a screen reader lists each by name.
    const notes = within(section).getByRole('complementary', {
      name: fillTemplate(siteCopy.corrections.heading, { passage: part.heading }),
    });
    const entry = corrections.find((candidate) => candidate.id === 'containment-dates')!;
    expect(notes).toHaveTextContent(
      `${siteCopy.corrections.correction}, ${formatCalendarDate(entry.date)}: ${entry.text}`,
    );
  });
});
