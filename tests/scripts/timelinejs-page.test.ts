import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  TIMELINEJS_FILES,
  pageHtml,
  toTimelineJs,
  toTimelineJsDate,
  writeTimelineJsPage,
  type SiteTimeline,
} from '../../scripts/lib/timelinejs-page.mjs';

const source = (title: string) => ({
  title,
  publisher: 'CISA',
  url: 'https://www.cisa.gov/x?a=1&b=2',
  published: '2024-03-20',
});
const data: SiteTimeline = {
  title: 'A <test> timeline',
  updated: '2026-12-02',
  license: 'CC BY 4.0',
  lanes: [
    { id: 'attacker', label: 'Storm-0558' },
    { id: 'microsoft', label: 'Microsoft' },
  ],
  events: [
    {
      id: 'y',
      date: '2016',
      datePrecision: 'year',
      lane: 'microsoft',
      title: 'Key made',
      summary: 'A key.',
      certainty: 'confirmed',
      sources: [source('S')],
    },
    {
      id: 'm',
      date: '2021-04',
      datePrecision: 'month',
      lane: 'attacker',
      title: 'In the network',
      summary: 'Late.',
      certainty: 'likely',
      certaintyNote: 'Dates differ.',
      sources: [],
    },
    {
      id: 'd',
      date: '2023-06-05',
      datePrecision: 'day',
      lane: 'microsoft',
      title: 'Tokens for <script>alert(1)</script> & "more"',
      summary: 'x < y, and </script> too',
      certainty: 'confirmed',
      sources: [{ ...source('No link'), url: '' }],
    },
  ],
};

const dirs: string[] = [];
const dataBlock = (html: string) =>
  /<script type="application\/json" id="timeline-data">([\s\S]*?)<\/script>/.exec(html)![1]!;
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

describe('toTimelineJs', () => {
  const out = toTimelineJs(data);

  it('makes one slide per event, in order, after a title slide', () => {
    expect(out.events).toHaveLength(data.events.length);
    expect(out.events.map((event) => event.unique_id)).toEqual(['y', 'm', 'd']);
    expect(out.title.text.headline).toBe('A &lt;test&gt; timeline');
  });

  it('gives each date the fields its precision has, as strings without leading zeros', () => {
    expect(out.events[0]!.start_date).toEqual({ year: '2016' });
    expect(out.events[1]!.start_date).toEqual({ year: '2021', month: '4' });
    expect(out.events[2]!.start_date).toEqual({ year: '2023', month: '6', day: '5' });
  });

  it('groups events by lane label', () => {
    expect(out.events.map((event) => event.group)).toEqual(['Microsoft', 'Storm-0558', 'Microsoft']);
  });

  it('escapes every text it puts into HTML', () => {
    const day = out.events[2]!;
    expect(day.text.headline).toBe('Tokens for &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;more&quot;');
    expect(day.text.text).toContain('<p>x &lt; y, and &lt;/script&gt; too</p>');
    expect(day.text.text).not.toContain('<a');
    expect(out.events[0]!.text.text).toContain('<a href="https://www.cisa.gov/x?a=1&amp;b=2">CISA: S</a>');
    expect(out.events[1]!.text.text).toContain('<p>likely: Dates differ.</p>');
  });

  it('refuses a date less precise than its precision says, or not a date', () => {
    expect(() => toTimelineJsDate('2021', 'month')).toThrow(/less precise/);
    expect(() => toTimelineJsDate('June 2021', 'month')).toThrow(/Not a calendar date/);
    expect(() => toTimelineJsDate('2021-06', 'week')).toThrow(/precision/);
  });
});

describe('the page', () => {
  it('runs no inline script, and its data block cannot be closed by the data', () => {
    const html = pageHtml(data.title, toTimelineJs(data));
    const scripts = [...html.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)];
    expect(scripts).toHaveLength(3);
    for (const [, attributes, body] of scripts) {
      if (/type="application\/json"/.test(attributes!)) continue;
      expect(attributes).toMatch(/\ssrc="[^"]+"/);
      expect(body).toBe('');
    }
    expect(html).not.toMatch(/\sstyle=/);
    expect(JSON.parse(dataBlock(html))).toEqual(toTimelineJs(data));
    // Raw markup in the data, as TimelineJS3's format allows, stays inside the block.
    const raw = { title: { text: { headline: '</script><script src="x.js"></script><!--', text: '' } }, events: [] };
    expect(JSON.parse(dataBlock(pageHtml('t', raw)))).toEqual(raw);
  });

  it('is written with the package files beside it, compressed, and nothing from another origin', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'timelinejs-page-'));
    dirs.push(dir);
    expect(await writeTimelineJsPage(dir, data)).toMatch(/^3\.\d+\.\d+$/);
    for (const file of [
      ...TIMELINEJS_FILES,
      'index.html',
      'init.js',
      'page.css',
      'index.html.br',
      'js/timeline.js.gz',
    ]) {
      expect(existsSync(join(dir, file)), file).toBe(true);
    }
    const init = readFileSync(join(dir, 'init.js'), 'utf8');
    expect(init).toContain('"font":null');
    expect(readFileSync(join(dir, 'index.html'), 'utf8')).not.toMatch(/(?:src|href)="(?:https?:)?\/\//);
  });
});
