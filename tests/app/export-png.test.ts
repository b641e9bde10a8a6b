import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { datesText, pngContent, pngText, sourcesText } from '../../src/app/ui/export-png-content.ts';
import { readPng, withPngText } from '../../src/app/ui/png-text.ts';
import { event } from './helpers.ts';

function crc(bytes: Buffer): number {
  let c = 0xffffffff;
  for (const b of bytes) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  }
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const c = Buffer.alloc(4);
  c.writeUInt32BE(crc(body));
  return Buffer.concat([len, body, c]);
}
/** A 3×2 grey PNG. */
function tinyPng(): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(3, 0);
  ihdr.writeUInt32BE(2, 4);
  ihdr.set([8, 0, 0, 0, 0], 8);
  const raw = Buffer.from([0, 9, 9, 9, 0, 9, 9, 9]);
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
}

describe('PNG text chunks', () => {
  it('adds UTF-8 text after the header, with valid CRCs, and reads it back', () => {
    const out = withPngText(tinyPng(), { Title: 'Reported violence', Description: '1 Aug 2011 – 6 Aug 2011 · Showing 2 of 5 events', Legend: 'سوريا' });
    const back = readPng(out);
    expect(back).toEqual({ width: 3, height: 2, text: { Title: 'Reported violence', Description: '1 Aug 2011 – 6 Aug 2011 · Showing 2 of 5 events', Legend: 'سوريا' } });
    // Every chunk's CRC holds.
    const buf = Buffer.from(out);
    for (let at = 8; at < buf.length; ) {
      const len = buf.readUInt32BE(at);
      expect(buf.readUInt32BE(at + 8 + len)).toBe(crc(buf.subarray(at + 4, at + 8 + len)));
      at += 12 + len;
    }
  });
  it('refuses what is not a PNG', () => {
    expect(() => withPngText(new Uint8Array(20), {})).toThrow(/not a PNG/);
  });
});

describe('what the PNG says', () => {
  const shown = [
    event({ id: 'a', event_type: 'Battles', fatalities: { low: 20, best: 24, high: 24 }, sources: [{ article: 'x', quote: 'q', start: 0, end: 1, outlet: 'Reuters' }] }),
    event({ id: 'b', event_type: 'Protests', geo_precision: 'country', claim: true, sources: [{ article: 'y', quote: 'q', start: 0, end: 1, outlet: 'Reuters' }, { article: 'z', quote: 'q', start: 0, end: 1, outlet: 'AP' }] }),
  ];
  it('legends only the types and marker kinds of the events shown, in the legend order', () => {
    const c = pngContent(shown, { start: '2011-08-01', end: '2011-08-06' }, 'Showing 2 of 9 events · 20–24 killed', '', 300);
    expect(c.types).toEqual([
      { type: 'Battles', label: 'Battles', events: 1 },
      { type: 'Protests', label: 'Protests', events: 1 },
    ]);
    expect(c.shapes).toEqual(['place', 'country', 'claim']);
    expect(c.sizes).toEqual([10, null]);
    expect(c.title).toBe('Reported violence, by place and day');
    expect(pngText(c)).toMatchObject({ Description: '1 Aug 2011 – 6 Aug 2011 · Showing 2 of 9 events · 20–24 killed', Legend: 'Battles; Protests' });
  });
  it('names the outlets, most cited first, and counts the reports', () => {
    expect(sourcesText(shown)).toBe('Sources: Reuters, AP (3 reports)');
    expect(sourcesText(shown, 1)).toBe('Sources: Reuters and 1 other outlet (3 reports)');
    expect(sourcesText([])).toBe('Sources: none (no events shown)');
  });
  it('states the dates as the page does', () => {
    expect(datesText({ start: '2011-08-05', end: '2011-08-05' })).toBe('5 Aug 2011');
    expect(datesText(null)).toBe('All dates');
  });
});
