import { OptionalField } from '@hatchery/core';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsIn, IsInt, IsObject, IsOptional, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';
import { DECISIONS, Decision } from '../decisions.service';
import { RANKING_METHODS, RankingMethod } from '../ranking.service';

export class SubmitReviewDto {
  @ApiProperty({ type: 'object', additionalProperties: { type: 'integer' }, example: { innovative_idea: 4, leadership: 5 }, description: 'An integer on its scale for every criterion of the round' })
  @IsObject()
  scores: Record<string, unknown>;

  @ApiPropertyOptional() @OptionalField() @IsString() @MaxLength(10000)
  comment?: string;
}

export class DeclareConflictDto {
  @ApiPropertyOptional({ example: 'I advised this team last year' }) @OptionalField() @IsString() @MaxLength(1000)
  reason?: string;
}

export class ReassignDto {
  @ApiProperty({ format: 'uuid' }) @IsUUID()
  reviewerUserId: string;
}

export class RankingQueryDto {
  @ApiPropertyOptional({ enum: RANKING_METHODS, enumName: 'RankingMethod', default: 'weighted', description: 'weighted: mean of weighted scores; zscore: normalized per reviewer' })
  @IsOptional() @IsIn(RANKING_METHODS)
  method: RankingMethod = 'weighted';

  @ApiPropertyOptional({ enum: ['json', 'csv'], enumName: 'RankingFormat', default: 'json' })
  @IsOptional() @IsIn(['json', 'csv'])
  format: 'json' | 'csv' = 'json';
}

export class ShortlistDto {
  @ApiPropertyOptional({ description: "How many go on; defaults to the round's shortlist size" })
  @OptionalField() @IsInt() @Min(1) @Max(100000)
  top?: number;

  @ApiPropertyOptional({ enum: RANKING_METHODS, enumName: 'RankingMethod', default: 'weighted' })
  @OptionalField() @IsIn(RANKING_METHODS)
  method: RankingMethod = 'weighted';
}

export class DecideDto {
  @ApiProperty({ type: [String], format: 'uuid' })
  @IsUUID('all', { each: true }) @ArrayMinSize(1) @ArrayMaxSize(1000) @Type(() => String)
  applicationIds: string[];

  @ApiProperty({ enum: DECISIONS, enumName: 'Decision' })
  @IsIn(DECISIONS)
  decision: Decision;

  @ApiPropertyOptional({ format: 'uuid', description: "On acceptance: the cohort of the call's programme the new startups join" })
  @IsOptional() @IsUUID()
  cohortId?: string;
}
