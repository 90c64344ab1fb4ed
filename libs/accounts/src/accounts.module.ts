import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccountsService } from './accounts.service';
import { RefreshToken } from './entities/refresh-token.entity';
import { User } from './entities/user.entity';
import { LoginRateLimiter } from './login-rate-limiter';

@Module({
  imports: [TypeOrmModule.forFeature([User, RefreshToken])],
  providers: [AccountsService, LoginRateLimiter],
  exports: [AccountsService],
})
export class AccountsModule {}
