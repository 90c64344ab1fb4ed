import { ApiProperty } from '@nestjs/swagger';
import { NOTIFICATION_KINDS, NotificationKind } from '../entities/notification.entity';

export class NotificationSubjectDto {
  @ApiProperty({ example: 'milestone', description: 'What the notification is about' }) type: string;
  @ApiProperty({ format: 'uuid' }) id: string;
}

export class NotificationDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) organizationId: string;
  @ApiProperty({ enum: NOTIFICATION_KINDS, enumName: 'NotificationKind' }) kind: NotificationKind;
  @ApiProperty() title: string;
  @ApiProperty() body: string;
  @ApiProperty({ type: NotificationSubjectDto }) subject: NotificationSubjectDto;
  @ApiProperty() read: boolean;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}

export class NotificationPageDto {
  @ApiProperty({ type: [NotificationDto] }) items: NotificationDto[];
  @ApiProperty({ type: String, nullable: true }) nextCursor: string | null;
  @ApiProperty({ type: 'integer', description: 'Unread notifications in all' }) unread: number;
}

export class MarkedReadDto {
  @ApiProperty({ type: 'integer', description: 'How many were marked read' }) marked: number;
}

export class NotificationSettingsResponseDto {
  @ApiProperty({ description: 'Milestone reminder emails (escalations to staff cannot be turned off)' }) reminderEmails: boolean;
}
