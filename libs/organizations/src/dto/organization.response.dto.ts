import { AuditEntryView, ROLES, Role } from '@hatchery/core';
import { ApiProperty, getSchemaPath } from '@nestjs/swagger';
import { ORGANIZATION_KINDS, OrganizationKind, OWNERSHIPS, Ownership } from '../entities/organization.entity';

export const INVITATION_STATUSES = ['pending', 'accepted', 'expired', 'revoked'] as const;
export type InvitationStatus = (typeof INVITATION_STATUSES)[number];

export class OrganizationDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() slug: string;
  @ApiProperty() name: string;
  @ApiProperty({ enum: ORGANIZATION_KINDS, enumName: 'OrganizationKind' }) kind: OrganizationKind;
  @ApiProperty({ enum: OWNERSHIPS, enumName: 'Ownership' }) ownership: Ownership;
  @ApiProperty({ example: 'Asia/Ulaanbaatar' }) timezone: string;
  @ApiProperty({ example: 'MNT' }) defaultCurrency: string;
  @ApiProperty({ type: String, nullable: true }) emailFromName: string | null;
  @ApiProperty({ type: String, nullable: true }) emailReplyTo: string | null;
  @ApiProperty({ enum: ROLES, enumName: 'Role', description: "The caller's role here" }) role: Role;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
}

export class MemberDto {
  @ApiProperty({ format: 'uuid' }) userId: string;
  @ApiProperty() email: string;
  @ApiProperty() name: string;
  @ApiProperty({ enum: ROLES, enumName: 'Role' }) role: Role;
  @ApiProperty({ format: 'date-time' }) joinedAt: string;
}

export class InvitationDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() email: string;
  @ApiProperty({ enum: ROLES, enumName: 'Role' }) role: Role;
  @ApiProperty({ enum: INVITATION_STATUSES, enumName: 'InvitationStatus' }) status: InvitationStatus;
  @ApiProperty({ format: 'date-time' }) expiresAt: string;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}

export class InvitationOrganizationDto {
  @ApiProperty({ example: 'steppe-park' }) slug: string;
  @ApiProperty({ example: 'Steppe Park' }) name: string;
}

/** What an invitation link shows before anyone logs in: who invites, as what, whom (masked), and whether it still works. */
export class InvitationPreviewDto {
  @ApiProperty({ type: InvitationOrganizationDto }) organization: InvitationOrganizationDto;
  @ApiProperty({ enum: ROLES, enumName: 'Role' }) role: Role;
  @ApiProperty({ example: 'o***@example.org', description: "The invited address, masked: its first character and domain; log in or register with the full address to accept" }) email: string;
  @ApiProperty({ enum: INVITATION_STATUSES, enumName: 'InvitationStatus', description: 'pending: it can be accepted; accepted: already used; revoked: withdrawn by the organization or replaced by a newer invitation; expired' }) status: InvitationStatus;
  @ApiProperty({ format: 'date-time' }) expiresAt: string;
}

export class AuditChangeDto {
  @ApiProperty({ oneOf: [{ type: 'string', nullable: true }, { type: 'number' }, { type: 'boolean' }, { type: 'array', items: {} }, { type: 'object', additionalProperties: true }], description: 'Any JSON value: the field before the change (null if none)' }) before: unknown;
  @ApiProperty({ oneOf: [{ type: 'string', nullable: true }, { type: 'number' }, { type: 'boolean' }, { type: 'array', items: {} }, { type: 'object', additionalProperties: true }], description: 'Any JSON value: the field after the change (null if none)' }) after: unknown;
}

export class AuditEntryDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) actorUserId: string | null;
  @ApiProperty({ example: 'member.role-changed' }) action: string;
  @ApiProperty({ example: 'membership' }) entityType: string;
  @ApiProperty({ format: 'uuid' }) entityId: string;
  @ApiProperty({ type: 'object', additionalProperties: { $ref: getSchemaPath(AuditChangeDto) }, description: 'field → { before, after } for the fields that changed' })
  changes: Record<string, AuditChangeDto>;
  @ApiProperty({ type: String, nullable: true }) requestId: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}

export class AuditPageDto {
  @ApiProperty({ type: [AuditEntryDto] }) items: AuditEntryDto[];
  @ApiProperty({ type: String, nullable: true }) nextCursor: string | null;
}

export function toAuditEntryDto(entry: AuditEntryView): AuditEntryDto {
  return {
    id: entry.id,
    actorUserId: entry.actorUserId,
    action: entry.action,
    entityType: entry.entityType,
    entityId: entry.entityId,
    changes: entry.changes,
    requestId: entry.requestId,
    createdAt: entry.createdAt,
  };
}
