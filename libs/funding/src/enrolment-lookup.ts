import { Injectable } from '@nestjs/common';
import { ConflictError, DomainError, NotFoundError } from '@hatchery/core';
import { CohortsService, Enrolment, EnrolmentsService } from '@hatchery/cohorts';
import { localDate } from './money-rules';

export interface FundedEnrolment {
  enrolment: Enrolment;
  timezone: string;
  /** The later of the cohort's first day and the local day the startup was enrolled. */
  startsOn: string;
}

/** Which enrolment a grant or a perk goes through, asked of the cohorts domain. */
@Injectable()
export class EnrolmentLookup {
  constructor(
    private readonly enrolments: EnrolmentsService,
    private readonly cohorts: CohortsService,
  ) {}

  /** The startup's active enrolment: the one named, or its only one. */
  async active(startupId: string, enrolmentId: string | undefined): Promise<FundedEnrolment> {
    const all = await this.enrolments.forStartup(startupId);
    let enrolment: Enrolment | undefined;
    if (enrolmentId) {
      enrolment = all.find((e) => e.id === enrolmentId);
      if (!enrolment) throw new NotFoundError('Enrolment');
    } else {
      const active = all.filter((e) => e.status === 'active');
      if (active.length === 0) throw new ConflictError('STARTUP_NOT_ENROLLED', 'The startup has no active enrolment in a cohort.');
      if (active.length > 1) throw new DomainError(400, 'ENROLMENT_REQUIRED', 'The startup is active in several programmes; name the enrolment.', { errors: [{ field: 'enrolmentId', message: 'required when the startup has several active enrolments' }] });
      enrolment = active[0];
    }
    if (enrolment.status !== 'active') throw new ConflictError('ENROLMENT_NOT_ACTIVE', `The enrolment is ${enrolment.status}.`);
    return this.describe(enrolment);
  }

  async describe(enrolment: Enrolment): Promise<FundedEnrolment> {
    const cohort = await this.cohorts.find(enrolment.cohortId);
    const enrolledOn = localDate(enrolment.createdAt, cohort.timezone);
    return { enrolment, timezone: cohort.timezone, startsOn: enrolledOn > cohort.startsOn ? enrolledOn : cohort.startsOn };
  }

  forStartup(startupId: string): Promise<Enrolment[]> {
    return this.enrolments.forStartup(startupId);
  }

  milestonesOf(enrolmentId: string) {
    return this.enrolments.milestonesOf(enrolmentId);
  }
}
