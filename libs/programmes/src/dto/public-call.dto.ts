import { PageQueryDto } from '@hatchery/core';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength } from 'class-validator';

export class PublicCallsQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ example: 'ub-hub', description: "Only this organization's calls (its slug); an unknown slug lists none" })
  @IsOptional() @IsString() @MaxLength(63)
  organization?: string;
}

export class PublicCallOrganizationDto {
  @ApiProperty({ example: 'ub-hub', description: 'Its open calls with their questions: GET /api/v1/public/organizations/{slug}/calls' }) slug: string;
  @ApiProperty({ example: 'Ulaanbaatar Innovation HUB' }) name: string;
  @ApiProperty({ example: 'Asia/Ulaanbaatar', description: 'IANA timezone: the one the organization means its dates and times in' }) timezone: string;
}

export class PublicCallProgrammeDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'HUB Incubation' }) name: string;
}

/** An open call as anyone may see it: its public fields and the organization running it. */
export class PublicCallListingDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ type: PublicCallOrganizationDto }) organization: PublicCallOrganizationDto;
  @ApiProperty({ type: PublicCallProgrammeDto, description: 'The programme the call admits to' }) programme: PublicCallProgrammeDto;
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
