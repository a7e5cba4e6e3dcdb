// The build's check on the real copy, with bad records mocked into the
// copy modules themselves, so they reach the validator the way the build
// reads them (storyData()): each message names the record and its file.
import { describe, expect, it, vi } from 'vitest';
import type * as WhoModule from '@/content/sections/who';
import type * as OutlineModule from '@/content/chapter-outline';
import type * as AttackStepsModule from '@/content/sections/attack-steps';
import type * as ChecklistModule from '@/content/sections/advisory-checklist';
import type * as SourcesModule from '@/content/sections/sources';
import { advisoryChecklistItems } from '@/content/sections/advisory-checklist';
import { attackSteps } from '@/content/sections/attack-steps';
import { whoCopy } from '@/content/sections/who';
import { validateStoryData } from '@/data/validate';
import { storyData } from '@/story-data';

vi.mock('@/content/sections/who', async (importOriginal) => {
  const { whoCopy } = await importOriginal<typeof WhoModule>();
  const parts = whoCopy.parts.map((part, index) => ({
    ...part,
    heading: index === 2 ? ' ' : part.heading,
    paragraphs: part.paragraphs.map((paragraph, i) => {
      if (i > 0 || index > 1 || typeof paragraph !== 'string') return paragraph;
      return index === 0 ? `${paragraph}[[no-such-source]]` : `${paragraph}[[No such source]]`;
    }),
  }));
  return { whoCopy: { ...whoCopy, parts } };
});

vi.mock('@/content/chapter-outline', async (importOriginal) => {
  const original = await importOriginal<typeof OutlineModule>();
  const whoOutline = { ...original.whoOutline, navLabel: '' };
  return { ...original, whoOutline, chapterOutline: [whoOutline, ...original.chapterOutline.slice(1)] };
});

vi.mock('@/content/sections/attack-steps', async (importOriginal) => {
  const original = await importOriginal<typeof AttackStepsModule>();
  const [first, ...rest] = original.attackSteps;
  return { ...original, attackSteps: [{ ...first, short: ' ', title: '' }, ...rest] };
});

vi.mock('@/content/sections/advisory-checklist', async (importOriginal) => {
  const original = await importOriginal<typeof ChecklistModule>();
  const [first, ...rest] = original.advisoryChecklistItems;
  return { ...original, advisoryChecklistItems: [{ ...first, text: '' }, ...rest] };
});

vi.mock('@/content/sections/sources', async (importOriginal) => {
  const { sourcesCopy } = await importOriginal<typeof SourcesModule>();
  const data = {
    ...sourcesCopy.data,
    intro: `${sourcesCopy.data.intro}[[no-such-source]]`,
    fieldsIntro: `${sourcesCopy.data.fieldsIntro}[[csrb-2024-04-02-review]]`,
  };
  return { sourcesCopy: { ...sourcesCopy, data } };
});

const errors = validateStoryData(storyData());
const who = 'src/content/sections/who.ts: Chapter "who"';
const shownAsText = 'notes ([[source-id]]) work only in chapter paragraphs; here they would be printed as they are';

describe('the build check on the copy', () => {
  it('names a chapter paragraph citing an unknown source', () => {
    expect(errors).toContain(`${who}, "${whoCopy.parts[0]!.heading}", paragraph 1: unknown source "no-such-source"`);
  });

  it('names a note marker the prose would print as text', () => {
    expect(errors).toContain(`${who}, "${whoCopy.parts[1]!.heading}", paragraph 1: unknown source "No such source"`);
  });

  it('names a blank part heading', () => {
    expect(errors).toContain(`${who}, part 3: missing heading`);
  });

  it('names a blank navigation label in the chapter outline', () => {
    expect(errors).toContain('src/content/chapter-outline.ts: Chapter "who": missing navLabel');
  });

  it('names an attack step with a blank step-list label or title', () => {
    const name = `src/content/sections/attack-steps.ts: Attack step "${attackSteps[0]!.id}"`;
    expect(errors).toContain(`${name}: missing short`);
    expect(errors).toContain(`${name}: missing title`);
  });

  it('names a checklist item with no text to label its checkbox', () => {
    expect(errors).toContain(
      `src/content/sections/advisory-checklist.ts: Checklist item "${advisoryChecklistItems[0]!.id}": missing text`,
    );
  });

  it('checks [[notes]] in any other copy: unknown sources, and that they would show as text', () => {
    const file = 'src/content/sections/sources.ts';
    expect(errors).toContain(`${file}: Copy "sourcesCopy.data.intro": unknown source "no-such-source"`);
    expect(errors).toContain(`${file}: Copy "sourcesCopy.data.intro": ${shownAsText}`);
    expect(errors).toContain(`${file}: Copy "sourcesCopy.data.fieldsIntro": ${shownAsText}`);
  });

  it('reports nothing else', () => {
    expect(errors).toHaveLength(10);
  });
});
