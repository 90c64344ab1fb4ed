import { MoneyResponseDto } from '@hatchery/programmes';
import { ApiProperty } from '@nestjs/swagger';
import { RATE_BASES, RateBasis, SPACE_KINDS, SpaceKind } from '../entities/space.entity';
import { RENT_PLAN_KINDS, RentPlanKind } from '../entities/rent-plan.entity';

export class SiteDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty({ type: String, nullable: true }) address: string | null;
  @ApiProperty({ example: 'Asia/Ulaanbaatar', description: "The organization's timezone when the site was made" }) timezone: string;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}

export class SiteListDto {
  @ApiProperty({ type: [SiteDto], description: 'By name' }) items: SiteDto[];
}

export class SpaceRateDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: '2026-01-01' }) effectiveFrom: string;
  @ApiProperty({ enum: RATE_BASES, enumName: 'RateBasis' }) basis: RateBasis;
  @ApiProperty({ type: MoneyResponseDto, description: 'Per month, or per m² per month' }) amount: MoneyResponseDto;
}

export class SpaceDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) siteId: string;
  @ApiProperty() name: string;
  @ApiProperty({ enum: SPACE_KINDS, enumName: 'SpaceKind' }) kind: SpaceKind;
  @ApiProperty({ example: '24.50', description: 'Square metres, a decimal string (two places)' }) areaM2: string;
  @ApiProperty({ type: 'integer' }) capacity: number;
  @ApiProperty({ description: 'true: leased whole, one lease at a time; false (desk_area): leases take desks' }) exclusive: boolean;
  @ApiProperty({ type: [SpaceRateDto], description: 'Market rates, oldest first; each holds until the next' }) rates: SpaceRateDto[];
}

export class SpaceListDto {
  @ApiProperty({ type: [SpaceDto] }) items: SpaceDto[];
}

export class RentPlanTermsDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: '2026-01-01' }) effectiveFrom: string;
  @ApiProperty({ type: 'integer', nullable: true, description: 'share_of_market: basis points of the market rate' }) shareBps: number | null;
  @ApiProperty({ type: MoneyResponseDto, nullable: true, description: 'fixed: per month' }) amount: MoneyResponseDto | null;
}

export class RentPlanDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty({ enum: RENT_PLAN_KINDS, enumName: 'RentPlanKind' }) kind: RentPlanKind;
  @ApiProperty({ type: 'integer' }) noticeDays: number;
  @ApiProperty({ type: [RentPlanTermsDto], description: 'Oldest first; each holds until the next' }) terms: RentPlanTermsDto[];
}

export class RentPlanListDto {
  @ApiProperty({ type: [RentPlanDto] }) items: RentPlanDto[];
}

export class ProgrammeRentPlansDto {
  @ApiProperty({ format: 'uuid' }) programmeId: string;
  @ApiProperty({ format: 'uuid' }) incubationPlanId: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) postIncubationPlanId: string | null;
}

export class LeaseDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) startupId: string;
  @ApiProperty({ format: 'uuid' }) spaceId: string;
  @ApiProperty() spaceName: string;
  @ApiProperty({ format: 'uuid' }) siteId: string;
  @ApiProperty({ format: 'uuid' }) planId: string;
  @ApiProperty() planName: string;
  @ApiProperty({ example: '2026-02-01' }) startsOn: string;
  @ApiProperty({ type: String, nullable: true, description: 'Last day, included; null: open-ended' }) endsOn: string | null;
  @ApiProperty({ type: 'integer', nullable: true, description: 'Desks taken in a desk area; null for an exclusive space' }) desks: number | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'The lease this one continues (graduation)' }) continuesLeaseId: string | null;
  @ApiProperty({ type: String, nullable: true }) endReason: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}

export class LeaseListDto {
  @ApiProperty({ type: [LeaseDto], description: 'By start date' }) items: LeaseDto[];
}

export class OccupancyFiguresDto {
  @ApiProperty({ example: '700.00', description: 'Area of every space, m² (decimal string)' }) areaM2: string;
  @ApiProperty({ example: '412.50', description: "Leased area, m²: an exclusive space's whole area, a desk area's area × leased desks / capacity (two places)" }) leasedAreaM2: string;
  @ApiProperty({ type: 'integer', description: 'Desks of the desk areas' }) desks: number;
  @ApiProperty({ type: 'integer', description: 'Desks leased in the desk areas' }) leasedDesks: number;
  @ApiProperty({ type: 'integer' }) spaces: number;
  @ApiProperty({ type: 'integer', description: 'Exclusive spaces with a lease on the date' }) leasedSpaces: number;
}

export class SiteOccupancyDto extends OccupancyFiguresDto {
  @ApiProperty({ format: 'uuid' }) siteId: string;
  @ApiProperty() siteName: string;
}

export class OccupancyDto {
  @ApiProperty({ example: '2026-03-01' }) asOf: string;
  @ApiProperty({ type: [SiteOccupancyDto] }) sites: SiteOccupancyDto[];
  @ApiProperty({ type: OccupancyFiguresDto, description: "The organization's total" }) total: OccupancyFiguresDto;
}
