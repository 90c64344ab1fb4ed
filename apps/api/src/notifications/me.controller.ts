import { Authenticated, PageQueryDto, Public, IdPipe } from '@hatchery/core';
import { CalendarFeedsService } from '@hatchery/cohorts';
import { MarkedReadDto, NotificationDto, NotificationPageDto, NotificationSettingsResponseDto, NotificationsService } from '@hatchery/notifications';
import { Body, Controller, Delete, Get, Header, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiParam, ApiProduces, ApiPropertyOptional, ApiProperty, ApiTags } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsOptional } from 'class-validator';

class NotificationQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ type: Boolean, description: 'Only unread ones' })
  @IsOptional() @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value)) @IsBoolean()
  unread?: boolean;
}

class CalendarFeedDto {
  @ApiProperty({ description: 'Private iCalendar URL; shown once' }) url: string;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}

class NotificationSettingsDto {
  @ApiProperty({ description: 'Milestone reminder emails (escalations to staff cannot be turned off)' })
  @Transform(({ value }) => value) @IsBoolean()
  reminderEmails: boolean;
}

@Controller()
export class MeController {
  constructor(
    private readonly notifications: NotificationsService,
    private readonly calendar: CalendarFeedsService,
  ) {}

  @Authenticated()
  @Get('me/notifications')
  @ApiTags('notifications')
  @ApiOperation({ summary: 'List my notifications' })
  @ApiOkResponse({ type: NotificationPageDto, description: 'Your notifications from every organization, newest first' })
  async listNotifications(@Query() query: NotificationQueryDto): Promise<NotificationPageDto> {
    const page = await this.notifications.listMine({ limit: query.limit, cursor: query.cursor, unread: query.unread === true });
    return { ...page, unread: await this.notifications.unreadCount() };
  }

  @Authenticated()
  @Post('me/notifications/:notificationId/read')
  @HttpCode(200)
  @ApiTags('notifications')
  @ApiOperation({ summary: 'Mark a notification read' })
  @ApiOkResponse({ type: NotificationDto })
  markNotificationRead(@Param('notificationId', IdPipe) id: string): Promise<NotificationDto> {
    return this.notifications.markRead(id);
  }

  @Authenticated()
  @Post('me/notifications/read')
  @HttpCode(200)
  @ApiTags('notifications')
  @ApiOperation({ summary: 'Mark all my notifications read' })
  @ApiOkResponse({ type: MarkedReadDto, description: 'Marks all as read' })
  markAllNotificationsRead(): Promise<MarkedReadDto> {
    return this.notifications.markAllRead();
  }

  @Authenticated()
  @Get('me/notification-settings')
  @ApiTags('notifications')
  @ApiOperation({ summary: 'My notification settings' })
  @ApiOkResponse({ type: NotificationSettingsResponseDto })
  getNotificationSettings(): Promise<NotificationSettingsResponseDto> {
    return this.notifications.settings();
  }

  @Authenticated()
  @Patch('me/notification-settings')
  @ApiTags('notifications')
  @ApiOperation({ summary: 'Turn reminder emails on or off' })
  @ApiOkResponse({ type: NotificationSettingsResponseDto })
  updateNotificationSettings(@Body() body: NotificationSettingsDto): Promise<NotificationSettingsResponseDto> {
    return this.notifications.updateSettings(body);
  }

  @Authenticated()
  @Post('me/calendar-feed')
  @ApiTags('calendar')
  @ApiOperation({ summary: 'Create my private calendar feed URL' })
  @ApiCreatedResponse({ type: CalendarFeedDto, description: 'A new private iCalendar URL; the previous one stops working. Shown once.' })
  createCalendarFeed(): Promise<CalendarFeedDto> {
    return this.calendar.create();
  }

  @Authenticated()
  @Delete('me/calendar-feed')
  @HttpCode(204)
  @ApiTags('calendar')
  @ApiOperation({ summary: 'Revoke my calendar feed' })
  @ApiNoContentResponse({ description: 'The feed URL stops working' })
  async revokeCalendarFeed() {
    await this.calendar.revoke();
  }

  @Public()
  @Get('calendar/:token')
  @Header('Content-Type', 'text/calendar; charset=utf-8')
  @Header('Cache-Control', 'private, max-age=300')
  @ApiTags('calendar')
  @ApiOperation({ summary: 'A calendar feed (iCalendar), by its private token' })
  @ApiParam({ name: 'token', type: String, description: 'From the feed URL' })
  @ApiProduces('text/calendar')
  @ApiOkResponse({ description: 'iCalendar (RFC 5545): milestone due dates and phase dates', content: { 'text/calendar': { schema: { type: 'string' } } } })
  @ApiNotFoundResponse({ description: 'Unknown or revoked token' })
  getCalendarFeed(@Param('token') token: string): Promise<string> {
    return this.calendar.render(token);
  }
}
