import { MoneyResponseDto } from '@hatchery/programmes';
import { ApiProperty } from '@nestjs/swagger';
import { STATEMENT_LINE_KINDS, StatementLineKind } from '../entities/mentor-statement.entity';

export class MentorStatementTotalDto {
  @ApiProperty({ example: 'MNT' }) currency: string;
  @ApiProperty({ type: 'integer', description: "The month's sessions, minor units" }) sessionsMinor: number;
  @ApiProperty({ type: 'integer', description: 'Sessions of earlier months approved after their statements, minor units' }) adjustmentsMinor: number;
  @ApiProperty({ type: 'integer', description: 'Success fees, minor units' }) successFeesMinor: number;
  @ApiProperty({ type: 'integer', description: 'The sum of the rounded lines in this currency, minor units' }) totalMinor: number;
  @ApiProperty({ type: 'integer', description: 'Approved minutes paid in this currency' }) minutes: number;
}

export class MentorStatementDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) mentorProfileId: string;
  @ApiProperty() mentorName: string;
  @ApiProperty({ example: '2026-10', description: 'The calendar month (organization timezone)' }) month: string;
  @ApiProperty({ format: 'date-time' }) issuedAt: string;
  @ApiProperty({ type: [MentorStatementTotalDto], description: 'Per currency, never summed across currencies' }) totals: MentorStatementTotalDto[];
}

export class MentorStatementLineDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: STATEMENT_LINE_KINDS, enumName: 'MentorStatementLineKind', description: "session: this month's; adjustment: a session of an earlier month approved after that month's statement; success_fee" }) kind: StatementLineKind;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) sessionId: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) successFeeId: string | null;
  @ApiProperty({ format: 'uuid' }) startupId: string;
  @ApiProperty() startupName: string;
  @ApiProperty({ example: '2026-10-14', description: "The session's day, or the day the fee accrued" }) occurredOn: string;
  @ApiProperty({ type: 'integer', nullable: true, description: 'Approved minutes (sessions and adjustments)' }) minutes: number | null;
  @ApiProperty({ type: MoneyResponseDto, nullable: true, description: 'The hourly rate in force on the session day' }) rate: MoneyResponseDto | null;
  @ApiProperty({ type: String, nullable: true, example: '2026-10-15', description: "That rate's first day" }) rateEffectiveFrom: string | null;
  @ApiProperty({ type: MoneyResponseDto, description: 'rate × minutes / 60, rounded half up to the minor unit; or the fee' }) amount: MoneyResponseDto;
  @ApiProperty({ description: "The session's topic, or 'Success fee'" }) description: string;
}

export class MentorStatementDetailDto extends MentorStatementDto {
  @ApiProperty({ type: [MentorStatementLineDto], description: 'By kind (sessions, adjustments, fees), then date' }) lines: MentorStatementLineDto[];
}

export class MentorStatementPageDto {
  @ApiProperty({ type: [MentorStatementDto], description: 'Latest month first' }) items: MentorStatementDto[];
  @ApiProperty({ type: String, nullable: true }) nextCursor: string | null;
}

export class MentorStatementRunDto {
  @ApiProperty({ example: '2026-10' }) month: string;
  @ApiProperty({ type: [String], example: ['2026-10'], description: 'Months this call issued (none: they had run already)' }) monthsRun: string[];
  @ApiProperty({ type: 'integer', description: 'Statements this call issued' }) statementsIssued: number;
  @ApiProperty({ type: 'integer', description: 'Statements of the month, issued now or before' }) statementsInMonth: number;
  @ApiProperty({ type: 'integer', description: 'Approved sessions left unpaid: no hourly rate in force on their day' }) unpricedSessions: number;
}
