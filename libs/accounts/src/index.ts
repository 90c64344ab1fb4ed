export * from './accounts.module';
export * from './accounts.service';
export * from './dto/auth.dto';
export * from './dto/account.response.dto';
