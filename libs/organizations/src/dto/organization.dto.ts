import { lowerTrimmed, OptionalField, trimmed, upperTrimmed } from '@hatchery/core';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsEmail, IsIn, IsISO4217CurrencyCode, IsOptional, IsString, IsTimeZone, Matches, MaxLength, MinLength } from 'class-validator';
import { ORGANIZATION_KINDS, OrganizationKind, OWNERSHIPS, Ownership } from '../entities/organization.entity';


export const SLUG_PATTERN = /^[a-z0-9](?:[a-z0-9-]{1,61}[a-z0-9])$/;

export class CreateOrganizationDto {
  @ApiProperty({ example: 'Ulaanbaatar Innovation HUB' })
  @Transform(trimmed) @IsString() @MinLength(2) @MaxLength(200)
  name: string;

  @ApiProperty({ example: 'ub-hub', description: '3-63 lower-case letters, digits and hyphens; used in URLs' })
  @IsString()
  @Matches(SLUG_PATTERN, { message: 'slug must be 3-63 lower-case letters, digits or hyphens, not starting or ending with a hyphen' })
  slug: string;

  @ApiProperty({ enum: ORGANIZATION_KINDS, enumName: 'OrganizationKind' })
  @IsIn(ORGANIZATION_KINDS)
  kind: OrganizationKind;

  @ApiProperty({ enum: OWNERSHIPS, enumName: 'Ownership' })
  @IsIn(OWNERSHIPS)
  ownership: Ownership;

  @ApiProperty({ example: 'Asia/Ulaanbaatar', description: 'IANA time zone' })
  @IsString() @IsTimeZone({ message: 'timezone must be an IANA time zone such as Asia/Ulaanbaatar' })
  timezone: string;

  @ApiProperty({ example: 'MNT', description: 'ISO 4217 currency code' })
  @Transform(upperTrimmed) @IsISO4217CurrencyCode({ message: 'defaultCurrency must be an ISO 4217 currency code such as MNT' })
  defaultCurrency: string;
}

export class UpdateOrganizationDto {
  @ApiPropertyOptional()
  @OptionalField() @Transform(trimmed) @IsString() @MinLength(2) @MaxLength(200)
  name?: string;

  @ApiPropertyOptional({ enum: ORGANIZATION_KINDS, enumName: 'OrganizationKind' })
  @OptionalField() @IsIn(ORGANIZATION_KINDS)
  kind?: OrganizationKind;

  @ApiPropertyOptional({ enum: OWNERSHIPS, enumName: 'Ownership' })
  @OptionalField() @IsIn(OWNERSHIPS)
  ownership?: Ownership;

  @ApiPropertyOptional({ example: 'Asia/Ulaanbaatar' })
  @OptionalField() @IsString() @IsTimeZone({ message: 'timezone must be an IANA time zone such as Asia/Ulaanbaatar' })
  timezone?: string;

  @ApiPropertyOptional({ example: 'MNT' })
  @OptionalField() @Transform(upperTrimmed) @IsISO4217CurrencyCode({ message: 'defaultCurrency must be an ISO 4217 currency code such as MNT' })
  defaultCurrency?: string;

  @ApiPropertyOptional({ type: String, description: 'Name the organization signs its emails with (default: its name); null resets', nullable: true })
  @IsOptional() @Transform(trimmed) @IsString() @MinLength(2) @MaxLength(200)
  emailFromName?: string | null;

  @ApiPropertyOptional({ type: String, description: 'Where replies to its emails go; null for none', nullable: true })
  @IsOptional() @Transform(lowerTrimmed) @IsEmail()
  emailReplyTo?: string | null;
}
