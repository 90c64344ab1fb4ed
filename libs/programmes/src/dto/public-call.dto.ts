import { PageQueryDto } from '@hatchery/core';
import { ApiProperty } from '@nestjs/swagger';

export class PublicCallsQueryDto extends PageQueryDto {}

export class PublicCallOrganizationDto {
  @ApiProperty({ example: 'ub-hub', description: 'Its open calls with their questions: GET /api/v1/public/organizations/{slug}/calls' }) slug: string;
  @ApiProperty({ example: 'Ulaanbaatar Innovation HUB' }) name: string;
}

/** An open call as anyone may see it: its public fields and the organization running it. */
export class PublicCallListingDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ type: PublicCallOrganizationDto }) organization: PublicCallOrganizationDto;
  @ApiProperty({ example: 'Annual intake 2026' }) title: string;
  @ApiProperty({ type: String, nullable: true, example: 'Pollution and traffic' }) theme: string | null;
  @ApiProperty({ format: 'date-time' }) opensAt: string;
  @ApiProperty({ format: 'date-time' }) closesAt: string;
  @ApiProperty({ description: 'Places (1 for a single space)' }) capacity: number;
}

export class PublicCallListingPageDto {
  @ApiProperty({ type: [PublicCallListingDto], description: 'Closing soonest first' }) items: PublicCallListingDto[];
  @ApiProperty({ type: String, nullable: true, description: 'Pass as ?cursor= for the next page; null on the last' }) nextCursor: string | null;
}
