import { ApiProperty } from '@nestjs/swagger';
import { ACTION_KINDS, ACTION_RESOLUTIONS, ActionKind, ActionResolution } from '../entities/programme-action.entity';

/** A graduation review or equity stake the calendar opened, with its startup's and cohort's names. */
export class ProgrammeActionDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: ACTION_KINDS, enumName: 'ActionKind' }) kind: ActionKind;
  @ApiProperty({ format: 'uuid' }) enrolmentId: string;
  @ApiProperty({ format: 'uuid' }) startupId: string;
  @ApiProperty({ example: 'Steppe Robotics' }) startupName: string;
  @ApiProperty({ format: 'uuid' }) cohortId: string;
  @ApiProperty({ example: 'Spring 2026' }) cohortName: string;
  @ApiProperty({ format: 'date-time' }) dueAt: string;
  @ApiProperty({ type: Number, nullable: true, description: 'For an equity stake: the share in basis points' }) stakeBps: number | null;
  @ApiProperty({ enum: ['open', 'resolved'], enumName: 'ProgrammeActionStatus' }) status: 'open' | 'resolved';
  @ApiProperty({ nullable: true, enum: ACTION_RESOLUTIONS, enumName: 'ActionResolution' }) resolution: ActionResolution | null;
  @ApiProperty({ type: String, nullable: true }) reason: string | null;
  @ApiProperty({ type: String, nullable: true, format: 'date' }) effectiveOn: string | null;
  @ApiProperty({ type: String, nullable: true, format: 'uuid' }) resolvedBy: string | null;
  @ApiProperty({ type: String, nullable: true, format: 'date-time' }) resolvedAt: string | null;
}

export class ProgrammeActionPageDto {
  @ApiProperty({ type: [ProgrammeActionDto] }) items: ProgrammeActionDto[];
  @ApiProperty({ type: String, nullable: true, description: 'Pass as ?cursor= for the next page; null on the last' }) nextCursor: string | null;
}
