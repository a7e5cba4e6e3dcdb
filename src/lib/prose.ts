// Parser for the one inline format copy may use (see content/types.ts).
// It never produces HTML: components render the tokens as React elements.

export type ProseToken =
  | { readonly type: 'text'; readonly text: string }
  | { readonly type: 'em'; readonly text: string }
  | { readonly type: 'link'; readonly text: string; readonly href: string }
  | { readonly type: 'note'; readonly ref: string };

const TOKEN = /\[\[([a-z0-9-]+)\]\]|\[([^\]]+)\]\(([^)\s]+)\)|\*([^*]+)\*/g;

export function parseProse(text: string): ProseToken[] {
  const tokens: ProseToken[] = [];
  let last = 0;
  for (const match of text.matchAll(TOKEN)) {
    const index = match.index;
    if (index > last) tokens.push({ type: 'text', text: text.slice(last, index) });
    if (match[1] !== undefined) tokens.push({ type: 'note', ref: match[1] });
    else if (match[2] !== undefined && match[3] !== undefined) {
      tokens.push({ type: 'link', text: match[2], href: match[3] });
    } else if (match[4] !== undefined) tokens.push({ type: 'em', text: match[4] });
    last = index + match[0].length;
  }
  if (last < text.length) tokens.push({ type: 'text', text: text.slice(last) });
  return tokens;
}

/** Source ids cited in the text, in order, with repeats. */
export function noteRefs(text: string): string[] {
  return parseProse(text).flatMap((t) => (t.type === 'note' ? [t.ref] : []));
}

/**
 * What every `[[...]]` in the text names, well formed or not, for the
 * build's check: one the parser does not read as a note (`[[No such]]`)
 * would be printed as it is.
 */
export function noteMarkers(text: string): string[] {
  return [...text.matchAll(/\[\[(.*?)\]\]/gs)].map((match) => match[1]!);
}

/** Plain reading text, without note markers (for word counts and meta). */
export function plainText(text: string): string {
  return parseProse(text)
    .map((t) => (t.type === 'note' ? '' : t.text))
    .join('');
}

/**
 * Numbers notes in order of first citation: the first source cited is 1.
 * Repeated citations of a source share its number.
 */
export function numberNotes(texts: readonly string[]): Map<string, number> {
  const numbers = new Map<string, number>();
  for (const text of texts) {
    for (const ref of noteRefs(text)) {
      if (!numbers.has(ref)) numbers.set(ref, numbers.size + 1);
    }
  }
  return numbers;
}
