// Reads every chapter's copy, including chapters other desks are still
// writing: a factual paragraph needs a note, every note a known source, and
// every chapter enough story and enough distinct sources.
import { describe, expect, it } from 'vitest';
import { chapters } from '@/content/chapters';
import { paragraphText as text } from '@/content/paragraph';
import type { Paragraph } from '@/content/types';
import { sources } from '@/data/sources';
import { noteRefs, plainText } from '@/lib/prose';

const MIN_WORDS = 450;
const MIN_SOURCES = 4;
const sourceIds = new Set<string>(sources.map((source) => source.id));

const isFactual = (paragraph: Paragraph) => typeof paragraph === 'string';
const wordCount = (value: string) => value.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;

describe.each(chapters.map((chapter) => [chapter.id, chapter] as const))('chapter %s', (_id, chapter) => {
  const paragraphs = chapter.parts.flatMap((part) =>
    part.paragraphs.map((paragraph, index) => ({ part: part.heading, index, paragraph })),
  );

  it('gives every factual paragraph at least one note', () => {
    const missing = paragraphs
      .filter(({ paragraph }) => isFactual(paragraph) && noteRefs(text(paragraph)).length === 0)
      .map(({ part, index }) => `"${part}", paragraph ${index + 1}`);
    expect(missing).toEqual([]);
  });

  it('cites only sources listed in data/sources.ts', () => {
    const unknown = paragraphs.flatMap(({ paragraph }) =>
      noteRefs(text(paragraph)).filter((ref) => !sourceIds.has(ref)),
    );
    expect(unknown).toEqual([]);
  });

  it(`has at least ${MIN_WORDS} words of prose`, () => {
    const words = paragraphs.reduce((sum, { paragraph }) => sum + wordCount(plainText(text(paragraph))), 0);
    expect(words).toBeGreaterThanOrEqual(MIN_WORDS);
  });

  it(`cites at least ${MIN_SOURCES} distinct sources`, () => {
    const cited = new Set(paragraphs.flatMap(({ paragraph }) => noteRefs(text(paragraph))));
    expect(cited.size).toBeGreaterThanOrEqual(MIN_SOURCES);
  });

  it('has parts with headings', () => {
    expect(chapter.parts.length).toBeGreaterThan(0);
    for (const part of chapter.parts) expect(part.heading.trim()).not.toBe('');
  });
});
