import { Module } from '@nestjs/common';
import { Env } from '../config/env';
import { FileStorage } from './file-storage';
import { LocalFileStorage } from './local-file-storage';

/** The file storage: a local directory (STORAGE_DIR) or, with STORAGE_DRIVER=s3, an S3-compatible bucket. */
@Module({
  providers: [
    {
      provide: FileStorage,
      inject: [Env],
      // The AWS SDK is loaded only when the bucket is used: it adds ~0.2 s to every process start.
      useFactory: async (env: Env): Promise<FileStorage> =>
        env.STORAGE_DRIVER === 's3'
          ? new (await import('./s3-file-storage')).S3FileStorage({
              bucket: env.S3_BUCKET!,
              region: env.S3_REGION!,
              endpoint: env.S3_ENDPOINT,
              forcePathStyle: env.S3_FORCE_PATH_STYLE === 'true',
              accessKeyId: env.S3_ACCESS_KEY_ID!,
              secretAccessKey: env.S3_SECRET_ACCESS_KEY!,
            })
          : new LocalFileStorage(env.STORAGE_DIR),
    },
  ],
  exports: [FileStorage],
})
export class StorageModule {}
