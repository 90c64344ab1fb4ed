import { MoneyResponseDto } from '@hatchery/programmes';
import { ApiProperty } from '@nestjs/swagger';
import { TRANCHE_STATUSES, TrancheStatus } from '../entities/grant.entity';

export const GRANT_STATES = ['awarded', 'partly_disbursed', 'disbursed'] as const;
export type GrantState = (typeof GRANT_STATES)[number];

export class GrantTrancheDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ type: 'integer', example: 1 }) position: number;
  @ApiProperty({ type: MoneyResponseDto }) amount: MoneyResponseDto;
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'Payable once this milestone is approved' }) milestoneId: string | null;
  @ApiProperty({ type: String, nullable: true, example: '2026-09-01', description: 'Payable from local midnight starting this date' }) dueOn: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'For a date tranche: the instant it becomes payable' }) payableAt: string | null;
  @ApiProperty({ enum: TRANCHE_STATUSES, enumName: 'TrancheStatus' }) status: TrancheStatus;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) payableSince: string | null;
  @ApiProperty({ type: String, nullable: true, example: '2026-05-04' }) disbursedOn: string | null;
  @ApiProperty({ type: String, nullable: true }) bankReference: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) disbursedAt: string | null;
}

export class GrantDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) startupId: string;
  @ApiProperty({ format: 'uuid' }) enrolmentId: string;
  @ApiProperty({ format: 'uuid' }) programmeId: string;
  @ApiProperty({ type: MoneyResponseDto }) amount: MoneyResponseDto;
  @ApiProperty({ enum: GRANT_STATES, enumName: 'GrantState', description: 'awarded: nothing paid yet; partly_disbursed; disbursed: every tranche paid' }) state: GrantState;
  @ApiProperty({ type: MoneyResponseDto, description: 'Sum of the tranches paid' }) disbursed: MoneyResponseDto;
  @ApiProperty({ type: MoneyResponseDto, description: 'Sum of the tranches payable and not yet paid' }) payable: MoneyResponseDto;
  @ApiProperty({ type: String, nullable: true }) purpose: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ type: [GrantTrancheDto] }) tranches: GrantTrancheDto[];
}

export class GrantListDto {
  @ApiProperty({ type: [GrantDto], description: "The startup's grants, newest first" }) items: GrantDto[];
}

export class PerkDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() partner: string;
  @ApiProperty() description: string;
  @ApiProperty({ type: MoneyResponseDto }) value: MoneyResponseDto;
  @ApiProperty() active: boolean;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
}

export class PerkPageDto {
  @ApiProperty({ type: [PerkDto] }) items: PerkDto[];
  @ApiProperty({ type: String, nullable: true }) nextCursor: string | null;
}

export class PerkRedemptionDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) startupId: string;
  @ApiProperty({ format: 'uuid' }) enrolmentId: string;
  @ApiProperty({ format: 'uuid' }) programmeId: string;
  @ApiProperty({ format: 'uuid' }) perkId: string;
  @ApiProperty() partner: string;
  @ApiProperty({ type: MoneyResponseDto, description: "The perk's value when redeemed, in its own currency" }) value: MoneyResponseDto;
  @ApiProperty({ type: String, nullable: true, example: '0.7865', description: "Units of the cap's currency for one unit of the perk's, as given" }) rate: string | null;
  @ApiProperty({ type: String, nullable: true }) rateSource: string | null;
  @ApiProperty({ type: String, nullable: true }) rateOn: string | null;
  @ApiProperty({ type: MoneyResponseDto, description: "What counts against the cap, in the cap's currency (converted amounts rounded half up to its minor unit)" }) charged: MoneyResponseDto;
  @ApiProperty({ type: 'integer', example: 1, description: 'Enrolment year (1 = the first year from the enrolment start)' }) year: number;
  @ApiProperty({ example: '2026-03-02' }) yearStartsOn: string;
  @ApiProperty({ example: '2027-03-01', description: "The year's last day" }) yearEndsOn: string;
  @ApiProperty({ example: '2026-04-30', description: "The local date of the redemption (the cohort's timezone)" }) redeemedOn: string;
  @ApiProperty({ type: String, nullable: true }) note: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}

export class PerkCapUsageDto {
  @ApiProperty({ format: 'uuid' }) enrolmentId: string;
  @ApiProperty({ format: 'uuid' }) programmeId: string;
  @ApiProperty({ type: 'integer', example: 1 }) year: number;
  @ApiProperty({ example: '2026-03-02' }) startsOn: string;
  @ApiProperty({ example: '2027-03-01' }) endsOn: string;
  @ApiProperty({ description: 'Whether today falls in this year' }) current: boolean;
  @ApiProperty({ type: MoneyResponseDto, nullable: true, description: "The programme's yearly cap now; null when it has none" }) cap: MoneyResponseDto | null;
  @ApiProperty({ type: MoneyResponseDto, description: "Charged against the cap in this year, in the cap's currency" }) used: MoneyResponseDto;
  @ApiProperty({ type: MoneyResponseDto, nullable: true, description: 'cap − used, never below zero; null without a cap' }) remaining: MoneyResponseDto | null;
}

export class PerkRedemptionListDto {
  @ApiProperty({ type: [PerkRedemptionDto], description: "The startup's redemptions, newest first" }) items: PerkRedemptionDto[];
  @ApiProperty({ type: [PerkCapUsageDto], description: 'Cap usage per enrolment and year: every year with redemptions, and the current year of each active enrolment' }) usage: PerkCapUsageDto[];
}
