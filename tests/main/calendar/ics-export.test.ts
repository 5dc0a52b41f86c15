import { describe, expect, it } from 'vitest';
import { type CalendarEntry, exportIcs } from '../../../src-main/core/calendar/ics-export';
import { parseIcs } from '../../../src-main/core/calendar/ics-import';
import { catchAppError } from './helpers';

const NOW = '2026-02-01T12:00:00Z';
const team: CalendarEntry = {
  uid: 'termin-1@kim-fallakte',
  title: 'Teambesprechung',
  type: 'Intern',
  status: 'bestätigt',
  location: 'Raum 2.14',
  description: 'Tagesordnung folgt',
  startUtc: '2026-03-02T09:00:00Z',
  endUtc: '2026-03-02T10:00:00Z',
  allDay: false,
  recurrence: {
    rule: { freq: 'weekly', interval: 1, weekdays: [1, 4], count: 20 },
    exdates: ['2026-03-05'],
    overrides: [{ occurrenceDate: '2026-03-09', startUtc: '2026-03-09T13:00:00Z', endUtc: '2026-03-09T14:00:00Z' }],
  },
};
const counselling: CalendarEntry = {
  uid: 'termin-2@kim-fallakte',
  title: 'Erstgespräch Familie Beispiel',
  clientNames: ['Erika Beispiel', 'Max Beispiel'],
  type: 'Hausbesuch',
  status: 'abgesagt',
  location: 'Musterweg 1, 12345 Musterstadt',
  description: 'Dolmetscherin bestellt',
  startUtc: '2026-07-01T08:00:00Z',
  endUtc: '2026-07-01T09:00:00Z',
  allDay: false,
};

const physicalLines = (ics: string) => ics.split('\r\n').slice(0, -1);
const unfolded = (ics: string) => ics.replace(/\r\n /g, '');

describe('exportIcs', () => {
  const ics = exportIcs([team, counselling], { now: NOW });

  it('writes an RFC 5545 file: CRLF, folded lines, VTIMEZONE for Europe/Berlin', () => {
    expect(ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of physicalLines(ics)) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
    const tz = unfolded(ics).match(/BEGIN:VTIMEZONE[\s\S]*END:VTIMEZONE/)?.[0] ?? '';
    expect(tz).toContain('TZID:Europe/Berlin');
    expect(tz).toMatch(/BEGIN:DAYLIGHT[\s\S]*TZOFFSETTO:\+0200[\s\S]*RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU/);
    expect(tz).toMatch(/BEGIN:STANDARD[\s\S]*TZOFFSETTO:\+0100[\s\S]*RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU/);
  });

  it('writes local Berlin times with TZID, the series rule, exceptions and moved occurrences', () => {
    const text = unfolded(ics);
    expect(text).toContain('UID:termin-1@kim-fallakte\r\nDTSTAMP:20260201T120000Z\r\nDTSTART;TZID=Europe/Berlin:20260302T100000');
    expect(text).toContain('DTEND;TZID=Europe/Berlin:20260302T110000');
    expect(text).toContain('RRULE:FREQ=WEEKLY;INTERVAL=1;WKST=MO;BYDAY=MO,TH;COUNT=20');
    expect(text).toContain('EXDATE;TZID=Europe/Berlin:20260305T100000');
    expect(text).toContain('RECURRENCE-ID;TZID=Europe/Berlin:20260309T100000');
    expect(text).toContain('DTSTART;TZID=Europe/Berlin:20260309T140000');
    expect(text.match(/BEGIN:VEVENT/g)).toHaveLength(3);
  });

  it('hides client names and details by default', () => {
    expect(ics).toContain('SUMMARY:Beratungstermin');
    expect(ics).toContain('STATUS:CANCELLED');
    for (const secret of ['Beispiel', 'Musterweg', 'Dolmetscher']) expect(unfolded(ics)).not.toContain(secret);
    // Non-client appointments keep their own title and location.
    expect(ics).toContain('SUMMARY:Teambesprechung');
    expect(ics).toContain('LOCATION:Raum 2.14');
  });

  it('includes client names and details only when asked to', () => {
    const names = unfolded(exportIcs([counselling], { now: NOW, includeClientNames: true }));
    expect(names).toContain('SUMMARY:Erstgespräch Familie Beispiel – Erika Beispiel\\, Max Beispiel');
    expect(names).not.toContain('Musterweg');
    const details = unfolded(exportIcs([counselling], { now: NOW, includeClientDetails: true }));
    expect(details).toContain('LOCATION:Musterweg 1\\, 12345 Musterstadt');
    expect(details).toContain('SUMMARY:Beratungstermin');
  });

  it('writes the second 02:30 of the autumn change as UTC so it is not confused with the first', () => {
    const later = { ...counselling, clientNames: [], startUtc: '2026-10-25T01:30:00Z', endUtc: '2026-10-25T02:30:00Z' };
    const out = exportIcs([later], { now: NOW });
    expect(out).toContain('DTSTART:20261025T013000Z');
    expect(parseIcs(out).events[0]?.entry?.startUtc).toBe('2026-10-25T01:30:00Z');
  });

  it('writes all-day entries as DATE values', () => {
    const allDay = { ...team, recurrence: null, startUtc: '2026-03-28T23:00:00Z', endUtc: '2026-03-30T22:00:00Z', allDay: true };
    const out = exportIcs([allDay], { now: NOW });
    expect(out).toContain('DTSTART;VALUE=DATE:20260329');
    expect(out).toContain('DTEND;VALUE=DATE:20260331');
  });

  it('refuses invalid entries', () => {
    expect(catchAppError(() => exportIcs([{ ...counselling, endUtc: counselling.startUtc }])).code).toBe('VALIDATION');
    const noEnd = { ...team, recurrence: { ...team.recurrence!, rule: { freq: 'daily' as const, interval: 1 } } };
    expect(catchAppError(() => exportIcs([noEnd])).code).toBe('VALIDATION');
  });
});
