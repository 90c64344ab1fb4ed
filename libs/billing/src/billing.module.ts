import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { NotificationsModule } from '@hatchery/notifications';
import { OrganizationsModule } from '@hatchery/organizations';
import { SpacesModule } from '@hatchery/spaces';
import { StartupsModule } from '@hatchery/startups';
import { BillingContext } from './billing-context';
import { BillingMonthEndHandler, BillingSweeper, InvoicesIssuedHandler } from './billing.jobs';
import { DunningService } from './dunning.service';
import { BillingSettings, Invoice, InvoiceCounter, InvoiceLine, InvoiceRun } from './entities/invoice.entity';
import { InvoiceReminder, Payment, PaymentAllocation } from './entities/payment.entity';
import { InvoicesService } from './invoices.service';
import { PaymentsService } from './payments.service';

@Module({
  imports: [TypeOrmModule.forFeature([BillingSettings, InvoiceRun, InvoiceCounter, Invoice, InvoiceLine, Payment, PaymentAllocation, InvoiceReminder]), NotificationsModule, OrganizationsModule, SpacesModule, StartupsModule],
  providers: [BillingContext, InvoicesService, PaymentsService, DunningService, BillingMonthEndHandler, InvoicesIssuedHandler],
  exports: [InvoicesService, PaymentsService, DunningService],
})
export class BillingModule {}

/** The worker's part: the month-end sweep that issues invoices (and catches up missed periods). */
@Module({
  imports: [BillingModule],
  providers: [BillingSweeper],
  exports: [BillingSweeper, BillingModule],
})
export class BillingWorkerModule {}
