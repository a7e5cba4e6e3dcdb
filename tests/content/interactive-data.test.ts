// Invariants of the records behind the who and what interactives: every
// id resolves, every date is a calendar date, nothing claims a source it
// does not have.
import { describe, expect, it } from 'vitest';
import { attackStepperCopy, attackSteps } from '@/content/sections/attack-steps';
import { figuresThatDisagree, organizationCounts } from '@/data/figures-that-disagree';
import { keyFigures } from '@/data/key-figures';
import { sources } from '@/data/sources';
import { timelineEvents } from '@/data/timeline-events';
import { victims } from '@/data/victims';
import { parseCalendarDate } from '@/lib/calendar-date';

const sourceIds = new Set<string>(sources.map((source) => source.id));
const eventIds = new Set<string>(timelineEvents.map((event) => event.id));
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

function unique(ids: readonly string[]) {
  expect(new Set(ids).size).toBe(ids.length);
  for (const id of ids) expect(id).toMatch(SLUG);
}

describe('attack steps', () => {
  it('has at least six steps with unique slugs', () => {
    expect(attackSteps.length).toBeGreaterThanOrEqual(6);
    unique(attackSteps.map((step) => step.id));
  });

  it.each(attackSteps.map((step) => [step.id, step] as const))(
    '%s cites known sources and timeline events',
    (_id, step) => {
      expect(step.sourceIds.length).toBeGreaterThan(0);
      for (const id of step.sourceIds) expect(sourceIds, id).toContain(id);
      expect(step.eventIds.length).toBeGreaterThan(0);
      for (const id of step.eventIds) expect(eventIds, id).toContain(id);
      expect(step.body.length).toBeGreaterThan(0);
      expect(step.diagramAlt.trim()).not.toBe('');
      expect(Object.keys(attackStepperCopy.nodes)).toContain(step.focus);
    },
  );
});

describe('victims', () => {
  it('have unique slugs and known kinds', () => {
    unique(victims.map((victim) => victim.id));
    for (const victim of victims) expect(['agency', 'official', 'lawmaker', 'other']).toContain(victim.kind);
  });

  it.each(victims.map((victim) => [victim.id, victim] as const))(
    '%s is dated and sourced, or says why not',
    (_id, victim) => {
      expect(parseCalendarDate(victim.publicDate)).not.toBeNull();
      for (const id of victim.sourceIds) expect(sourceIds, id).toContain(id);
      if (victim.certainty === 'unconfirmed') {
        expect(victim.sourceNote?.trim()).toBeTruthy();
      } else {
        expect(victim.sourceIds.length).toBeGreaterThan(0);
      }
      if ('eventId' in victim) expect(eventIds).toContain(victim.eventId);
    },
  );

  it('include the agencies and officials the reporting names', () => {
    const names = victims.map((victim) => victim.name).join(' | ');
    for (const name of ['State Department', 'Commerce Department', 'Raimondo', 'Burns', 'Kritenbrink', 'Bacon']) {
      expect(names).toContain(name);
    }
  });
});

describe('figures that disagree', () => {
  it('are sourced and dated, with at least two claims for a disputed measure', () => {
    unique(figuresThatDisagree.map((claim) => claim.id));
    for (const claim of figuresThatDisagree) {
      expect(parseCalendarDate(claim.date)).not.toBeNull();
      expect(claim.sourceIds.length).toBeGreaterThan(0);
      for (const id of claim.sourceIds) expect(sourceIds, id).toContain(id);
    }
    const perMeasure = new Map<string, number>();
    for (const claim of figuresThatDisagree) perMeasure.set(claim.measure, (perMeasure.get(claim.measure) ?? 0) + 1);
    expect([...perMeasure.values()].some((count) => count >= 2)).toBe(true);
  });

  it('draw the cover art from the same two organization counts', () => {
    const values = figuresThatDisagree
      .filter((claim) => claim.id.startsWith('organizations-'))
      .map((claim) => claim.value);
    expect(values.some((value) => value.includes(String(organizationCounts.microsoft)))).toBe(true);
    expect(values.some((value) => value.includes(String(organizationCounts.csrb)))).toBe(true);
    expect(keyFigures.find((figure) => figure.id === 'organizations-affected')?.value).toContain(
      String(organizationCounts.csrb),
    );
  });
});
