import { Module } from '@nestjs/common';
import { Env } from '../config/env';
import { FileStorage } from './file-storage';
import { LocalFileStorage } from './local-file-storage';

/** The file storage: a local directory (STORAGE_DIR). */
@Module({
  providers: [{ provide: FileStorage, inject: [Env], useFactory: (env: Env) => new LocalFileStorage(env.STORAGE_DIR) }],
  exports: [FileStorage],
})
export class StorageModule {}
