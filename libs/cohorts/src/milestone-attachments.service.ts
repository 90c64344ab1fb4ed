import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { ALLOWED_EXTENSIONS, AuditService, checkFile, cleanFileName, ConflictError, DomainError, Env, FileStorage, newId, NotFoundError, RequestContext } from '@hatchery/core';
import { StartupsService } from '@hatchery/startups';
import { MilestoneAttachmentDto } from './dto/attachment.dto';
import { Enrolment } from './entities/enrolment.entity';
import { Milestone } from './entities/milestone.entity';
import { MilestoneAttachment } from './entities/milestone-attachment.entity';

/** What the HTTP layer read of a multipart upload before the request's transaction began. */
export type Upload =
  | { state: 'file'; fileName: string; data: Buffer }
  | { state: 'too-large' }
  | { state: 'no-file' }
  | { state: 'malformed' }
  | { state: 'not-multipart' };

/** A milestone holds at most this many files. */
export const MAX_ATTACHMENTS_PER_MILESTONE = 20;

const OPEN = ['pending', 'changes_requested'];

function toAttachmentView(a: MilestoneAttachment): MilestoneAttachmentDto {
  return { id: a.id, milestoneId: a.milestoneId, fileName: a.fileName, contentType: a.contentType, sizeBytes: a.sizeBytes, sha256: a.sha256, uploadedBy: a.uploadedBy, createdAt: a.createdAt.toISOString() };
}

/**
 * Files attached to a milestone as evidence. A founder of the startup uploads while the milestone
 * is open (pending or changes requested, not dropped, the enrolment active); staff and the
 * founders list and download them; anyone else, and every other organization, gets 404. Every
 * refusal happens before anything is written: no row, no file.
 */
@Injectable()
export class MilestoneAttachmentsService {
  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly context: RequestContext,
    private readonly startups: StartupsService,
    private readonly storage: FileStorage,
    private readonly audit: AuditService,
    private readonly env: Env,
  ) {}

  private get attachments() {
    return this.txHost.tx.getRepository(MilestoneAttachment);
  }

  async upload(milestoneId: string, upload: Upload | undefined): Promise<MilestoneAttachmentDto> {
    const { milestone, enrolment } = await this.milestoneOf(milestoneId, true);
    if (!(await this.startups.isFounder(enrolment.startupId, this.context.requireUserId()))) throw new NotFoundError('Milestone');
    const file = this.readable(upload);
    if (milestone.droppedAt) throw new ConflictError('MILESTONE_DROPPED', 'The milestone was dropped.');
    if (enrolment.status !== 'active') throw new ConflictError('ENROLMENT_NOT_ACTIVE', `The enrolment is ${enrolment.status}.`);
    if (!OPEN.includes(milestone.status)) {
      throw new ConflictError('MILESTONE_NOT_OPEN', `The milestone is ${milestone.status.replace('_', ' ')}; files are attached while it is pending or changes were requested.`);
    }
    if ((await this.attachments.countBy({ milestoneId })) >= MAX_ATTACHMENTS_PER_MILESTONE) {
      throw new ConflictError('ATTACHMENT_LIMIT_REACHED', `A milestone holds at most ${MAX_ATTACHMENTS_PER_MILESTONE} files.`);
    }
    const fileName = cleanFileName(file.fileName);
    const checked = checkFile(fileName, file.data);
    if (!checked.ok) {
      throw checked.reason === 'extension'
        ? new DomainError(415, 'ATTACHMENT_TYPE_NOT_ALLOWED', `Files are taken as ${ALLOWED_EXTENSIONS.join(', ')}.`, { errors: [{ field: 'file', message: `must be one of ${ALLOWED_EXTENSIONS.join(', ')}` }] })
        : new DomainError(415, 'ATTACHMENT_CONTENT_MISMATCH', 'The file’s content is not what its name says it is.', { errors: [{ field: 'file', message: 'content does not match the file type' }] });
    }

    const organizationId = this.context.requireOrganizationId();
    const id = newId();
    const storageKey = `${organizationId}/${milestoneId}/${id}`;
    await this.storage.put(storageKey, file.data);
    try {
      await this.attachments.insert({
        id,
        organizationId,
        milestoneId,
        uploadedBy: this.context.requireUserId(),
        fileName,
        contentType: checked.contentType,
        sizeBytes: file.data.length,
        sha256: createHash('sha256').update(file.data).digest('hex'),
        storageKey,
      });
      await this.audit.record({ action: 'milestone.attachment-added', entityType: 'milestone', entityId: milestoneId, after: { attachmentId: id, fileName, sizeBytes: file.data.length } });
    } catch (error) {
      await this.storage.delete(storageKey);
      throw error;
    }
    return toAttachmentView(await this.attachments.findOneByOrFail({ id }));
  }

  async list(milestoneId: string): Promise<{ items: MilestoneAttachmentDto[] }> {
    await this.visible(milestoneId);
    const rows = await this.attachments.find({ where: { organizationId: this.context.requireOrganizationId(), milestoneId }, order: { id: 'ASC' } });
    return { items: rows.map(toAttachmentView) };
  }

  async download(milestoneId: string, attachmentId: string): Promise<{ attachment: MilestoneAttachmentDto; data: Buffer }> {
    await this.visible(milestoneId);
    const row = await this.attachments.findOneBy({ organizationId: this.context.requireOrganizationId(), milestoneId, id: attachmentId });
    const data = row && (await this.storage.get(row.storageKey));
    if (!row || !data) throw new NotFoundError('Attachment');
    return { attachment: toAttachmentView(row), data };
  }

  /** The file, or the reason there is none, as a problem the client can act on. */
  private readable(upload: Upload | undefined): { fileName: string; data: Buffer } {
    switch (upload?.state) {
      case 'file':
        if (upload.data.length === 0) throw new DomainError(400, 'ATTACHMENT_EMPTY', 'The file is empty.', { errors: [{ field: 'file', message: 'must not be empty' }] });
        return upload;
      case 'too-large':
        throw new DomainError(413, 'ATTACHMENT_TOO_LARGE', `A file may be at most ${this.env.ATTACHMENT_MAX_BYTES} bytes.`, { maxBytes: this.env.ATTACHMENT_MAX_BYTES });
      case 'no-file':
        throw new DomainError(400, 'ATTACHMENT_MISSING', 'Send the file as the multipart field "file".', { errors: [{ field: 'file', message: 'is required' }] });
      case 'malformed':
        throw new DomainError(400, 'MALFORMED_MULTIPART', 'The multipart body could not be read.');
      default:
        throw new DomainError(415, 'UNSUPPORTED_MEDIA_TYPE', 'Upload the file as multipart/form-data with one field "file".');
    }
  }

  private async milestoneOf(id: string, lock = false): Promise<{ milestone: Milestone; enrolment: Enrolment }> {
    const milestone = await this.txHost.tx.getRepository(Milestone).findOne({ where: { organizationId: this.context.requireOrganizationId(), id }, lock: lock ? { mode: 'pessimistic_write' } : undefined });
    if (!milestone) throw new NotFoundError('Milestone');
    const enrolment = await this.txHost.tx.getRepository(Enrolment).findOneByOrFail({ id: milestone.enrolmentId });
    return { milestone, enrolment };
  }

  /** Staff see any milestone's files; a founder only their startup's (another's is 404). */
  private async visible(id: string): Promise<void> {
    const { enrolment } = await this.milestoneOf(id);
    const role = this.context.role;
    if (role === 'owner' || role === 'manager') return;
    if (!(await this.startups.isFounder(enrolment.startupId, this.context.requireUserId()))) throw new NotFoundError('Milestone');
  }
}
