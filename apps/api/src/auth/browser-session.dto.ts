import { ApiProperty } from '@nestjs/swagger';

/** A browser session's answer: the access token only; the refresh token is in the httpOnly cookie. */
export class BrowserSessionDto {
  @ApiProperty({ description: 'Keep it in memory only; refresh the session when it expires' }) accessToken: string;
  @ApiProperty({ enum: ['Bearer'], enumName: 'TokenType', example: 'Bearer' }) tokenType: 'Bearer';
  @ApiProperty({ type: 'integer', example: 900, description: 'Seconds until the access token expires' }) expiresIn: number;
}
