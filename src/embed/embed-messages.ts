// The messages an embed page exchanges with the page that frames it.
// Three dialects, because newsrooms already run hosts that speak them:
// - NPR pym.js 1.x strings: `pymxPYMx<childId>xPYMx<type>xPYMx<message>`;
// - AMP's `{ sentinel: 'amp', type: 'embed-size', height }`;
// - the project's own objects, read by the host script (standalone/embed.ts,
//   built to /embed.js from these same definitions).
// Every parser takes `unknown` and returns null for anything it does not
// recognise: a message can come from any window, with any payload.

const PYM_DELIMITER = 'xPYMx';
/** Longest message worth parsing; anything longer is not ours. */
const MAX_MESSAGE_LENGTH = 2000;
/** Taller than any embed will be; bigger numbers are noise or hostile. */
export const MAX_EMBED_HEIGHT = 100_000;

export const EMBED_SENTINEL = 'storm-0558-embed';

/** Attribute on the snippet's iframe (or placeholder link) that the host script looks for. */
export const EMBED_ATTRIBUTE = 'data-storm-embed';

/** The iframe's height before the embed reports its own; a guess, corrected on load. */
export const INITIAL_EMBED_HEIGHT = 800;

/** Embed → host: the embed's content height in CSS pixels. */
export type EmbedHeightMessage = {
  readonly sentinel: typeof EMBED_SENTINEL;
  readonly type: 'height';
  /** The id the host gave in its `hello`, or pym's childId, or ''. */
  readonly id: string;
  readonly height: number;
};

/** Host → embed: "I am listening; tell me your height" (embed.js sends it once the frame has loaded). */
export type EmbedHelloMessage = {
  readonly sentinel: typeof EMBED_SENTINEL;
  readonly type: 'hello';
  readonly id: string;
};

export type AmpEmbedSizeMessage = {
  readonly sentinel: 'amp';
  readonly type: 'embed-size';
  readonly height: number;
};

export type PymMessage = { readonly type: string; readonly message: string };

/** A usable id: short, printable, and unable to break the pym delimiter. */
export function isValidEmbedId(value: unknown): value is string {
  return typeof value === 'string' && value.length <= 200 && !value.includes(PYM_DELIMITER) && /^[\w.:-]*$/.test(value);
}

/** A height or width in whole CSS pixels (number or digit string), or null when it is not a sane size. */
export function toPixels(value: unknown): number | null {
  const number = typeof value === 'string' && /^\d{1,6}$/.test(value.trim()) ? Number(value) : value;
  if (typeof number !== 'number' || !Number.isFinite(number) || number < 0) return null;
  const height = Math.ceil(number);
  return height <= MAX_EMBED_HEIGHT ? height : null;
}

export function encodePymMessage(childId: string, type: string, message: string): string {
  return ['pym', childId, type, message].join(PYM_DELIMITER);
}

/**
 * Reads a pym.js message meant for `childId`. Like pym's own
 * `^pymxPYMx<id>xPYMx(\S+)xPYMx(.*)$`, but without building a RegExp from
 * the id (an id is data, not a pattern).
 */
export function parsePymMessage(data: unknown, childId: string): PymMessage | null {
  if (typeof data !== 'string' || data.length > MAX_MESSAGE_LENGTH || !childId) return null;
  const prefix = `pym${PYM_DELIMITER}${childId}${PYM_DELIMITER}`;
  if (!data.startsWith(prefix)) return null;
  const rest = data.slice(prefix.length);
  const split = rest.indexOf(PYM_DELIMITER);
  if (split < 1) return null;
  const type = rest.slice(0, split);
  const message = rest.slice(split + PYM_DELIMITER.length);
  if (/\s/.test(type) || /[\r\n]/.test(message)) return null;
  return { type, message };
}

export function ampSizeMessage(height: number): AmpEmbedSizeMessage {
  return { sentinel: 'amp', type: 'embed-size', height };
}

export function heightMessage(id: string, height: number): EmbedHeightMessage {
  return { sentinel: EMBED_SENTINEL, type: 'height', id, height };
}

export function helloMessage(id: string): EmbedHelloMessage {
  return { sentinel: EMBED_SENTINEL, type: 'hello', id };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** What the embed accepts from its host: our `hello`, or null. */
export function parseHelloMessage(data: unknown): EmbedHelloMessage | null {
  if (!isRecord(data) || data.sentinel !== EMBED_SENTINEL || data.type !== 'hello') return null;
  return isValidEmbedId(data.id) ? helloMessage(data.id) : null;
}

/** What embed.js accepts from an embed: our `height`, or null. */
export function parseHeightMessage(data: unknown): EmbedHeightMessage | null {
  if (!isRecord(data) || data.sentinel !== EMBED_SENTINEL || data.type !== 'height') return null;
  const height = typeof data.height === 'number' ? toPixels(data.height) : null;
  if (height === null || !isValidEmbedId(data.id)) return null;
  return heightMessage(data.id, height);
}
