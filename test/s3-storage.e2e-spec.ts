import { CreateBucketCommand, GetObjectCommand, ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3';
import { S3FileStorage } from '../libs/core/src/storage/s3-file-storage';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import S3rver from 's3rver';
import { cohorts, enrol, startups } from './factories/cohorts';
import { organizations } from './factories/organizations';
import { programmes } from './factories/programmes';
import { users } from './factories/users';
import { startSystem, System } from './support/system';

const BUCKET = 'hatchery-test';
const CREDENTIALS = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' };
const PDF = Buffer.concat([Buffer.from('%PDF-1.7\n'), randomBytes(3000), Buffer.from('\n%%EOF\n')]);

/**
 * The S3 driver against a real S3 REST server (s3rver, on local disk, a free port): the bytes go
 * in and come out unchanged, a missing key is null as a missing file is, writing a key again
 * replaces it; and milestone attachments go through the bucket with STORAGE_DRIVER=s3.
 */
describe('S3 file storage (against s3rver)', () => {
  const directory = mkdtempSync(join(tmpdir(), 'hatchery-s3rver-'));
  let server: S3rver;
  let endpoint: string;
  let storage: S3FileStorage;
  let client: S3Client;

  const objectKeys = async () => ((await client.send(new ListObjectsV2Command({ Bucket: BUCKET }))).Contents ?? []).map((o) => o.Key);

  beforeAll(async () => {
    server = new S3rver({ address: '127.0.0.1', port: 0, silent: true, directory });
    const { port } = await server.run();
    endpoint = `http://127.0.0.1:${port}`;
    client = new S3Client({ endpoint, region: 'us-east-1', forcePathStyle: true, credentials: CREDENTIALS });
    await client.send(new CreateBucketCommand({ Bucket: BUCKET }));
    storage = new S3FileStorage({ endpoint, region: 'us-east-1', forcePathStyle: true, bucket: BUCKET, ...CREDENTIALS });
  });
  afterAll(async () => {
    storage?.onModuleDestroy();
    client?.destroy();
    await server?.close();
    rmSync(directory, { recursive: true, force: true });
  });

  it('round-trips binary content byte for byte, and delete removes it', async () => {
    const key = 'org-1/milestone-1/file-1';
    const data = Buffer.concat([Buffer.from([0, 0xff, 0xfe, 0x0d, 0x0a, 0x80, 0x00]), randomBytes(256 * 1024)]);
    await storage.put(key, data);
    const got = await storage.get(key);
    expect(got).toBeInstanceOf(Buffer);
    expect(got!.equals(data)).toBe(true);
    expect(await objectKeys()).toContain(key);
    await storage.delete(key);
    expect(await storage.get(key)).toBeNull();
    expect(await objectKeys()).not.toContain(key);
  });

  it('answers null for a key that holds nothing; deleting it is not an error', async () => {
    expect(await storage.get('org-1/milestone-1/never-written')).toBeNull();
    await expect(storage.delete('org-1/milestone-1/never-written')).resolves.toBeUndefined();
  });

  it('replaces what a key held when it is written again', async () => {
    const key = 'org-1/milestone-2/file-2';
    await storage.put(key, Buffer.from('first version, longer than the second'));
    await storage.put(key, Buffer.from([1, 2, 3]));
    expect((await storage.get(key))!.equals(Buffer.from([1, 2, 3]))).toBe(true);
  });

  it('refuses keys outside the application’s own shape before any request', async () => {
    await expect(storage.put('../etc/passwd', Buffer.from('x'))).rejects.toThrow(/invalid storage key/);
    await expect(storage.get('/absolute')).rejects.toThrow(/invalid storage key/);
  });

  it('throws, rather than answering "missing", when the bucket does not exist', async () => {
    const elsewhere = new S3FileStorage({ endpoint, region: 'us-east-1', forcePathStyle: true, bucket: 'no-such-bucket', ...CREDENTIALS });
    try {
      await expect(elsewhere.get('org-1/milestone-1/file-1')).rejects.toThrow();
    } finally {
      elsewhere.onModuleDestroy();
    }
  });

  describe('milestone attachments with STORAGE_DRIVER=s3', () => {
    let system: System;
    const storageDir = mkdtempSync(join(tmpdir(), 'hatchery-storage-'));

    beforeAll(async () => {
      system = await startSystem({
        env: {
          STORAGE_DIR: storageDir,
          STORAGE_DRIVER: 's3',
          S3_ENDPOINT: endpoint,
          S3_REGION: 'us-east-1',
          S3_BUCKET: BUCKET,
          S3_ACCESS_KEY_ID: CREDENTIALS.accessKeyId,
          S3_SECRET_ACCESS_KEY: CREDENTIALS.secretAccessKey,
          S3_FORCE_PATH_STYLE: 'true',
        },
      });
    });
    afterAll(async () => {
      await system?.close();
      rmSync(storageDir, { recursive: true, force: true });
    });

    it('stores an upload as an object keyed <organization>/<milestone>/<id> and serves it back', async () => {
      const owner = await users.create(system);
      const org = await organizations.create(system, owner);
      const programme = await programmes.create(system, owner, org.slug);
      const cohort = await cohorts.create(system, owner, org.slug, { programmeId: programme.id, startsOn: new Date().toISOString().slice(0, 10) });
      const startup = await startups.create(system, owner, org);
      const { enrolments } = await enrol(system, owner, org.slug, cohort.id, [startup.id]);
      const milestoneId = (await system.db.query(`SELECT id FROM milestones WHERE enrolment_id = $1`, [enrolments[0].id])).rows[0].id as string;
      const url = `/api/v1/organizations/${org.slug}/milestones/${milestoneId}/attachments`;

      const boundary = '----hatchery-s3-boundary';
      const payload = Buffer.concat([
        Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="evidence.pdf"\r\nContent-Type: application/pdf\r\n\r\n`),
        PDF,
        Buffer.from(`\r\n--${boundary}--\r\n`),
      ]);
      const http = system.api.getHttpAdapter().getInstance();
      const created = await http.inject({ method: 'POST', url, headers: { 'content-type': `multipart/form-data; boundary=${boundary}`, authorization: `Bearer ${startup.founder.token}` }, payload });
      expect(created.statusCode).toBe(201);
      const attachmentId = created.json().id as string;

      const [row] = (await system.db.query(`SELECT storage_key FROM milestone_attachments WHERE id = $1`, [attachmentId])).rows;
      expect(row.storage_key).toBe(`${org.id}/${milestoneId}/${attachmentId}`);
      const object = await client.send(new GetObjectCommand({ Bucket: BUCKET, Key: row.storage_key }));
      expect(Buffer.from(await object.Body!.transformToByteArray()).equals(PDF)).toBe(true);
      expect(readdirSync(storageDir)).toEqual([]); // nothing on the local disk

      for (const token of [startup.founder.token, owner.token]) {
        const file = await http.inject({ method: 'GET', url: `${url}/${attachmentId}`, headers: { authorization: `Bearer ${token}` } });
        expect(file.statusCode).toBe(200);
        expect(file.rawPayload.equals(PDF)).toBe(true);
        expect(file.headers).toMatchObject({ 'content-type': 'application/pdf', 'x-content-type-options': 'nosniff' });
      }
    });
  });
});
