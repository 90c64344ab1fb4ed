import { Idempotent, IdPipe, ProblemResponseDto, Roles } from '@hatchery/core';
import {
  CreateFeeTermsDto,
  CreateMentorProfileDto,
  CreateMentorRateDto,
  CreateMentorTagDto,
  DeclareMentorConflictDto,
  MentorConflictDto,
  MentorFeeTermsDto,
  MentorProfileDetailDto,
  MentorProfilePageDto,
  MentorProfileQueryDto,
  MentorProfilesService,
  MentorRateDto,
  MentorTagDto,
  MentorTagListDto,
  UpdateMentorProfileDto,
} from '@hatchery/mentors';
import { Body, Controller, Get, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiConflictResponse, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';

/** The mentor pool: the organization's tag vocabulary, profiles, rates, success-fee terms and conflicts. */
@ApiTags('mentors')
@Controller('organizations/:slug')
export class MentorProfilesController {
  constructor(private readonly profiles: MentorProfilesService) {}

  @Roles('owner', 'manager', 'mentor')
  @Get('mentor-tags')
  @ApiOperation({ summary: "The organization's mentor expertise tags" })
  @ApiOkResponse({ type: MentorTagListDto })
  listMentorTags(@Param('slug') _slug: string): Promise<MentorTagListDto> {
    return this.profiles.listTags();
  }

  @Roles('owner', 'manager')
  @Post('mentor-tags')
  @ApiOperation({ summary: 'Add a tag to the mentor expertise vocabulary' })
  @ApiCreatedResponse({ type: MentorTagDto })
  @ApiConflictResponse({ type: ProblemResponseDto, description: 'TAG_EXISTS' })
  createMentorTag(@Param('slug') _slug: string, @Body() body: CreateMentorTagDto): Promise<MentorTagDto> {
    return this.profiles.createTag(body);
  }

  @Roles('owner', 'manager')
  @Post('mentor-profiles')
  @ApiOperation({ summary: 'Create the mentor profile of a member with the mentor role' })
  @ApiCreatedResponse({ type: MentorProfileDetailDto })
  @ApiBadRequestResponse({ type: ProblemResponseDto, description: 'UNKNOWN_TAG, VALIDATION_FAILED' })
  @ApiConflictResponse({ type: ProblemResponseDto, description: 'NOT_A_MENTOR (the member has another role), MENTOR_PROFILE_EXISTS' })
  createMentorProfile(@Param('slug') _slug: string, @Body() body: CreateMentorProfileDto): Promise<MentorProfileDetailDto> {
    return this.profiles.create(body);
  }

  @Roles('owner', 'manager')
  @Get('mentor-profiles')
  @ApiOperation({ summary: 'List the mentor pool', description: "Newest first, with each mentor's rate in force today and assignments running today; filtered by kind and tag." })
  @ApiOkResponse({ type: MentorProfilePageDto })
  listMentorProfiles(@Param('slug') _slug: string, @Query() query: MentorProfileQueryDto): Promise<MentorProfilePageDto> {
    return this.profiles.list(query);
  }

  @Roles('mentor')
  @Get('me/mentor-profile')
  @ApiOperation({ summary: 'Your own mentor profile here' })
  @ApiOkResponse({ type: MentorProfileDetailDto, description: '404 until staff have created it' })
  getMyMentorProfile(@Param('slug') _slug: string): Promise<MentorProfileDetailDto> {
    return this.profiles.mine();
  }

  @Roles('owner', 'manager', 'mentor')
  @Get('mentor-profiles/:profileId')
  @ApiOperation({ summary: 'Get a mentor profile with its rate history, success-fee terms and conflicts' })
  @ApiOkResponse({ type: MentorProfileDetailDto, description: 'Staff, or the mentor themself' })
  getMentorProfile(@Param('slug') _slug: string, @Param('profileId', IdPipe) profileId: string): Promise<MentorProfileDetailDto> {
    return this.profiles.get(profileId);
  }

  @Roles('owner', 'manager', 'mentor')
  @Patch('mentor-profiles/:profileId')
  @ApiOperation({ summary: 'Edit a mentor profile', description: 'Staff change anything; the mentor changes their own bio and tags (kind, capacity and active are 403 for them).' })
  @ApiOkResponse({ type: MentorProfileDetailDto })
  @ApiBadRequestResponse({ type: ProblemResponseDto, description: 'UNKNOWN_TAG, VALIDATION_FAILED' })
  updateMentorProfile(@Param('slug') _slug: string, @Param('profileId', IdPipe) profileId: string, @Body() body: UpdateMentorProfileDto): Promise<MentorProfileDetailDto> {
    return this.profiles.update(profileId, body);
  }

  @Roles('owner', 'manager')
  @Post('mentor-profiles/:profileId/rates')
  @Idempotent()
  @ApiOperation({ summary: 'Set an hourly rate from a date', description: 'Rates are never overwritten: each applies from its date (included) until the next one.' })
  @ApiCreatedResponse({ type: MentorRateDto })
  @ApiConflictResponse({ type: ProblemResponseDto, description: 'RATE_OVERLAPS (a rate from that date exists), RATE_IN_LOCKED_MONTH' })
  addMentorRate(@Param('slug') _slug: string, @Param('profileId', IdPipe) profileId: string, @Body() body: CreateMentorRateDto): Promise<MentorRateDto> {
    return this.profiles.addRate(profileId, body);
  }

  @Roles('owner', 'manager')
  @Post('mentor-profiles/:profileId/fee-terms')
  @Idempotent()
  @ApiOperation({ summary: 'Set the success fee per successful startup, in general or for one programme' })
  @ApiCreatedResponse({ type: MentorFeeTermsDto })
  @ApiConflictResponse({ type: ProblemResponseDto, description: 'FEE_TERMS_EXIST' })
  addMentorFeeTerms(@Param('slug') _slug: string, @Param('profileId', IdPipe) profileId: string, @Body() body: CreateFeeTermsDto): Promise<MentorFeeTermsDto> {
    return this.profiles.addFeeTerms(profileId, body);
  }

  @Roles('owner', 'manager', 'mentor')
  @Post('mentor-profiles/:profileId/conflicts')
  @ApiOperation({ summary: 'Declare a conflict of interest with a startup', description: 'Staff, or the mentor themself. The mentor is then neither suggested for nor assigned to the startup.' })
  @ApiCreatedResponse({ type: MentorConflictDto })
  @ApiConflictResponse({ type: ProblemResponseDto, description: 'CONFLICT_EXISTS' })
  declareMentorConflict(@Param('slug') _slug: string, @Param('profileId', IdPipe) profileId: string, @Body() body: DeclareMentorConflictDto): Promise<MentorConflictDto> {
    return this.profiles.declareConflict(profileId, body);
  }
}
