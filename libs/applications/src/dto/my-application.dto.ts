import { PageQueryDto } from '@hatchery/core';
import { ApiProperty } from '@nestjs/swagger';
import { APPLICATION_STATUSES, ApplicationStatus } from '../entities/application.entity';

export class MyApplicationsQueryDto extends PageQueryDto {}

export class ApplicationOrganizationDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'ub-hub' }) slug: string;
  @ApiProperty({ example: 'Ulaanbaatar Innovation HUB' }) name: string;
}

/** One of the caller's own applications, in any organization. */
export class MyApplicationDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ type: ApplicationOrganizationDto }) organization: ApplicationOrganizationDto;
  @ApiProperty({ format: 'uuid' }) callId: string;
  @ApiProperty({ example: 'Annual intake 2026: pollution and traffic' }) callTitle: string;
  @ApiProperty({ type: String, nullable: true }) startupName: string | null;
  @ApiProperty({ enum: APPLICATION_STATUSES, enumName: 'ApplicationStatus' }) status: ApplicationStatus;
  @ApiProperty({ type: String, nullable: true, format: 'date-time' }) submittedAt: string | null;
  @ApiProperty({ type: String, nullable: true, format: 'date-time' }) decidedAt: string | null;
  @ApiProperty({ type: String, nullable: true, format: 'date-time' }) withdrawnAt: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
}

export class MyApplicationPageDto {
  @ApiProperty({ type: [MyApplicationDto] }) items: MyApplicationDto[];
  @ApiProperty({ type: String, nullable: true, description: 'Pass as ?cursor= for the next page; null on the last' }) nextCursor: string | null;
}
