import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { findGraphic } from '@/content/graphics';
import { attackStepperCopy as copy, attackSteps } from '@/content/sections/attack-steps';
import { findEventById } from '@/data/selectors';
import { timelineEvents } from '@/data/timeline-events';
import { hydrateAt, renderWithRouter, serverMarkup } from '../utils/render-with-router';

const total = attackSteps.length;
const step = (n: number) => attackSteps[n - 1]!;

function stepper() {
  return screen.getByRole('region', { name: copy.heading });
}

/** The only step heading a reader can see (one role query, then plain checks: the page is big). */
function expectShowing(n: number) {
  expectShowingIn(stepper(), n);
}

/** Step titles are h4 in the chapter (under its h2 and h3) and h2 in the graphic embed (under its h1). */
function expectShowingIn(region: HTMLElement, n: number, level = 4) {
  const headings = within(region).getAllByRole('heading', { level, hidden: true });
  expect(headings.map((heading) => heading.textContent)).toEqual(attackSteps.map((item) => item.title));
  headings.forEach((heading, index) => {
    if (index + 1 === n) expect(heading).toBeVisible();
    else expect(heading).not.toBeVisible();
  });
}

const searchStep = (router: Awaited<ReturnType<typeof renderWithRouter>>['router']) =>
  (router.state.location.search as { step?: number }).step;

