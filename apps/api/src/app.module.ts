import { Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_INTERCEPTOR } from '@nestjs/core';
import { AccountsModule } from '@hatchery/accounts';
import { ApplicationsModule } from '@hatchery/applications';
import { AuthGuard, CoreModule, HealthModule, ProblemFilter, RequestTransactionInterceptor } from '@hatchery/core';
import { OrganizationsModule } from '@hatchery/organizations';
import { ProgrammesModule } from '@hatchery/programmes';
import { ApplicationsController } from './applications/applications.controller';
import { SelectionController } from './applications/selection.controller';
import { AuthController } from './auth/auth.controller';
import { HealthController } from './health/health.controller';
import { MembersController } from './organizations/members.controller';
import { OrganizationsController } from './organizations/organizations.controller';
import { ProgrammesController } from './programmes/programmes.controller';

@Module({
  imports: [CoreModule, HealthModule, AccountsModule, OrganizationsModule, ProgrammesModule, ApplicationsModule],
  controllers: [AuthController, OrganizationsController, MembersController, ProgrammesController, ApplicationsController, SelectionController, HealthController],
  providers: [
    { provide: APP_GUARD, useClass: AuthGuard },
    { provide: APP_INTERCEPTOR, useClass: RequestTransactionInterceptor },
    { provide: APP_FILTER, useClass: ProblemFilter },
  ],
})
export class ApiModule {}
