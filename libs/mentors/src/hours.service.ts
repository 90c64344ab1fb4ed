import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import { DomainError } from '@hatchery/core';
import { ProgrammesService } from '@hatchery/programmes';
import { StartupsService } from '@hatchery/startups';
import { HoursGroup, MentorHoursQueryDto } from './dto/mentors.dto';
import { MentorHoursDto, MentorHoursRowDto } from './dto/mentors.response.dto';
import { MentorProfile } from './entities/mentor-profile.entity';
import { MentorContext } from './mentor-context';
import { HOURS_BY_MENTOR, HOURS_BY_PROGRAMME, HOURS_BY_STARTUP } from './mentors.sql';

export interface HoursRow {
  month: string;
  id: string;
  minutes: number;
  sessions: number;
}

const QUERIES: Record<HoursGroup, string> = { mentor: HOURS_BY_MENTOR, startup: HOURS_BY_STARTUP, programme: HOURS_BY_PROGRAMME };

/** Approved mentor hours per calendar month: per mentor, per startup, per programme (one query each). */
@Injectable()
export class MentorHoursService {
  constructor(
    private readonly mentors: MentorContext,
    private readonly startups: StartupsService,
    private readonly programmes: ProgrammesService,
  ) {}

  hoursPerMentor(from: string, to: string): Promise<HoursRow[]> {
    return this.run('mentor', from, to);
  }

  hoursPerStartup(from: string, to: string): Promise<HoursRow[]> {
    return this.run('startup', from, to);
  }

  hoursPerProgramme(from: string, to: string): Promise<HoursRow[]> {
    return this.run('programme', from, to);
  }

  /** The staff route: the rows with names. */
  async report(query: MentorHoursQueryDto): Promise<MentorHoursDto> {
    const to = query.to ?? (await this.mentors.today());
    const from = query.from ?? defaultFrom(to);
    if (from > to) throw new DomainError(400, 'VALIDATION_FAILED', 'from must not be after to.', { errors: [{ field: 'from', message: 'must not be after to' }] });
    const rows = await this.run(query.groupBy, from, to);
    const names = await this.names(query.groupBy, [...new Set(rows.map((r) => r.id))]);
    return { groupBy: query.groupBy, from, to, rows: rows.map((r): MentorHoursRowDto => ({ ...r, name: names.get(r.id) ?? '' })) };
  }

  private run(group: HoursGroup, from: string, to: string): Promise<HoursRow[]> {
    return this.mentors.tx.query(QUERIES[group], [this.mentors.organizationId, from, to]);
  }

  private async names(group: HoursGroup, ids: string[]): Promise<Map<string, string>> {
    if (ids.length === 0) return new Map();
    if (group === 'startup') return this.startups.names(ids);
    if (group === 'programme') {
      const names = new Map<string, string>();
      for (const id of ids) names.set(id, (await this.programmes.get(id).catch(() => null))?.name ?? '');
      return names;
    }
    const profiles = await this.mentors.tx.getRepository(MentorProfile).findBy({ organizationId: this.mentors.organizationId, id: In(ids) });
    const people = await this.mentors.people(profiles.map((p) => p.userId));
    return new Map(profiles.map((p) => [p.id, people.get(p.userId)?.name ?? '']));
  }
}

/** The first day of the month eleven months before `to`'s: a year of months. */
export function defaultFrom(to: string): string {
  const [y, m] = to.split('-').map(Number);
  const index = y * 12 + (m - 1) - 11;
  return `${String(Math.floor(index / 12)).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}-01`;
}
