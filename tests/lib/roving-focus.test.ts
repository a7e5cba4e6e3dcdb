import { describe, expect, it } from 'vitest';
import { rovingIndex } from '../../src/lib/roving-focus';

describe('rovingIndex', () => {
  it('moves one item left or right, and to either end with Home and End', () => {
    expect(rovingIndex('ArrowRight', 2, 5)).toBe(3);
    expect(rovingIndex('ArrowLeft', 2, 5)).toBe(1);
    expect(rovingIndex('Home', 3, 5)).toBe(0);
    expect(rovingIndex('End', 1, 5)).toBe(4);
  });

  it('stays within the group at its ends', () => {
    expect(rovingIndex('ArrowLeft', 0, 5)).toBe(0);
    expect(rovingIndex('ArrowRight', 4, 5)).toBe(4);
  });

  it('moves with up and down only in a vertical group, and ignores every other key', () => {
    expect(rovingIndex('ArrowDown', 1, 5)).toBeNull();
    expect(rovingIndex('ArrowDown', 1, 5, { vertical: true })).toBe(2);
    expect(rovingIndex('ArrowUp', 1, 5, { vertical: true })).toBe(0);
    expect(rovingIndex('Enter', 1, 5, { vertical: true })).toBeNull();
    expect(rovingIndex('a', 1, 5)).toBeNull();
  });

  it('moves nowhere in an empty group', () => {
    expect(rovingIndex('Home', 0, 0)).toBeNull();
    expect(rovingIndex('ArrowRight', 0, 0)).toBeNull();
  });
});
