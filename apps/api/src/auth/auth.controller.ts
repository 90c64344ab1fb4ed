import { Body, Controller, Delete, Get, HttpCode, Post, Req, Res } from '@nestjs/common';
import { ApiConflictResponse, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiProperty, ApiTags, ApiTooManyRequestsResponse, ApiUnauthorizedResponse } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AccountsService, LoginDto, REFRESH_TOKEN_SECONDS, RefreshDto, RegisterDto, TokensDto, UserDto } from '@hatchery/accounts';
import { Authenticated, NoTransaction, ProblemResponseDto, Public, RequestContext, UnauthenticatedError } from '@hatchery/core';
import { OrganizationDto, OrganizationsService } from '@hatchery/organizations';
import { BrowserClient, clearRefreshCookie, parseCookies, REFRESH_COOKIE, REFRESH_COOKIE_PATH, setRefreshCookie } from './browser-session';
import { BrowserSessionDto } from './browser-session.dto';

const SETS_REFRESH_COOKIE = { 'Set-Cookie': { description: `${REFRESH_COOKIE}=<token>; Max-Age=${REFRESH_TOKEN_SECONDS}; Path=${REFRESH_COOKIE_PATH}; HttpOnly; SameSite=Strict (Secure over https)`, schema: { type: 'string' } } };
const CLEARS_REFRESH_COOKIE = { 'Set-Cookie': { description: `${REFRESH_COOKIE}=; Max-Age=0; Path=${REFRESH_COOKIE_PATH}; HttpOnly; SameSite=Strict (Secure over https)`, schema: { type: 'string' } } };

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

  /*
   * The web app's session: the same login and rotation as above, but the refresh token lives in
   * an httpOnly cookie scoped to these routes (script on the page never sees it) and the answer
   * carries only the access token, which the app keeps in memory.
   */

  @Public()
  @NoTransaction() // as login: a slowed-down attempt waits without holding a connection
  @BrowserClient()
  @Post('session')
  @HttpCode(200)
  @ApiOperation({ summary: 'Start a browser session: log in, the refresh token set as an httpOnly cookie' })
  @ApiOkResponse({ type: BrowserSessionDto, description: 'The access token; the refresh token is set as the hatchery_refresh cookie', headers: SETS_REFRESH_COOKIE })
  @ApiUnauthorizedResponse({ type: ProblemResponseDto, description: 'INVALID_CREDENTIALS, the same whether or not the email exists' })
  @ApiTooManyRequestsResponse({ type: ProblemResponseDto, description: 'RATE_LIMITED, with Retry-After' })
  async startBrowserSession(@Body() body: LoginDto, @Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<BrowserSessionDto> {
    return this.toBrowserSession(await this.accounts.login(body.email, body.password, request.ip), request, reply);
  }

  @Public()
  @BrowserClient()
  @Post('session/refresh')
  @HttpCode(200)
  @ApiOperation({ summary: 'Refresh a browser session: rotate the refresh cookie, get a new access token' })
  @ApiOkResponse({ type: BrowserSessionDto, description: 'A new access token; the cookie is replaced and the one sent is used up', headers: SETS_REFRESH_COOKIE })
  @ApiUnauthorizedResponse({ type: ProblemResponseDto, description: 'REFRESH_TOKEN_INVALID (no cookie, or invalid, expired or revoked), or REFRESH_TOKEN_REUSED (the whole login is revoked); the cookie is cleared' })
  async refreshBrowserSession(@Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<BrowserSessionDto> {
    try {
      const refreshToken = parseCookies(request.headers.cookie).get(REFRESH_COOKIE);
      if (!refreshToken) throw new UnauthenticatedError('The refresh token is invalid, expired or revoked.', 'REFRESH_TOKEN_INVALID');
      return this.toBrowserSession(await this.accounts.refresh(refreshToken), request, reply);
    } catch (error) {
      clearRefreshCookie(request, reply); // a cookie that failed once never works again
      throw error;
    }
  }

  @Public()
  @BrowserClient()
  @Delete('session')
  @HttpCode(204)
  @ApiOperation({ summary: 'End a browser session: revoke its login and clear the cookie' })
  @ApiNoContentResponse({ description: 'The login is revoked (when the cookie was sent) and the cookie cleared', headers: CLEARS_REFRESH_COOKIE })
  async endBrowserSession(@Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<void> {
    const refreshToken = parseCookies(request.headers.cookie).get(REFRESH_COOKIE);
    if (refreshToken) await this.accounts.logout(refreshToken);
    clearRefreshCookie(request, reply);
  }

  @Authenticated()
  @Get('me')
  @ApiOperation({ summary: 'Who am I: the person and their organizations with roles' })
  @ApiOkResponse({ type: MeDto })
  async me(): Promise<MeDto> {
    const user = await this.accounts.get(this.context.requireUserId());
    return { ...user, organizations: await this.organizations.listMine() };
  }

  private toBrowserSession(tokens: TokensDto, request: FastifyRequest, reply: FastifyReply): BrowserSessionDto {
    setRefreshCookie(request, reply, tokens.refreshToken, REFRESH_TOKEN_SECONDS);
    return { accessToken: tokens.accessToken, tokenType: tokens.tokenType, expiresIn: tokens.expiresIn };
  }
}
