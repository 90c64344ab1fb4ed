import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional } from 'class-validator';
import { IsCalendarDate } from './cohort.dto';

/** The longest range of days the milestone trend serves at once. */
export const MAX_TREND_DAYS = 400;

export class MilestoneTrendQueryDto {
  @ApiPropertyOptional({ format: 'date', example: '2026-03-02', description: "First day, in the cohort's timezone; default: the cohort's first day" })
  @IsOptional() @IsCalendarDate()
  from?: string;

  @ApiPropertyOptional({ format: 'date', example: '2026-04-30', description: "Last day, in the cohort's timezone; default: today or the cohort's last day, whichever is earlier. At most 400 days from `from`" })
  @IsOptional() @IsCalendarDate()
  to?: string;
}
