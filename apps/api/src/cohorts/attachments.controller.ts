import { AttachmentUploadDto, MilestoneAttachmentDto, MilestoneAttachmentListDto, MilestoneAttachmentsService } from '@hatchery/cohorts';
import { attachmentDisposition, IdPipe, ProblemResponseDto, Roles } from '@hatchery/core';
import { Controller, Get, Param, Post, Req, Res, StreamableFile } from '@nestjs/common';
import { RouteConfig } from '@nestjs/platform-fastify';
import {
  ApiBadRequestResponse,
  ApiBody,
  ApiConflictResponse,
  ApiConsumes,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiPayloadTooLargeResponse,
  ApiTags,
  ApiUnsupportedMediaTypeResponse,
} from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { UPLOAD_ROUTE } from '../uploads';

@ApiTags('milestones')
@Controller('organizations/:slug/milestones/:milestoneId/attachments')
export class AttachmentsController {
  constructor(private readonly attachments: MilestoneAttachmentsService) {}

  @Roles('founder')
  @Post()
  @RouteConfig(UPLOAD_ROUTE)
  @ApiOperation({
    summary: 'Attach a file to a milestone',
    description:
      'A founder of the startup, while the milestone is pending or changes were requested. multipart/form-data with one field "file": pdf, png, jpeg, webp, docx, xlsx, pptx, csv or txt, at most ATTACHMENT_MAX_BYTES (10 MiB by default). The content must be what the extension says (magic bytes); the declared content type is ignored.',
  })
  @ApiConsumes('multipart/form-data')
  @ApiBody({ type: AttachmentUploadDto })
  @ApiCreatedResponse({ type: MilestoneAttachmentDto })
  @ApiBadRequestResponse({ type: ProblemResponseDto, description: 'ATTACHMENT_MISSING, ATTACHMENT_EMPTY, MALFORMED_MULTIPART' })
  @ApiPayloadTooLargeResponse({ type: ProblemResponseDto, description: 'ATTACHMENT_TOO_LARGE' })
  @ApiUnsupportedMediaTypeResponse({ type: ProblemResponseDto, description: 'ATTACHMENT_TYPE_NOT_ALLOWED, ATTACHMENT_CONTENT_MISMATCH, UNSUPPORTED_MEDIA_TYPE (not multipart)' })
  @ApiConflictResponse({ type: ProblemResponseDto, description: 'MILESTONE_NOT_OPEN, MILESTONE_DROPPED, ENROLMENT_NOT_ACTIVE, ATTACHMENT_LIMIT_REACHED' })
  uploadMilestoneAttachment(@Param('slug') _slug: string, @Param('milestoneId', IdPipe) milestoneId: string, @Req() request: FastifyRequest): Promise<MilestoneAttachmentDto> {
    return this.attachments.upload(milestoneId, request.upload);
  }

  @Roles('owner', 'manager', 'founder')
  @Get()
  @ApiOperation({ summary: "List a milestone's attachments", description: 'Staff, or a founder of its startup.' })
  @ApiOkResponse({ type: MilestoneAttachmentListDto })
  listMilestoneAttachments(@Param('slug') _slug: string, @Param('milestoneId', IdPipe) milestoneId: string): Promise<MilestoneAttachmentListDto> {
    return this.attachments.list(milestoneId);
  }

  @Roles('owner', 'manager', 'founder')
  @Get(':attachmentId')
  @ApiOperation({
    summary: 'Download a milestone attachment',
    description: 'Staff, or a founder of its startup. Always a download (Content-Disposition: attachment) with the sniffed type, X-Content-Type-Options: nosniff and a sandboxing Content-Security-Policy.',
  })
  @ApiOkResponse({ description: 'The file', content: { 'application/octet-stream': { schema: { type: 'string', format: 'binary' } } } })
  async downloadMilestoneAttachment(
    @Param('slug') _slug: string,
    @Param('milestoneId', IdPipe) milestoneId: string,
    @Param('attachmentId', IdPipe) attachmentId: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<StreamableFile> {
    const { attachment, data } = await this.attachments.download(milestoneId, attachmentId);
    reply.headers({
      'content-type': attachment.contentType,
      'content-disposition': attachmentDisposition(attachment.fileName),
      'x-content-type-options': 'nosniff',
      'content-security-policy': "default-src 'none'; sandbox",
      'cache-control': 'private, no-store',
    });
    return new StreamableFile(data);
  }
}
