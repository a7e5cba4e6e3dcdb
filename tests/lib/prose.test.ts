import { describe, expect, it } from 'vitest';
import { noteRefs, numberNotes, parseProse, plainText } from '@/lib/prose';

describe('parseProse', () => {
  it('splits notes, links and emphasis from text', () => {
    expect(parseProse('A *key* was lost.[[ms-1]] See [the timeline](/timeline/).')).toEqual([
      { type: 'text', text: 'A ' },
      { type: 'em', text: 'key' },
      { type: 'text', text: ' was lost.' },
      { type: 'note', ref: 'ms-1' },
      { type: 'text', text: ' See ' },
      { type: 'link', text: 'the timeline', href: '/timeline/' },
      { type: 'text', text: '.' },
    ]);
  });

  it('leaves markup-like text as text, never HTML', () => {
    expect(parseProse('<img src=x onerror=alert(1)>')).toEqual([
      { type: 'text', text: '<img src=x onerror=alert(1)>' },
    ]);
  });
});

describe('numberNotes', () => {
  it('numbers sources by first citation and reuses numbers', () => {
    const numbers = numberNotes(['One.[[b]] Two.[[a]]', 'Three.[[b]][[c]]']);
    expect([...numbers]).toEqual([
      ['b', 1],
      ['a', 2],
      ['c', 3],
    ]);
  });

  it('lists refs and plain text', () => {
    expect(noteRefs('x[[a]] y[[a]]')).toEqual(['a', 'a']);
    expect(plainText('x[[a]] *y*')).toBe('x y');
  });
});
