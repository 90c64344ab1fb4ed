import { Authenticated, PageQueryDto, Public, IdPipe } from '@hatchery/core';
import { CalendarFeedsService } from '@hatchery/cohorts';
import { NotificationsService } from '@hatchery/notifications';
import { Body, Controller, Delete, Get, Header, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiNotFoundResponse, ApiOkResponse, ApiProduces, ApiPropertyOptional, ApiProperty, ApiTags } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsOptional } from 'class-validator';

class NotificationQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: ['true', 'false'] })
  @IsOptional() @IsIn(['true', 'false'])
  unread?: 'true' | 'false';
}

class NotificationSettingsDto {
  @ApiProperty({ description: 'Milestone reminder emails (escalations to staff cannot be turned off)' })
  @Transform(({ value }) => value) @IsBoolean()
  reminderEmails: boolean;
}

@ApiTags('me')
@Controller()
export class MeController {
  constructor(
    private readonly notifications: NotificationsService,
    private readonly calendar: CalendarFeedsService,
  ) {}

  @Authenticated()
  @Get('me/notifications')
  @ApiOkResponse({ description: 'Your notifications from every organization, newest first' })
  async list(@Query() query: NotificationQueryDto) {
    const page = await this.notifications.listMine({ limit: query.limit, cursor: query.cursor, unread: query.unread === 'true' });
    return { ...page, unread: await this.notifications.unreadCount() };
  }

  @Authenticated()
  @Post('me/notifications/:notificationId/read')
  @HttpCode(200)
  markRead(@Param('notificationId', IdPipe) id: string) {
    return this.notifications.markRead(id);
  }

  @Authenticated()
  @Post('me/notifications/read')
  @HttpCode(200)
  @ApiOkResponse({ description: 'Marks all as read' })
  markAllRead() {
    return this.notifications.markAllRead();
  }

  @Authenticated()
  @Get('me/notification-settings')
  settings() {
    return this.notifications.settings();
  }

  @Authenticated()
  @Patch('me/notification-settings')
  updateSettings(@Body() body: NotificationSettingsDto) {
    return this.notifications.updateSettings(body);
  }

  @Authenticated()
  @Post('me/calendar-feed')
  @ApiCreatedResponse({ description: 'A new private iCalendar URL; the previous one stops working. Shown once.' })
  createFeed() {
    return this.calendar.create();
  }

  @Authenticated()
  @Delete('me/calendar-feed')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'The feed URL stops working' })
  async revokeFeed() {
    await this.calendar.revoke();
  }

  @Public()
  @Get('calendar/:token')
  @Header('Content-Type', 'text/calendar; charset=utf-8')
  @Header('Cache-Control', 'private, max-age=300')
  @ApiProduces('text/calendar')
  @ApiOkResponse({ description: 'iCalendar (RFC 5545): milestone due dates and phase dates', content: { 'text/calendar': { schema: { type: 'string' } } } })
  @ApiNotFoundResponse({ description: 'Unknown or revoked token' })
  feed(@Param('token') token: string) {
    return this.calendar.render(token);
  }
}