// Whole-route renders of a long chapter: give slow, shared machines room.
describe('the attack stepper', { timeout: 20_000 }, () => {
  it('has at least six steps', () => {
    expect(total).toBeGreaterThanOrEqual(6);
  });

  it('starts at step 1 and Next and Previous move through the steps, keeping the step in the URL', async () => {
    const user = userEvent.setup();
    const { router } = await renderWithRouter('/what/');
    expectShowing(1);
    await user.click(screen.getByRole('button', { name: copy.next }));
    expectShowing(2);
    expect(searchStep(router)).toBe(2);
    await user.click(screen.getByRole('button', { name: copy.next }));
    expectShowing(3);
    expect(searchStep(router)).toBe(3);
    await user.click(screen.getByRole('button', { name: copy.previous }));
    expectShowing(2);
    expect(searchStep(router)).toBe(2);
  });

  it('marks the ends: Previous does nothing on the first step, Next nothing on the last', async () => {
    const user = userEvent.setup();
    const { router } = await renderWithRouter(`/what/?step=${total}`);
    const next = screen.getByRole('button', { name: copy.next });
    expect(next).toHaveAttribute('aria-disabled', 'true');
    await user.click(next);
    expectShowing(total);
    await user.click(
      within(screen.getByRole('navigation', { name: copy.stepListLabel })).getByRole('button', {
        name: new RegExp(step(1).short),
      }),
    );
    const previous = screen.getByRole('button', { name: copy.previous });
    expect(previous).toHaveAttribute('aria-disabled', 'true');
    await user.click(previous);
    expectShowing(1);
    expect(searchStep(router)).toBe(1);
  });

  it('moves with the arrow keys, Home and End while focus is in the stepper', async () => {
    const user = userEvent.setup();
    const { router } = await renderWithRouter('/what/');
    screen.getByRole('button', { name: copy.next }).focus();
    await user.keyboard('{ArrowRight}');
    expectShowing(2);
    await user.keyboard('{ArrowRight}');
    expect(searchStep(router)).toBe(3);
    await user.keyboard('{ArrowLeft}');
    expectShowing(2);
    await user.keyboard('{End}');
    expectShowing(total);
    expect(searchStep(router)).toBe(total);
    await user.keyboard('{Home}');
    expectShowing(1);
    expect(searchStep(router)).toBe(1);
  });

  it('ignores the arrow keys when focus is elsewhere on the page', async () => {
    const user = userEvent.setup();
    const { router } = await renderWithRouter('/what/');
    screen.getByRole('heading', { level: 1 }).focus();
    await user.keyboard('{ArrowRight}{End}');
    expectShowing(1);
    expect(searchStep(router)).toBeUndefined();
  });

  it('jumps from the step list, marks the current step and keeps focus on it with the arrow keys', async () => {
    const user = userEvent.setup();
    const { router } = await renderWithRouter('/what/');
    const list = screen.getByRole('navigation', { name: copy.stepListLabel });
    const buttons = within(list).getAllByRole('button');
    expect(buttons).toHaveLength(total);
    expect(buttons[0]).toHaveAttribute('aria-current', 'step');
    await user.click(buttons[4]!);
    expectShowing(5);
    expect(searchStep(router)).toBe(5);
    expect(buttons[4]).toHaveAttribute('aria-current', 'step');
    expect(buttons[0]).not.toHaveAttribute('aria-current');
    await user.keyboard('{ArrowRight}');
    expectShowing(6);
    expect(buttons[5]).toHaveFocus();
  });

  it('announces the new step to screen readers', async () => {
    const user = userEvent.setup();
    await renderWithRouter('/what/');
    const status = within(stepper()).getByRole('status');
    expect(status).toHaveTextContent('');
    await user.click(screen.getByRole('button', { name: copy.next }));
    expect(status).toHaveTextContent(step(2).title);
  });

  it('opens at the step a shared link names', async () => {
    await renderWithRouter('/what/?step=4');
    expectShowing(4);
    const list = screen.getByRole('navigation', { name: copy.stepListLabel });
    expect(within(list).getAllByRole('button')[3]).toHaveAttribute('aria-current', 'step');
  });

  it.each(['abc', '0', '99', '2.5', '-1', ''])('falls back to step 1 for ?step=%s', async (value) => {
    await renderWithRouter(`/what/?step=${value}`);
    expectShowing(1);
  });

  it('replaces the history entry instead of adding one per step', async () => {
    const user = userEvent.setup();
    const { router } = await renderWithRouter('/what/');
    const before = router.history.length;
    await user.click(screen.getByRole('button', { name: copy.next }));
    await user.click(screen.getByRole('button', { name: copy.next }));
    expect(router.history.length).toBe(before);
  });

  it('links every step to its timeline event and lists its sources', async () => {
    const user = userEvent.setup();
    await renderWithRouter('/what/');
    const buttons = within(screen.getByRole('navigation', { name: copy.stepListLabel })).getAllByRole('button');
    for (const [index, item] of attackSteps.entries()) {
      await user.click(buttons[index]!);
      const panel = within(stepper()).getByRole('listitem', { name: item.title });
      const event = findEventById(timelineEvents, item.eventIds[0]!)!;
      expect(within(panel).getByRole('link', { name: event.title })).toHaveAttribute('href', `/timeline/${event.id}/`);
      expect(within(panel).getByText(copy.sources)).toBeInTheDocument();
      expect(within(panel).getByRole('img', { name: item.diagramAlt })).toBeInTheDocument();
    }
  });
});

