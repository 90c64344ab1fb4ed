import { ApiProperty } from '@nestjs/swagger';

export class TokensDto {
  @ApiProperty() accessToken: string;
  @ApiProperty() refreshToken: string;
  @ApiProperty({ enum: ['Bearer'], enumName: 'TokenType', example: 'Bearer' }) tokenType: 'Bearer';
  @ApiProperty({ type: 'integer', example: 900, description: 'Seconds until the access token expires' }) expiresIn: number;
}

export class UserDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() email: string;
  @ApiProperty() name: string;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}
