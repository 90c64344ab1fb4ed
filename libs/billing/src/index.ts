export * from './billing.jobs';
export * from './billing.module';
export * from './dto/invoices.dto';
export * from './dto/invoices.response.dto';
export * from './entities';
export * from './invoice-run.sql';
export * from './invoices.service';
export * from './period-rules';
