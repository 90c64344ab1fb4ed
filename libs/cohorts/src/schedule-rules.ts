import type { PhaseTemplate } from '@hatchery/programmes';

/**
 * Calendar rules for cohorts. Dates are local calendar dates ('YYYY-MM-DD') in the cohort's
 * timezone; instants are derived from them in SQL by the functions of migration
 * AddLocalDayFunctions (`local_midnight(d, tz)`, `local_midnight_after(d, tz)`,
 * `local_time_on(d, hh, tz)`, `local_date(t, tz)`: `timestamp AT TIME ZONE tz`, which handles
 * offsets and DST).
 *
 * Adding months: the same day number N months later, or the last day of that month when it is
 * shorter (31 January + 1 month = 28 or 29 February). Month phases that follow each other are
 * counted from the day the run of months began, never chained phase to phase, so a clamped
 * February does not drag later phases earlier (31 January + 1 month = 28 February, + 2 months =
 * 31 March). A phase counted in days starts a new run after it.
 *
 * A phase runs from its boundary to the day before the next one. A milestone is due
 * `offsetDays` after its phase starts; it becomes overdue at local midnight after its due date.
 * Reminders go out at 09:00 local time, `offset` days before the due date.
 */

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export const REMINDER_HOUR = 9;

/** A real calendar date in ISO form (2026-02-30 is not one). */
export function isCalendarDate(value: string): boolean {
  const match = DATE.exec(value);
  if (!match) return false;
  const [year, month, day] = match.slice(1).map(Number);
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function parts(date: string): [number, number, number] {
  if (!isCalendarDate(date)) throw new Error(`not a calendar date: ${date}`);
  return date.split('-').map(Number) as [number, number, number];
}

function format(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function addMonths(date: string, months: number): string {
  const [year, month, day] = parts(date);
  const index = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(index / 12);
  const targetMonth = (index % 12) + 1;
  return format(targetYear, targetMonth, Math.min(day, daysInMonth(targetYear, targetMonth)));
}

export function addDays(date: string, days: number): string {
  const [year, month, day] = parts(date);
  const at = new Date(Date.UTC(year, month - 1, day + days));
  return format(at.getUTCFullYear(), at.getUTCMonth() + 1, at.getUTCDate());
}

export interface PhaseDates {
  position: number;
  name: string;
  startsOn: string;
  endsOn: string;
}

/** The phases of a cohort starting on `startsOn`, and the day after its last (when it completes). */
export function phaseDates(startsOn: string, template: PhaseTemplate[]): { phases: PhaseDates[]; endsOn: string; completesOn: string } {
  let anchor = startsOn;
  let months = 0;
  const boundary = () => addMonths(anchor, months);
  const phases: PhaseDates[] = [];
  template.forEach((phase, position) => {
    const start = boundary();
    if (phase.durationUnit === 'months') {
      months += phase.durationValue;
    } else {
      anchor = addDays(start, phase.durationValue);
      months = 0;
    }
    phases.push({ position, name: phase.name, startsOn: start, endsOn: addDays(boundary(), -1) });
  });
  const completesOn = boundary();
  return { phases, endsOn: addDays(completesOn, -1), completesOn };
}

/** A milestone template's due date: `offsetDays` after its phase starts, but never after the phase ends. */
export function templateDueOn(phase: PhaseDates, offsetDays: number): string {
  const due = addDays(phase.startsOn, offsetDays);
  return due > phase.endsOn ? phase.endsOn : due;
}

export function withinSpan(date: string, span: { startsOn: string; endsOn: string }): boolean {
  return date >= span.startsOn && date <= span.endsOn;
}
