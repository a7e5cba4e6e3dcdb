import type { Paragraph } from './types';

/** A paragraph's prose, whether or not it is marked as stating no fact. */
export function paragraphText(paragraph: Paragraph): string {
  return typeof paragraph === 'string' ? paragraph : paragraph.text;
}
