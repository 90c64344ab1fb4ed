import { ApiProperty } from '@nestjs/swagger';

export class MilestoneAttachmentDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) milestoneId: string;
  @ApiProperty({ example: 'interviews.pdf' }) fileName: string;
  @ApiProperty({ example: 'application/pdf', description: 'Sniffed from the content, not taken from the client' }) contentType: string;
  @ApiProperty({ example: 48213 }) sizeBytes: number;
  @ApiProperty({ description: 'SHA-256 of the content, hex' }) sha256: string;
  @ApiProperty({ format: 'uuid' }) uploadedBy: string;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}

export class MilestoneAttachmentListDto {
  @ApiProperty({ type: [MilestoneAttachmentDto], description: 'Oldest first' }) items: MilestoneAttachmentDto[];
}

/** The multipart body of an upload, for the OpenAPI document. */
export class AttachmentUploadDto {
  @ApiProperty({ type: 'string', format: 'binary', description: 'One file: pdf, png, jpeg, webp, docx, xlsx, pptx, csv or txt' }) file: unknown;
}
