import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccountsModule } from '@hatchery/accounts';
import { OrganizationsModule } from '@hatchery/organizations';
import { Notification } from './entities/notification.entity';
import { NotificationEmailHandler } from './notifications.jobs';
import { NotificationsService } from './notifications.service';

@Module({
  imports: [TypeOrmModule.forFeature([Notification]), AccountsModule, OrganizationsModule],
  providers: [NotificationsService, NotificationEmailHandler],
  exports: [NotificationsService, NotificationEmailHandler],
})
export class NotificationsModule {}
