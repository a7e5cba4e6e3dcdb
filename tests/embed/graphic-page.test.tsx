import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { embedCopy } from '@/content/embed';
import { findGraphic } from '@/content/graphics';
import { timelineCopy } from '@/content/sections/timeline';
import { siteCopy } from '@/content/site';
import { sources } from '@/data/sources';
import { timelineEvents } from '@/data/timeline-events';
import { victims } from '@/data/victims';
import { fillTemplate } from '@/lib/fill-template';
import { renderWithRouter } from '../utils/render-with-router';

describe('a graphic embed', () => {
  it('shows its headline, the interactive, a source line of the publishers it cites and the way to its chapter', async () => {
    await renderWithRouter('/embed/graphics/victims-grid/');
    const graphic = findGraphic('victims-grid');
    expect(await screen.findByRole('heading', { level: 1, name: graphic.title })).toBeInTheDocument();
    const footer = screen.getByRole('contentinfo');
    const cited = new Set<string>(victims.flatMap((victim) => victim.sourceIds));
    const publishers = [...new Set(sources.filter((source) => cited.has(source.id)).map((source) => source.publisher))];
    expect(publishers.length).toBeGreaterThan(1);
    for (const publisher of publishers) expect(footer).toHaveTextContent(publisher);
    expect(within(footer).getByRole('link', { name: embedCopy.readFull })).toHaveAttribute('href', '/who/');
    // Only the graphic: none of the chapter's prose headings.
    expect(screen.queryByRole('heading', { level: 2, name: 'The mailboxes it chose' })).not.toBeInTheDocument();
  });

  it('uses its own source line where its records cite none', async () => {
    await renderWithRouter('/embed/graphics/audit-log/');
    const graphic = findGraphic('audit-log');
    expect(await screen.findByRole('heading', { level: 1, name: graphic.title })).toBeInTheDocument();
    expect(screen.getByRole('contentinfo')).toHaveTextContent(graphic.source!);
  });

  it('an unknown graphic is the not-found page', async () => {
    await renderWithRouter('/embed/graphics/no-such-graphic/');
    expect(await screen.findByRole('heading', { level: 1, name: siteCopy.notFound.title })).toBeInTheDocument();
  });

  it('the timeline graphic folds its list away and links each event inside the graphic', async () => {
    const user = userEvent.setup();
    await renderWithRouter('/embed/graphics/timeline/');
    expect(await screen.findByRole('heading', { level: 1, name: findGraphic('timeline').title })).toBeInTheDocument();
    const listHeading = screen.getByRole('heading', { level: 2, name: timelineCopy.listHeading, hidden: true });
    expect(listHeading).not.toBeVisible();
    await user.click(screen.getByText(fillTemplate(timelineCopy.graphic.allEvents, { count: timelineEvents.length })));
    expect(listHeading).toBeVisible();
    const first = timelineEvents[0]!;
    const links = screen.getAllByRole('link', { name: first.title });
    expect(links.map((link) => link.getAttribute('href'))).toContain(`/embed/graphics/timeline/${first.id}/`);
  });
});
