import { renderCalendar } from './icalendar';

describe('renderCalendar', () => {
  const stamp = new Date('2026-11-28T10:00:00Z');

  it('writes all-day events with an exclusive end date and CRLF lines', () => {
    const ics = renderCalendar('My milestones', [{ uid: 'm1@hatchery', summary: 'Pitch deck', startsOn: '2026-02-28', endsOn: '2026-02-28' }], stamp);
    expect(ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
    expect(ics).toContain('DTSTART;VALUE=DATE:20260228\r\n');
    expect(ics).toContain('DTEND;VALUE=DATE:20260301\r\n');
    expect(ics).toContain('DTSTAMP:20261128T100000Z\r\n');
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toContain('\n');
  });

  it('escapes text and folds long lines without splitting a character', () => {
    const summary = 'Сургалт; a, b\\c\n' + 'ө'.repeat(60);
    const ics = renderCalendar('x', [{ uid: 'u', summary, startsOn: '2026-01-01', endsOn: '2026-01-01' }], stamp);
    for (const line of ics.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
    const unfolded = ics.replace(/\r\n /g, '');
    expect(unfolded).toContain('SUMMARY:Сургалт\\; a\\, b\\\\c\\n' + 'ө'.repeat(60));
  });
});
