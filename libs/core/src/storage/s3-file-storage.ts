import { DeleteObjectCommand, GetObjectCommand, NoSuchKey, PutObjectCommand, S3Client, S3ServiceException } from '@aws-sdk/client-s3';
import { OnModuleDestroy } from '@nestjs/common';
import { assertStorageKey, FileStorage } from './file-storage';

export interface S3StorageOptions {
  bucket: string;
  region: string;
  /** An S3-compatible service's URL (MinIO, Ceph…); unset for AWS S3. */
  endpoint?: string;
  /** Bucket in the path rather than the host name, as MinIO-likes need. */
  forcePathStyle?: boolean;
  accessKeyId: string;
  secretAccessKey: string;
}

/**
 * Files as objects in one S3 bucket (AWS or S3-compatible), keyed exactly as the local driver
 * (`<organization>/<milestone>/<id>`). Objects are written without an ACL, so they stay as
 * private as the bucket: the API serves them, never the bucket. A PUT is atomic in S3, so a
 * reader never sees half of a file; writing a key again replaces it, as a rename does on disk.
 */
export class S3FileStorage extends FileStorage implements OnModuleDestroy {
  private readonly client: S3Client;
  private readonly bucket: string;

  constructor(options: S3StorageOptions) {
    super();
    this.bucket = options.bucket;
    this.client = new S3Client({
      region: options.region,
      endpoint: options.endpoint,
      forcePathStyle: options.forcePathStyle ?? false,
      credentials: { accessKeyId: options.accessKeyId, secretAccessKey: options.secretAccessKey },
      // Checksums only where S3 requires them: many S3-compatible services refuse the flexible
      // checksum headers newer SDKs send by default. The API keeps each file's SHA-256 anyway.
      requestChecksumCalculation: 'WHEN_REQUIRED',
      responseChecksumValidation: 'WHEN_REQUIRED',
    });
  }

  async put(key: string, data: Buffer): Promise<void> {
    assertStorageKey(key);
    await this.client.send(new PutObjectCommand({ Bucket: this.bucket, Key: key, Body: data, ContentLength: data.length, ContentType: 'application/octet-stream' }));
  }

  async get(key: string): Promise<Buffer | null> {
    assertStorageKey(key);
    try {
      const object = await this.client.send(new GetObjectCommand({ Bucket: this.bucket, Key: key }));
      if (!object.Body) return null;
      return Buffer.from(await object.Body.transformToByteArray());
    } catch (error) {
      // Nothing under the key: as a missing file on disk. A missing bucket or a refusal is an error.
      if (error instanceof NoSuchKey || (error instanceof S3ServiceException && error.name === 'NoSuchKey')) return null;
      throw error;
    }
  }

  async delete(key: string): Promise<void> {
    assertStorageKey(key);
    // S3 answers 204 whether or not the key held anything.
    await this.client.send(new DeleteObjectCommand({ Bucket: this.bucket, Key: key }));
  }

  onModuleDestroy(): void {
    this.client.destroy();
  }
}
