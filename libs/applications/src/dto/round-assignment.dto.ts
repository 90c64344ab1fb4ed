import { PageQueryDto } from '@hatchery/core';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsUUID } from 'class-validator';

/**
 * An assignment as staff see it: pending (not scored yet), done (scored), conflict (the reviewer
 * recused after the round was finalized, so the assignment and its review were kept).
 */
export const ROUND_ASSIGNMENT_STATUSES = ['pending', 'done', 'conflict'] as const;
export type RoundAssignmentStatus = (typeof ROUND_ASSIGNMENT_STATUSES)[number];

export class RoundAssignmentQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: ROUND_ASSIGNMENT_STATUSES, enumName: 'RoundAssignmentStatus' })
  @IsOptional() @IsIn(ROUND_ASSIGNMENT_STATUSES)
  status?: RoundAssignmentStatus;

  @ApiPropertyOptional({ format: 'uuid', description: "Only this reviewer's assignments" })
  @IsOptional() @IsUUID()
  reviewerUserId?: string;
}

export class AssignmentApplicationDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ type: String, nullable: true }) startupName: string | null;
  @ApiProperty({ type: String, nullable: true, description: "The applicant's account name (null if the account is gone)" }) applicantName: string | null;
}

export class AssignmentReviewerDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
}

export class RoundAssignmentDto {
  @ApiProperty({ format: 'uuid', description: 'The assignment id, for PATCH …/review-assignments/{id}' }) id: string;
  @ApiProperty() roundKey: string;
  @ApiProperty({ type: AssignmentApplicationDto }) application: AssignmentApplicationDto;
  @ApiProperty({ type: AssignmentReviewerDto }) reviewer: AssignmentReviewerDto;
  @ApiProperty({ enum: ROUND_ASSIGNMENT_STATUSES, enumName: 'RoundAssignmentStatus' }) status: RoundAssignmentStatus;
  @ApiProperty({ format: 'date-time', description: 'When the assignment was made (moving it to another reviewer keeps this time)' }) assignedAt: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'When the review was last saved; null while pending' }) submittedAt: string | null;
}

export class RoundAssignmentPageDto {
  @ApiProperty({ type: [RoundAssignmentDto] }) items: RoundAssignmentDto[];
  @ApiProperty({ type: String, nullable: true }) nextCursor: string | null;
}

export class MyReviewDto {
  @ApiProperty({ format: 'uuid' }) assignmentId: string;
  @ApiProperty({ format: 'uuid' }) applicationId: string;
  @ApiProperty() roundKey: string;
  @ApiProperty({ type: 'object', additionalProperties: { type: 'integer' }, example: { innovative_idea: 4, leadership: 5 }, description: 'The score given to each criterion of the round' })
  scores: Record<string, number>;
  @ApiProperty({ type: String, nullable: true }) comment: string | null;
  @ApiProperty({ format: 'date-time', description: 'When the review was last saved' }) submittedAt: string;
  @ApiProperty({ description: 'False once the round is finalized: the review can no longer change' }) editable: boolean;
}
