import { strict as assert } from 'node:assert';
import { readDeadline, weekOf, zonedText } from '../../server/src/course/dueDates';

const newYork = 'America/New_York';
const until = (text: string, zone = newYork) => readDeadline(text, zone)?.until;

describe('due dates (course/dueDates.ts)', () => {
  it('a date is the end of that day in the course\'s zone, summer or winter time', () => {
    assert.equal(until('2018-10-29'), Date.parse('2018-10-30T00:00:00-04:00') - 1);
    assert.equal(until('2018-12-09'), Date.parse('2018-12-10T00:00:00-05:00') - 1);
    // The day the clocks go back has 25 hours.
    assert.equal(until('2018-11-04'), Date.parse('2018-11-05T00:00:00-05:00') - 1);
    assert.equal(zonedText(until('2018-10-29') as number, newYork), '2018-10-29 23:59:59 -04:00');
    assert.equal(until('2018-10-29', 'UTC'), Date.parse('2018-10-30T00:00:00Z') - 1);
  });

  it('a time is that minute (or second) in the zone, all of it; a zone of its own wins', () => {
    assert.equal(until('2018-10-29T18:00'), Date.parse('2018-10-29T18:01:00-04:00') - 1);
    assert.equal(until('2018-10-29 18:00:30'), Date.parse('2018-10-29T18:00:31-04:00') - 1);
    assert.equal(until('2018-10-29T18:00Z'), Date.parse('2018-10-29T18:01:00Z') - 1);
    assert.equal(until('2018-10-29T18:00-0700'), Date.parse('2018-10-29T18:01:00-07:00') - 1);
    assert.equal(until('2018-10-29T18:00 Europe/Paris'), Date.parse('2018-10-29T18:01:00+01:00') - 1);
    assert.equal(until('2018-10-29 Asia/Tokyo'), Date.parse('2018-10-30T00:00:00+09:00') - 1);
    assert.deepEqual(readDeadline('2018-10-29T18:00-04:00', newYork)?.timeZone, 'UTC-04:00');
    // An offset written without its colon is shown as any other: `UTC+0400` is no zone Intl knows.
    const compact = readDeadline('2018-10-29T23:59+0400', newYork) as { until: number; timeZone: string };
    assert.equal(zonedText(compact.until, compact.timeZone), '2018-10-29 23:59:59 +04:00');
  });

  it('a deadline read with its own offset is shown and weeked in that offset', () => {
    const deadline = readDeadline('2025-12-12T17:00-06:00', newYork) as { until: number; timeZone: string };
    assert.equal(zonedText(deadline.until, deadline.timeZone), '2025-12-12 17:00:59 -06:00');
    assert.equal(zonedText(Date.parse('2025-12-12T05:30:00Z'), 'UTC+05:30'), '2025-12-12 11:00:00 +05:30');
    assert.equal(weekOf(Date.parse('2025-12-15T03:00:00Z'), 'UTC-06:00'), '2025-12-08');
  });

  it('a time the clocks skip is the instant an hour later; a time they show twice, the first', () => {
    assert.equal(until('2018-03-11T02:30'), Date.parse('2018-03-11T03:31:00-04:00') - 1);
    assert.equal(until('2018-11-04T01:30'), Date.parse('2018-11-04T01:31:00-04:00') - 1);
  });

  it('is no deadline when the text is no date, or names no zone there is', () => {
    for (const text of ['Round 3', '2018-02-30', '2018-10-29T24:00', '2018-10-29T18:60', '29/10/2018', '2018-10-29 Mars/Base', '']) assert.equal(readDeadline(text, newYork), undefined, text);
  });

  it('a week is the Monday it starts on, in the zone', () => {
    assert.equal(weekOf(Date.parse('2018-10-29T23:59:00-04:00'), newYork), '2018-10-29');
    // Sunday evening in Washington is Monday in UTC.
    assert.equal(weekOf(Date.parse('2018-10-28T23:00:00-04:00'), newYork), '2018-10-22');
    assert.equal(weekOf(Date.parse('2018-10-28T23:00:00-04:00'), 'UTC'), '2018-10-29');
  });
});
