import { ApiProperty } from '@nestjs/swagger';

/**
 * A call's funnel: how many of its applications reached each stage. Each count is of
 * applications of this call, once each; the stages are not exclusive (an accepted application is
 * also counted as submitted, and as reviewed and shortlisted if it was).
 */
export class CallFunnelDto {
  @ApiProperty({ format: 'uuid' }) callId: string;
  @ApiProperty({ type: String, nullable: true, example: 'screening', description: "The call's first round, the one `reviewed` and `shortlisted` are measured against" }) firstRoundKey: string | null;
  @ApiProperty({ type: 'integer', example: 3, description: "The call's reviewers per application: the completed reviews an application needs to count as reviewed" }) requiredReviews: number;
  @ApiProperty({ type: 'integer', description: 'Every application of the call, in any status' }) total: number;
  @ApiProperty({ type: 'integer', description: 'Still drafts (status draft; a draft withdrawn before submission counts only as withdrawn)' }) drafts: number;
  @ApiProperty({ type: 'integer', description: 'Ever submitted (submitted at is set), whatever became of them since: in review, shortlisted, decided or withdrawn after submission' }) submitted: number;
  @ApiProperty({ type: 'integer', description: 'Ever submitted, with at least `requiredReviews` completed (submitted) reviews in the first round' }) reviewed: number;
  @ApiProperty({ type: 'integer', description: 'Moved past the first round by a shortlist (their round is a later one), whatever their status now' }) shortlisted: number;
  @ApiProperty({ type: 'integer', description: 'Now accepted, rejected or waitlisted: accepted + rejected + waitlisted' }) decided: number;
  @ApiProperty({ type: 'integer', description: 'Now accepted (an accepted applicant who withdrew counts as withdrawn)' }) accepted: number;
  @ApiProperty({ type: 'integer', description: 'Now rejected' }) rejected: number;
  @ApiProperty({ type: 'integer', description: 'Now waitlisted (a waitlisted application promoted later counts as accepted)' }) waitlisted: number;
  @ApiProperty({ type: 'integer', description: 'Now withdrawn, at any stage: as a draft, after submission or after acceptance' }) withdrawn: number;
}
