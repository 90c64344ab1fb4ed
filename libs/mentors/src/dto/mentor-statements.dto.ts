import { PageQueryDto } from '@hatchery/core';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsUUID, Matches } from 'class-validator';

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
const MONTH_MESSAGE = { message: 'must be a calendar month YYYY-MM' };

export class MentorStatementQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ example: '2026-10', description: 'Only this month' })
  @IsOptional() @Matches(MONTH, MONTH_MESSAGE)
  month?: string;

  @ApiPropertyOptional({ format: 'uuid', description: "Staff: one mentor's statements (a mentor always sees only their own)" })
  @IsOptional() @IsUUID()
  mentorProfileId?: string;
}

export const STATEMENT_FORMATS = ['json', 'csv', 'pdf'] as const;
export type StatementFormat = (typeof STATEMENT_FORMATS)[number];

export class MentorStatementFormatQueryDto {
  @ApiPropertyOptional({ enum: STATEMENT_FORMATS, enumName: 'MentorStatementFormat', default: 'json' })
  @IsOptional() @IsIn(STATEMENT_FORMATS)
  format?: StatementFormat;
}

export class RunMentorStatementsDto {
  @ApiProperty({ example: '2026-10', description: "A month that has ended in the organization's timezone; earlier months not yet run are run first" })
  @Matches(MONTH, MONTH_MESSAGE)
  month: string;
}
