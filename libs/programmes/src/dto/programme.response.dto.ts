import { ApiProperty } from '@nestjs/swagger';
import { CALL_STATUSES, CallStatus, QUESTION_TYPES, QuestionType } from '../entities/call.entity';
import { EQUITY_KINDS, EquityKind, PROGRAMME_TYPES, ProgrammeType } from '../entities/programme.entity';
import { PublicCallOrganizationDto, PublicCallProgrammeDto } from './public-call.dto';

export const DURATION_UNITS = ['days', 'months'] as const;

export class MilestoneTemplateResponseDto {
  @ApiProperty({ example: 'Customer discovery interviews' }) title: string;
  @ApiProperty({ type: String, nullable: true }) description: string | null;
  @ApiProperty({ type: 'integer', example: 14, description: 'Days after the phase starts' }) offsetDays: number;
  @ApiProperty() evidenceRequired: boolean;
}

export class PhaseTemplateResponseDto {
  @ApiProperty({ example: 'Onboarding and validation' }) name: string;
  @ApiProperty({ type: 'integer', example: 1 }) durationValue: number;
  @ApiProperty({ enum: DURATION_UNITS, enumName: 'DurationUnit' }) durationUnit: 'days' | 'months';
  @ApiProperty({ type: [MilestoneTemplateResponseDto] }) milestones: MilestoneTemplateResponseDto[];
}

export class CriterionResponseDto {
  @ApiProperty({ example: 'innovative_idea' }) key: string;
  @ApiProperty({ example: 'Innovative idea' }) label: string;
  @ApiProperty({ example: 1, description: 'Relative weight' }) weight: number;
  @ApiProperty({ type: 'integer', example: 1 }) scaleMin: number;
  @ApiProperty({ type: 'integer', example: 5 }) scaleMax: number;
}

/** `kind` says which of the other fields are set: range (minBps, maxBps, neverMajority) or fixed_after (bps, afterMonths). */
export class EquityPolicyResponseDto {
  @ApiProperty({ enum: EQUITY_KINDS, enumName: 'EquityKind' }) kind: EquityKind;
  @ApiProperty({ type: 'integer', required: false, description: 'Basis points; kind range' }) minBps?: number;
  @ApiProperty({ type: 'integer', required: false, description: 'Basis points; kind range' }) maxBps?: number;
  @ApiProperty({ required: false, description: 'Kind range' }) neverMajority?: boolean;
  @ApiProperty({ type: 'integer', required: false, description: 'Basis points; kind fixed_after' }) bps?: number;
  @ApiProperty({ type: 'integer', required: false, description: 'Kind fixed_after' }) afterMonths?: number;
}

export class MoneyRangeResponseDto {
  @ApiProperty({ type: 'integer', example: 800000, description: 'Minor units' }) minAmountMinor: number;
  @ApiProperty({ type: 'integer', example: 1000000, description: 'Minor units' }) maxAmountMinor: number;
  @ApiProperty({ example: 'USD' }) currency: string;
}

export class MoneyResponseDto {
  @ApiProperty({ type: 'integer', example: 3500000, description: 'Minor units' }) amountMinor: number;
  @ApiProperty({ example: 'MNT' }) currency: string;
}

export class ProgrammeDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty({ enum: PROGRAMME_TYPES, enumName: 'ProgrammeType' }) type: ProgrammeType;
  @ApiProperty({ type: String, nullable: true }) description: string | null;
  @ApiProperty({ type: [PhaseTemplateResponseDto] }) phases: PhaseTemplateResponseDto[];
  @ApiProperty({ type: [CriterionResponseDto] }) rubric: CriterionResponseDto[];
  @ApiProperty({ type: EquityPolicyResponseDto })
  equityPolicy: { kind: 'none' } | { kind: 'range'; minBps: number; maxBps: number; neverMajority: boolean } | { kind: 'fixed_after'; bps: number; afterMonths: number };
  @ApiProperty({ type: MoneyRangeResponseDto, nullable: true }) grantPolicy: MoneyRangeResponseDto | null;
  @ApiProperty({ type: MoneyResponseDto, nullable: true }) perkCap: MoneyResponseDto | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
}

export class ProgrammePageDto {
  @ApiProperty({ type: [ProgrammeDto] }) items: ProgrammeDto[];
  @ApiProperty({ type: String, nullable: true }) nextCursor: string | null;
}

export class QuestionResponseDto {
  @ApiProperty({ example: 'team_background' }) key: string;
  @ApiProperty() label: string;
  @ApiProperty({ enum: QUESTION_TYPES, enumName: 'QuestionType' }) type: QuestionType;
  @ApiProperty() required: boolean;
  @ApiProperty({ type: 'integer', nullable: true }) minLength: number | null;
  @ApiProperty({ type: 'integer', nullable: true }) maxLength: number | null;
  @ApiProperty({ type: Number, nullable: true }) min: number | null;
  @ApiProperty({ type: Number, nullable: true }) max: number | null;
  @ApiProperty({ type: [String], nullable: true }) options: string[] | null;
}

export class RoundResponseDto {
  @ApiProperty({ example: 'screening' }) key: string;
  @ApiProperty({ example: 'Screening' }) name: string;
  @ApiProperty({ type: [CriterionResponseDto] }) rubric: CriterionResponseDto[];
  @ApiProperty({ type: 'integer', nullable: true, description: 'How many go on to the next round; null for the last' }) shortlistSize: number | null;
}

export class CallDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) programmeId: string;
  @ApiProperty() title: string;
  @ApiProperty({ type: String, nullable: true }) theme: string | null;
  @ApiProperty({ format: 'date-time' }) opensAt: string;
  @ApiProperty({ format: 'date-time' }) closesAt: string;
  @ApiProperty({ type: 'integer' }) capacity: number;
  @ApiProperty({ type: [QuestionResponseDto] }) questions: QuestionResponseDto[];
  @ApiProperty({ type: 'integer' }) reviewersPerApplication: number;
  @ApiProperty() blindReview: boolean;
  @ApiProperty({ type: [RoundResponseDto] }) rounds: RoundResponseDto[];
  @ApiProperty({ enum: CALL_STATUSES, enumName: 'CallStatus' }) status: CallStatus;
  @ApiProperty({ type: [String], description: 'Keys of the rounds whose reviews are closed' }) finalizedRounds: string[];
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
}

export class CallPageDto {
  @ApiProperty({ type: [CallDto] }) items: CallDto[];
  @ApiProperty({ type: String, nullable: true }) nextCursor: string | null;
}

/** An open call as anyone sees it, without login. */
export class PublicCallDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ type: PublicCallOrganizationDto, description: 'The organization running it (its timezone: the one its dates are meant in)' }) organization: PublicCallOrganizationDto;
  @ApiProperty({ type: PublicCallProgrammeDto }) programme: PublicCallProgrammeDto;
  @ApiProperty() title: string;
  @ApiProperty({ type: String, nullable: true }) theme: string | null;
  @ApiProperty({ format: 'date-time' }) opensAt: string;
  @ApiProperty({ format: 'date-time' }) closesAt: string;
  @ApiProperty({ type: 'integer' }) capacity: number;
  @ApiProperty({ type: [QuestionResponseDto] }) questions: QuestionResponseDto[];
}
