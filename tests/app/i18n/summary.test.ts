// The popup's summary in Arabic is written from the event's fields, as the build writes the English one.
import { afterEach, describe, expect, it, beforeAll } from 'vitest';
import { loadCatalogue, setLanguage } from '../../../src/app/i18n/current.ts';
import { formatSummary } from '../../../src/app/overlays/format.ts';
import { describeEvent } from '../../../src/pipeline/events/summary.ts';
import { event } from '../helpers.ts';

// The Arabic catalogue is its own chunk in the app, loaded on first use.
beforeAll(() => loadCatalogue('ar'));

afterEach(() => setLanguage('en'));

const hama = event({
  event_type: 'Violence against civilians',
  sub_event_type: 'Attack',
  place: { name: 'Hama', geonameid: null, admin1: null, country: 'SY' },
  fatalities: { low: 300, best: 300, high: 300 },
  date_start: '2011-07-31',
  date_end: '2011-08-06',
  date_precision: 'week',
}).properties;
const claim = event({ sub_event_type: 'Other', event_type: 'Strategic developments', claim: true, fatalities: null, date_start: null, date_end: null, date_precision: 'unknown' }).properties;

describe('the summary in the interface language', () => {
  it('in English is the sentence the build writes from the same fields', () => {
    for (const p of [hama, claim]) expect(formatSummary(p)).toBe(describeEvent(p));
  });
  it('in Arabic: sub-type, place, toll and days in Arabic, no Latin letter', () => {
    setLanguage('ar');
    expect(formatSummary({ ...hama, place: { ...hama.place, name: 'حماة' } })).toBe('هجوم في حماة، القتلى: ٣٠٠ (٣١ يوليو ٢٠١١ – ٦ أغسطس ٢٠١١)');
    expect(formatSummary({ ...claim, place: { ...claim.place, name: 'سوريا' } })).not.toMatch(/[A-Za-z]/);
  });
});
