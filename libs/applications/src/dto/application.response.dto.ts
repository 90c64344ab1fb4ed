import { ApiProperty, getSchemaPath } from '@nestjs/swagger';
import { QuestionResponseDto } from '@hatchery/programmes';
import { APPLICATION_STATUSES, ApplicationStatus, Answers, GENDERS, Stage, STAGES } from '../entities/application.entity';

export class FounderResponseDto {
  @ApiProperty() name: string;
  @ApiProperty() email: string;
  @ApiProperty() role: string;
  @ApiProperty({ enum: GENDERS, enumName: 'Gender', nullable: true, required: false, description: 'Only to owners, managers and the applicant' }) gender?: (typeof GENDERS)[number] | null;
  @ApiProperty({ type: 'integer', nullable: true, required: false, description: 'Only to owners, managers and the applicant' }) birthYear?: number | null;
  @ApiProperty({ type: String, nullable: true, required: false, description: 'Only to owners, managers and the applicant' }) group?: string | null;
}

/** The call as its applicant needs it to read their answers, also after it closes. */
export class ApplicationCallDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'Annual intake 2026' }) title: string;
  @ApiProperty({ type: [QuestionResponseDto], description: 'The questions the answers are keyed by, in order' }) questions: QuestionResponseDto[];
}

export class ApplicationDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) callId: string;
  @ApiProperty({ enum: APPLICATION_STATUSES, enumName: 'ApplicationStatus' }) status: ApplicationStatus;
  @ApiProperty({ type: String, nullable: true }) startupName: string | null;
  @ApiProperty({ type: String, nullable: true }) sector: string | null;
  @ApiProperty({ enum: STAGES, enumName: 'Stage', nullable: true }) stage: Stage | null;
  @ApiProperty({ type: String, nullable: true }) idea: string | null;
  @ApiProperty({ type: 'integer', nullable: true }) teamSize: number | null;
  @ApiProperty({ type: String, nullable: true }) previousExperience: string | null;
  @ApiProperty({ type: [FounderResponseDto], required: false, description: 'Absent under blind review for reviewers' }) founders?: FounderResponseDto[];
  @ApiProperty({
    type: 'object',
    additionalProperties: { oneOf: [{ type: 'string' }, { type: 'number' }, { type: 'boolean' }, { type: 'array', items: { type: 'string' } }] },
    description: 'Answers by question key',
  })
  answers: Answers;
  @ApiProperty({ type: ApplicationCallDto, required: false, description: "Only to the applicant (their own application): the call's title and questions, which they may not read otherwise once it closes" })
  call?: ApplicationCallDto;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) submittedAt: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) withdrawnAt: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'The review round it is in' }) roundKey: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) decidedAt: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
}

export class ApplicationPageDto {
  @ApiProperty({ type: [ApplicationDto] }) items: ApplicationDto[];
  @ApiProperty({ type: String, nullable: true }) nextCursor: string | null;
}

export class QueueItemDto {
  @ApiProperty({ format: 'uuid' }) assignmentId: string;
  @ApiProperty({ format: 'uuid' }) applicationId: string;
  @ApiProperty({ format: 'uuid' }) callId: string;
  @ApiProperty() roundKey: string;
  @ApiProperty({ description: 'The assignment status' }) status: string;
  @ApiProperty({ type: String, nullable: true }) startupName: string | null;
}

export class ReviewerProgressDto {
  @ApiProperty({ format: 'uuid' }) reviewerUserId: string;
  @ApiProperty() name: string;
  @ApiProperty({ type: 'integer' }) assigned: number;
  @ApiProperty({ type: 'integer' }) done: number;
  @ApiProperty({ type: 'integer' }) pending: number;
}

export class RankedApplicationDto {
  @ApiProperty({ type: 'integer', example: 1 }) rank: number;
  @ApiProperty({ format: 'uuid' }) applicationId: string;
  @ApiProperty({ type: String, nullable: true }) startupName: string | null;
  @ApiProperty({ type: String, nullable: true }) sector: string | null;
  @ApiProperty({ description: 'Application status' }) status: string;
  @ApiProperty({ type: Number, nullable: true, description: "Mean over reviewers of each review's weighted mean" }) score: number | null;
  @ApiProperty({ type: Number, nullable: true, description: "Mean over reviewers of the review's z-score within that reviewer's reviews" }) zScore: number | null;
  @ApiProperty({ type: 'integer', description: 'Completed reviews' }) reviews: number;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) submittedAt: string | null;
}

export class AssignedDto {
  @ApiProperty({ type: 'integer', description: 'Assignments made' }) assigned: number;
}

export class ShortlistedDto {
  @ApiProperty({ type: [String], description: 'Ids of the applications moved to the next round' }) shortlisted: string[];
}

export class DecidedDto {
  @ApiProperty({ type: [String], description: 'Ids of the applications decided' }) decided: string[];
}

export const RANKING_CSV_SCHEMA = { type: 'string', description: 'CSV with a UTF-8 byte-order mark' } as const;
export const rankingJsonSchema = () => ({ type: 'array', items: { $ref: getSchemaPath(RankedApplicationDto) } }) as const;
