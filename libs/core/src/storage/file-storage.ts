/**
 * Where uploaded files live. Keys are the application's own (`<organization>/<milestone>/<id>`),
 * never a client's file name. Implementations: LocalFileStorage (a directory, the default) and
 * S3FileStorage (an S3-compatible bucket, STORAGE_DRIVER=s3; keys as they are).
 */
export abstract class FileStorage {
  /** Stores the bytes under the key, replacing nothing: a key is written once. */
  abstract put(key: string, data: Buffer): Promise<void>;
  /** The bytes, or null when there is nothing under the key. */
  abstract get(key: string): Promise<Buffer | null>;
  /** Removes the key; nothing there is not an error. */
  abstract delete(key: string): Promise<void>;
}

const KEY = /^[a-z0-9][a-z0-9_-]*(\/[a-z0-9][a-z0-9_-]*)*$/;

/** Keys are lower-case segments of letters, digits, - and _ separated by /: no `..`, no absolute paths. */
export function assertStorageKey(key: string): void {
  if (!KEY.test(key) || key.length > 512) throw new Error(`invalid storage key: ${JSON.stringify(key)}`);
}