describe('the attack stepper without JavaScript', { timeout: 20_000 }, () => {
  it('server-renders every step in order, with no controls', async () => {
    const markup = await serverMarkup('/what/?step=3');
    const positions = attackSteps.map((item) => markup.indexOf(`>${item.title}<`));
    expect(positions.every((position) => position > 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(markup).not.toContain(copy.next);
    expect(markup).not.toMatch(/<li[^>]*hidden/);
    expect(markup).toContain(copy.allStepsIntro);
  });

  it('hydrates without a mismatch, then shows only the step in the URL', async () => {
    const container = document.createElement('div');
    container.innerHTML = await serverMarkup('/what/?step=3');
    document.body.append(container);
    const { errors, unmount } = await hydrateAt('/what/?step=3', container);
    expect(errors).toEqual([]);
    expectShowing(3);
    expect(screen.getByRole('button', { name: copy.next })).toBeInTheDocument();
    unmount();
    container.remove();
  });
});

describe('the attack stepper in its graphic embed (compact)', { timeout: 20_000 }, () => {
  const url = '/embed/graphics/attack-stepper/';
  const title = findGraphic('attack-stepper').title;
  const compactStepper = () => screen.getByRole('region', { name: title });
  const panel = (n: number) => within(compactStepper()).getByRole('listitem', { name: step(n).title });

  it('takes its name from the embed headline instead of a heading of its own', async () => {
    await renderWithRouter(url);
    expect(compactStepper()).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: copy.heading })).not.toBeInTheDocument();
    expectShowingIn(compactStepper(), 1, 2);
  });

  it('folds the instructions into a closed disclosure that opens to them', async () => {
    const user = userEvent.setup();
    await renderWithRouter(url);
    const instructions = within(compactStepper()).getByText(copy.instructions);
    expect(instructions).not.toBeVisible();
    await user.click(within(compactStepper()).getByText(copy.compact.instructions));
    expect(instructions).toBeVisible();
  });

  it('shows a step’s first paragraph and folds the rest, its sources and timeline links, keeping the fold open from step to step', async () => {
    const user = userEvent.setup();
    await renderWithRouter(url);
    const first = panel(1);
    const [lead, ...rest] = step(1).body;
    expect(within(first).getByText(lead!)).toBeVisible();
    const event = findEventById(timelineEvents, step(1).eventIds[0]!)!;
    const folded = [
      ...rest.map((paragraph) => within(first).getByText(paragraph)),
      within(first).getByText(copy.sources),
      within(first).getByRole('link', { name: event.title }),
    ];
    expect(rest.length).toBeGreaterThan(0);
    for (const element of folded) expect(element).not.toBeVisible();
    await user.click(within(first).getByText(copy.compact.more));
    for (const element of folded) expect(element).toBeVisible();
    await user.click(screen.getByRole('button', { name: copy.next }));
    expectShowingIn(compactStepper(), 2, 2);
    expect(within(panel(2)).getByText(step(2).body[1]!)).toBeVisible();
    expect(within(panel(2)).getByText(copy.sources)).toBeVisible();
  });

  it('still steps with the step list and the arrow keys', async () => {
    const user = userEvent.setup();
    const { router } = await renderWithRouter(url);
    const buttons = within(screen.getByRole('navigation', { name: copy.stepListLabel })).getAllByRole('button');
    expect(buttons).toHaveLength(total);
    await user.click(buttons[4]!);
    expectShowingIn(compactStepper(), 5, 2);
    await user.keyboard('{ArrowRight}');
    expectShowingIn(compactStepper(), 6, 2);
    expect(buttons[5]).toHaveFocus();
    expect(searchStep(router)).toBe(6);
  });

  it('on /what/ keeps every paragraph, the sources and the instructions in view, with nothing folded', async () => {
    await renderWithRouter('/what/');
    const first = within(stepper()).getByRole('listitem', { name: step(1).title });
    for (const paragraph of step(1).body) expect(within(first).getByText(paragraph)).toBeVisible();
    expect(within(first).getByText(copy.sources)).toBeVisible();
    expect(within(stepper()).getByText(copy.instructions)).toBeVisible();
    expect(within(stepper()).queryByText(copy.compact.more)).not.toBeInTheDocument();
    expect(within(stepper()).queryByText(copy.compact.instructions)).not.toBeInTheDocument();
  });

  it('server-renders every step with its folds, and hydrates without a mismatch', async () => {
    const markup = await serverMarkup(url);
    expect(markup).toContain(copy.allStepsIntro);
    expect(markup.split(`<summary>${copy.compact.more}</summary>`)).toHaveLength(total + 1);
    expect(markup).not.toMatch(/<details[^>]*open/);
    const container = document.createElement('div');
    container.innerHTML = markup;
    document.body.append(container);
    const { errors, unmount } = await hydrateAt(url, container);
    expect(errors).toEqual([]);
    expectShowingIn(compactStepper(), 1, 2);
    unmount();
    container.remove();
  });
});
