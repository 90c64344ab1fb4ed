import { Body, Controller, Get, HttpCode, Post, Req } from '@nestjs/common';
import { ApiConflictResponse, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiProperty, ApiTags, ApiTooManyRequestsResponse, ApiUnauthorizedResponse } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import { AccountsService, LoginDto, RefreshDto, RegisterDto, TokensDto, UserDto } from '@hatchery/accounts';
import { Authenticated, NoTransaction, ProblemResponseDto, Public, RequestContext } from '@hatchery/core';
import { OrganizationDto, OrganizationsService } from '@hatchery/organizations';

/** The person logged in and the organizations they belong to, with their role in each. */
class MeDto extends UserDto {
  @ApiProperty({ type: [OrganizationDto] }) organizations: OrganizationDto[];
}

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly accounts: AccountsService,
    private readonly organizations: OrganizationsService,
    private readonly context: RequestContext,
  ) {}

  @Public()
  @Post('register')
  @ApiOperation({ summary: 'Create an account' })
  @ApiCreatedResponse({ type: UserDto })
  @ApiConflictResponse({ type: ProblemResponseDto, description: 'EMAIL_TAKEN' })
  register(@Body() body: RegisterDto): Promise<UserDto> {
    return this.accounts.register(body.email, body.password, body.name);
  }

  @Public()
  @NoTransaction() // a slowed-down attempt waits without holding a connection; the service opens its own
  @Post('login')
  @HttpCode(200)
  @ApiOperation({ summary: 'Log in with email and password' })
  @ApiOkResponse({ type: TokensDto })
  @ApiUnauthorizedResponse({ type: ProblemResponseDto, description: 'INVALID_CREDENTIALS, the same whether or not the email exists' })
  @ApiTooManyRequestsResponse({ type: ProblemResponseDto, description: 'RATE_LIMITED, with Retry-After' })
  login(@Body() body: LoginDto, @Req() request: FastifyRequest): Promise<TokensDto> {
    return this.accounts.login(body.email, body.password, request.ip);
  }

  @Public()
  @Post('refresh')
  @HttpCode(200)
  @ApiOperation({ summary: 'Exchange a refresh token for a new pair' })
  @ApiOkResponse({ type: TokensDto, description: 'A new pair; the refresh token sent is used up' })
  @ApiUnauthorizedResponse({ type: ProblemResponseDto, description: 'REFRESH_TOKEN_INVALID, or REFRESH_TOKEN_REUSED (the whole login is revoked)' })
  refresh(@Body() body: RefreshDto): Promise<TokensDto> {
    return this.accounts.refresh(body.refreshToken);
  }

  @Public()
  @Post('logout')
  @HttpCode(204)
  @ApiOperation({ summary: 'Log out: revoke a refresh token' })
  @ApiNoContentResponse({ description: 'The refresh token (and its login) no longer works' })
  async logout(@Body() body: RefreshDto): Promise<void> {
    await this.accounts.logout(body.refreshToken);
  }

  @Authenticated()
  @Get('me')
  @ApiOperation({ summary: 'Who am I: the person and their organizations with roles' })
  @ApiOkResponse({ type: MeDto })
  async me(): Promise<MeDto> {
    const user = await this.accounts.get(this.context.requireUserId());
    return { ...user, organizations: await this.organizations.listMine() };
  }
}
