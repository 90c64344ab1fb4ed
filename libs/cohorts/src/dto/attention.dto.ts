import { PageQueryDto } from '@hatchery/core';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsUUID } from 'class-validator';

export const ATTENTION_KINDS = ['overdue_milestone', 'evidence_to_review', 'graduation_review', 'equity_stake'] as const;
export type AttentionKind = (typeof ATTENTION_KINDS)[number];

export class AttentionQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: ATTENTION_KINDS, enumName: 'AttentionKind', description: 'Only items of this kind' })
  @IsOptional() @IsIn(ATTENTION_KINDS)
  kind?: AttentionKind;

  @ApiPropertyOptional({ format: 'uuid', description: 'Only items of this cohort' })
  @IsOptional() @IsUUID()
  cohortId?: string;
}

export class AttentionNamedDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
}

export class AttentionMilestoneDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'Customer discovery interviews' }) title: string;
  @ApiProperty({ enum: ['pending', 'submitted', 'changes_requested'], enumName: 'OpenMilestoneStatus' }) status: string;
}

export class AttentionActionDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: ['graduation_review', 'equity_stake'], enumName: 'ActionKind' }) kind: string;
}

/** One thing staff should act on. */
export class AttentionItemDto {
  @ApiProperty({ enum: ATTENTION_KINDS, enumName: 'AttentionKind' }) kind: AttentionKind;
  @ApiProperty({ format: 'date-time', description: 'When it is (or was) due: a milestone becomes overdue at this instant; an action opened then' }) dueAt: string;
  @ApiProperty({ format: 'date', description: "The due date in the cohort's timezone" }) dueOn: string;
  @ApiProperty({ description: 'Past its due moment' }) overdue: boolean;
  @ApiProperty({ type: AttentionNamedDto }) startup: AttentionNamedDto;
  @ApiProperty({ type: AttentionNamedDto }) cohort: AttentionNamedDto;
  @ApiProperty({ type: AttentionMilestoneDto, nullable: true, description: 'For overdue_milestone and evidence_to_review' }) milestone: AttentionMilestoneDto | null;
  @ApiProperty({ type: AttentionActionDto, nullable: true, description: 'For graduation_review and equity_stake: resolve it at POST …/programme-actions/{id}/resolve' }) action: AttentionActionDto | null;
}

export class AttentionCountsDto {
  @ApiProperty({ description: 'Milestones past due, not submitted (pending or changes requested)' }) overdueMilestones: number;
  @ApiProperty({ description: 'Submitted evidence waiting for review' }) evidenceToReview: number;
  @ApiProperty({ description: 'Open graduation reviews' }) graduationReviews: number;
  @ApiProperty({ description: 'Open equity stakes to confirm or dismiss' }) equityStakes: number;
  @ApiProperty() total: number;
}

export class AttentionPageDto {
  @ApiProperty({ type: AttentionCountsDto, description: 'Totals of the whole list (with the cohort filter, not the kind filter)' }) counts: AttentionCountsDto;
  @ApiProperty({ type: [AttentionItemDto], description: 'Most urgent first: the earliest due, so the longest overdue, first' }) items: AttentionItemDto[];
  @ApiProperty({ type: String, nullable: true, description: 'Pass as ?cursor= for the next page; null on the last' }) nextCursor: string | null;
}
