import { ApiProperty } from '@nestjs/swagger';

/**
 * The cohort's milestones as they stood at the end of one local day (the last instant before
 * local midnight after it). The five counts are exclusive: a milestone not approved and past its
 * due date counts only as overdue; dropped milestones, milestones not yet created, and those of
 * enrolments withdrawn by then are not counted.
 */
export class MilestoneTrendDayDto {
  @ApiProperty({ format: 'date', example: '2026-03-02', description: "The local day, in the cohort's timezone" }) date: string;
  @ApiProperty({ type: 'integer', description: 'Pending (no evidence yet), not past due' }) pending: number;
  @ApiProperty({ type: 'integer', description: 'Evidence submitted and waiting for review, not past due' }) submitted: number;
  @ApiProperty({ type: 'integer', description: 'Changes requested, not past due' }) changesRequested: number;
  @ApiProperty({ type: 'integer', description: 'Approved (never overdue)' }) approved: number;
  @ApiProperty({ type: 'integer', description: 'Not approved and past due: the due date, as it stood then, is before this day' }) overdue: number;
}

export class MilestoneTrendDto {
  @ApiProperty({ format: 'uuid' }) cohortId: string;
  @ApiProperty({ example: 'Asia/Ulaanbaatar', description: "The cohort's timezone, in which the days are counted" }) timezone: string;
  @ApiProperty({ type: [MilestoneTrendDayDto], description: 'One entry per day of the range, oldest first; empty when the cohort has not started yet' }) days: MilestoneTrendDayDto[];
}
