import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

class FieldErrorDto {
  @ApiProperty({ example: 'email' }) field: string;
  @ApiProperty({ example: 'email must be an email' }) message: string;
}

/** RFC 9457 problem document, as every error response is shaped. */
export class ProblemResponseDto {
  @ApiProperty({ example: 'https://hatchery.dev/problems/validation-failed' }) type: string;
  @ApiProperty({ example: 'Bad request' }) title: string;
  @ApiProperty({ example: 400 }) status: number;
  @ApiProperty() detail: string;
  @ApiProperty({ example: 'VALIDATION_FAILED', description: 'Stable, machine-readable code' }) code: string;
  @ApiProperty() requestId: string;
  @ApiPropertyOptional({ type: [FieldErrorDto] }) errors?: FieldErrorDto[];
}
