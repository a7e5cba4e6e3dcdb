import { describe, expect, it } from 'vitest';
import {
  ampSizeMessage,
  EMBED_SENTINEL,
  encodePymMessage,
  heightMessage,
  helloMessage,
  isValidEmbedId,
  MAX_EMBED_HEIGHT,
  parseHeightMessage,
  parseHelloMessage,
  parsePymMessage,
  toPixels,
} from '@/embed/embed-messages';

describe('pym.js messages', () => {
  it('encodes a height the way pym.Parent expects it', () => {
    expect(encodePymMessage('storm', 'height', '812')).toBe('pymxPYMxstormxPYMxheightxPYMx812');
  });

  it('matches pym.js’s own parent regex', () => {
    // The pattern pym.Parent 1.3.2 builds for its container id.
    const pymPattern = /^pymxPYMxstorm-1xPYMx(\S+)xPYMx(.*)$/;
    const match = pymPattern.exec(encodePymMessage('storm-1', 'height', '640'));
    expect(match?.slice(1)).toEqual(['height', '640']);
  });

  it('reads the width message pym.Parent sends to its child', () => {
    expect(parsePymMessage('pymxPYMxstormxPYMxwidthxPYMx984', 'storm')).toEqual({ type: 'width', message: '984' });
    expect(parsePymMessage(encodePymMessage('storm', 'width', ''), 'storm')).toEqual({ type: 'width', message: '' });
  });

  it('round-trips what it encodes', () => {
    const data = encodePymMessage('a.b:c_d-1', 'navigateTo', 'https://example.org/x?y=1');
    expect(parsePymMessage(data, 'a.b:c_d-1')).toEqual({ type: 'navigateTo', message: 'https://example.org/x?y=1' });
  });

  it.each([
    ['another child’s message', 'pymxPYMxotherxPYMxwidthxPYMx984'],
    ['a child id that only starts the same', 'pymxPYMxstorm2xPYMxwidthxPYMx984'],
    ['no type', 'pymxPYMxstormxPYMxxPYMx984'],
    ['no message part', 'pymxPYMxstormxPYMxwidth'],
    ['whitespace in the type', 'pymxPYMxstormxPYMxwid thxPYMx984'],
    ['a line break in the message', 'pymxPYMxstormxPYMxwidthxPYMx98\n4'],
    ['a different prefix', 'xpymxPYMxstormxPYMxwidthxPYMx984'],
    ['an empty string', ''],
    ['a huge string', `pymxPYMxstormxPYMxwidthxPYMx${'9'.repeat(5000)}`],
  ])('ignores %s', (_label, data) => {
    expect(parsePymMessage(data, 'storm')).toBeNull();
  });

  it.each([
    null,
    undefined,
    42,
    {},
    ['pym', 'storm', 'width', '1'],
    { toString: () => 'pymxPYMxstormxPYMxwidthxPYMx1' },
  ])('ignores a non-string payload (%o)', (data) => {
    expect(parsePymMessage(data, 'storm')).toBeNull();
  });

  it('never treats the child id as a pattern', () => {
    // With a RegExp built from the id, ".*" would match any child.
    expect(parsePymMessage('pymxPYMxstormxPYMxwidthxPYMx1', '.*')).toBeNull();
    expect(parsePymMessage('pymxPYMxstormxPYMxwidthxPYMx1', '')).toBeNull();
  });
});

describe('AMP and embed.js messages', () => {
  it('builds AMP’s embed-size message', () => {
    expect(ampSizeMessage(640)).toEqual({ sentinel: 'amp', type: 'embed-size', height: 640 });
  });

  it('round-trips our height and hello messages', () => {
    expect(parseHeightMessage(heightMessage('storm-embed-2', 512))).toEqual({
      sentinel: EMBED_SENTINEL,
      type: 'height',
      id: 'storm-embed-2',
      height: 512,
    });
    expect(parseHelloMessage(helloMessage('storm-embed-2'))).toEqual(helloMessage('storm-embed-2'));
    expect(parseHeightMessage(heightMessage('', 0))?.height).toBe(0);
  });

  it('rounds a fractional height up, so nothing is cut off', () => {
    expect(parseHeightMessage({ sentinel: EMBED_SENTINEL, type: 'height', id: '', height: 640.2 })?.height).toBe(641);
  });

  it.each([
    ['a string height', { height: '640' }],
    ['a negative height', { height: -1 }],
    ['NaN', { height: Number.NaN }],
    ['Infinity', { height: Number.POSITIVE_INFINITY }],
    ['an absurd height', { height: MAX_EMBED_HEIGHT + 1 }],
    ['a missing id', { id: undefined }],
    ['an id that could break the pym format', { id: 'axPYMxb' }],
    ['an id with markup', { id: '<img src=x>' }],
    ['another sentinel', { sentinel: 'amp' }],
    ['another type', { type: 'hello' }],
  ])('rejects a height message with %s', (_label, override) => {
    expect(
      parseHeightMessage({ sentinel: EMBED_SENTINEL, type: 'height', id: 'x', height: 10, ...override }),
    ).toBeNull();
  });

  it.each([null, 'storm-0558-embed', [EMBED_SENTINEL, 'hello'], JSON.stringify(helloMessage('x'))])(
    'rejects a payload that is not our object (%o)',
    (data) => {
      expect(parseHelloMessage(data)).toBeNull();
      expect(parseHeightMessage(data)).toBeNull();
    },
  );
});

describe('sizes and ids', () => {
  it('accepts whole and fractional pixel counts, as numbers or digit strings', () => {
    expect(toPixels(984)).toBe(984);
    expect(toPixels(' 984 ')).toBe(984);
    expect(toPixels(10.1)).toBe(11);
    expect(toPixels('98px')).toBeNull();
    expect(toPixels('1e3')).toBeNull();
    expect(toPixels('')).toBeNull();
  });

  it('accepts ids made of word characters, dots, colons and hyphens only', () => {
    expect(isValidEmbedId('storm-embed-1')).toBe(true);
    expect(isValidEmbedId('')).toBe(true);
    expect(isValidEmbedId('a b')).toBe(false);
    expect(isValidEmbedId('x'.repeat(201))).toBe(false);
    expect(isValidEmbedId(7)).toBe(false);
  });
});
