import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cohorts, enrol, startups } from './factories/cohorts';
import { addMember, organizations } from './factories/organizations';
import { programmes } from './factories/programmes';
import { SignedIn, users } from './factories/users';
import { countRows, startSystem, System } from './support/system';

type Org = Awaited<ReturnType<typeof organizations.create>>;
const MAX_BYTES = 64 * 1024;

const PDF = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(2000, 0x41), Buffer.from('\n%%EOF\n')]);
const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(500, 1)]);
const EXE = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(500, 0x90)]);

/** A multipart/form-data body with the given parts (a file part has a filename). */
function multipart(parts: { name: string; filename?: string; contentType?: string; data: Buffer | string }[]) {
  const boundary = '----hatchery-test-boundary';
  const chunks: Buffer[] = [];
  for (const part of parts) {
    const disposition = `form-data; name="${part.name}"${part.filename !== undefined ? `; filename="${part.filename}"` : ''}`;
    chunks.push(Buffer.from(`--${boundary}\r\nContent-Disposition: ${disposition}\r\n${part.contentType ? `Content-Type: ${part.contentType}\r\n` : ''}\r\n`));
    chunks.push(Buffer.isBuffer(part.data) ? part.data : Buffer.from(part.data));
    chunks.push(Buffer.from('\r\n'));
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return { payload: Buffer.concat(chunks), contentType: `multipart/form-data; boundary=${boundary}` };
}

/**
 * Milestone attachments: uploads by the startup's founder while the milestone is open, downloads
 * by staff and founders, type and size rules, tenancy; and that a refused upload writes nothing
 * (no row, no file in STORAGE_DIR).
 */
describe('milestone attachments', () => {
  let system: System;
  const storageDir = mkdtempSync(join(tmpdir(), 'hatchery-storage-'));
  let ctx: { owner: SignedIn; org: Org };
  let other: { owner: SignedIn; org: Org; founder: SignedIn; milestoneId: string };
  let founder: SignedIn;
  let otherFounder: SignedIn;
  let milestoneId: string;
  let submittedMilestoneId: string;

  const files = (dir = storageDir): string[] =>
    readdirSync(dir).flatMap((name) => (statSync(join(dir, name)).isDirectory() ? files(join(dir, name)).map((f) => join(name, f)) : [name]));
  const written = async () => ({ rows: await countRows(system, 'milestone_attachments'), files: files().length });
  const url = (o: Org, milestone: string, rest = '') => `/api/v1/organizations/${o.slug}/milestones/${milestone}/attachments${rest}`;
  const upload = async (o: Org, milestone: string, token: string | undefined, file: { filename: string; data: Buffer; contentType?: string; name?: string }) => {
    const body = multipart([{ name: file.name ?? 'file', filename: file.filename, contentType: file.contentType ?? 'application/octet-stream', data: file.data }]);
    const response = await system.api.getHttpAdapter().getInstance().inject({
      method: 'POST',
      url: url(o, milestone),
      headers: { 'content-type': body.contentType, ...(token ? { authorization: `Bearer ${token}` } : {}) },
      payload: body.payload,
    });
    return { status: response.statusCode, body: response.json(), headers: response.headers };
  };
  const download = async (o: Org, milestone: string, attachmentId: string, token: string) => {
    const response = await system.api.getHttpAdapter().getInstance().inject({ method: 'GET', url: url(o, milestone, `/${attachmentId}`), headers: { authorization: `Bearer ${token}` } });
    return { status: response.statusCode, raw: response.rawPayload, headers: response.headers, body: /json/.test(String(response.headers['content-type'])) ? response.json() : undefined };
  };
  /** A refusal: its status and code, and nothing written. */
  const refused = async (attempt: () => Promise<{ status: number; body?: { code?: string } }>, status: number, code: string) => {
    const before = await written();
    const response = await attempt();
    expect({ status: response.status, code: response.body?.code }).toEqual({ status, code });
    expect(await written()).toEqual(before);
  };

  async function organizationWithMilestones() {
    const owner = await users.create(system);
    const org = await organizations.create(system, owner);
    const programme = await programmes.create(system, owner, org.slug);
    const cohort = await cohorts.create(system, owner, org.slug, { programmeId: programme.id, startsOn: new Date().toISOString().slice(0, 10) });
    const made = [await startups.create(system, owner, org), await startups.create(system, owner, org)];
    const { enrolments } = await enrol(system, owner, org.slug, cohort.id, made.map((s) => s.id));
    const milestoneOf = async (enrolmentId: string) => (await system.db.query(`SELECT id FROM milestones WHERE enrolment_id = $1`, [enrolmentId])).rows[0].id as string;
    const byStartup = new Map(enrolments.map((e) => [e.startupId, e.id]));
    return { owner, org, founders: made.map((s) => s.founder), milestones: [await milestoneOf(byStartup.get(made[0].id)!), await milestoneOf(byStartup.get(made[1].id)!)] };
  }

  beforeAll(async () => {
    system = await startSystem({ env: { STORAGE_DIR: storageDir, ATTACHMENT_MAX_BYTES: String(MAX_BYTES) } });
    const a = await organizationWithMilestones();
    ctx = { owner: a.owner, org: a.org };
    [founder, otherFounder] = a.founders;
    [milestoneId, submittedMilestoneId] = a.milestones;
    expect((await system.http.post(`/api/v1/organizations/${a.org.slug}/milestones/${submittedMilestoneId}/submissions`, { text: 'Done.' }, otherFounder.token)).status).toBe(201);
    const b = await organizationWithMilestones();
    other = { owner: b.owner, org: b.org, founder: b.founders[0], milestoneId: b.milestones[0] };
  });
  afterAll(async () => {
    await system?.close();
    rmSync(storageDir, { recursive: true, force: true });
  });

  let attachmentId: string;

  it('takes a file from a founder of the startup while the milestone is open, and stores exactly its bytes', async () => {
    const created = await upload(ctx.org, milestoneId, founder.token, { filename: 'Interviews 2026.pdf', data: PDF, contentType: 'image/png' });
    expect(created.status).toBe(201);
    expect(created.body).toEqual({
      id: expect.any(String),
      milestoneId,
      fileName: 'Interviews 2026.pdf',
      contentType: 'application/pdf', // sniffed, not the declared image/png
      sizeBytes: PDF.length,
      sha256: expect.stringMatching(/^[0-9a-f]{64}$/),
      uploadedBy: founder.id,
      createdAt: expect.any(String),
    });
    attachmentId = created.body.id;
    const [row] = (await system.db.query(`SELECT organization_id, storage_key FROM milestone_attachments WHERE id = $1`, [attachmentId])).rows;
    expect(row.organization_id).toBe(ctx.org.id);
    expect(readFileSync(join(storageDir, ...row.storage_key.split('/'))).equals(PDF)).toBe(true);
  });

  it('serves it as a download to staff and the founder: sniffed type, attachment, nosniff, sandboxed', async () => {
    const manager = await addMember(system, ctx.org.id, 'manager');
    for (const token of [founder.token, ctx.owner.token, manager.token]) {
      const file = await download(ctx.org, milestoneId, attachmentId, token);
      expect(file.status).toBe(200);
      expect(file.raw.equals(PDF)).toBe(true);
      expect(file.headers).toMatchObject({
        'content-type': 'application/pdf',
        'content-disposition': `attachment; filename="Interviews 2026.pdf"; filename*=UTF-8''Interviews%202026.pdf`,
        'x-content-type-options': 'nosniff',
        'content-security-policy': "default-src 'none'; sandbox",
      });
    }
    const listed = await system.http.get(url(ctx.org, milestoneId), ctx.owner.token);
    expect(listed.body).toEqual({ items: [expect.objectContaining({ id: attachmentId, fileName: 'Interviews 2026.pdf' })] });
  });

  it('refuses a file over ATTACHMENT_MAX_BYTES (413) and writes nothing', async () => {
    await refused(() => upload(ctx.org, milestoneId, founder.token, { filename: 'big.txt', data: Buffer.alloc(MAX_BYTES + 1, 0x61) }), 413, 'ATTACHMENT_TOO_LARGE');
    expect((await upload(ctx.org, milestoneId, founder.token, { filename: 'just-fits.txt', data: Buffer.alloc(MAX_BYTES, 0x61) })).status).toBe(201);
  });

  it('refuses a type off the allow-list, and content that is not what its name says (magic bytes), writing nothing', async () => {
    await refused(() => upload(ctx.org, milestoneId, founder.token, { filename: 'setup.exe', data: EXE }), 415, 'ATTACHMENT_TYPE_NOT_ALLOWED');
    await refused(() => upload(ctx.org, milestoneId, founder.token, { filename: 'page.html', data: Buffer.from('<script>alert(1)</script>'), contentType: 'text/html' }), 415, 'ATTACHMENT_TYPE_NOT_ALLOWED');
    await refused(() => upload(ctx.org, milestoneId, founder.token, { filename: 'photo.png', data: EXE, contentType: 'image/png' }), 415, 'ATTACHMENT_CONTENT_MISMATCH');
    await refused(() => upload(ctx.org, milestoneId, founder.token, { filename: 'report.pdf', data: PNG, contentType: 'application/pdf' }), 415, 'ATTACHMENT_CONTENT_MISMATCH');
    await refused(() => upload(ctx.org, milestoneId, founder.token, { filename: 'notes.txt', data: EXE }), 415, 'ATTACHMENT_CONTENT_MISMATCH');
    await refused(() => upload(ctx.org, milestoneId, founder.token, { filename: 'empty.txt', data: Buffer.alloc(0) }), 400, 'ATTACHMENT_EMPTY');
    await refused(() => upload(ctx.org, milestoneId, founder.token, { filename: 'photo.png', data: PNG, name: 'attachment' }), 400, 'ATTACHMENT_MISSING');
    await refused(() => system.http.post(url(ctx.org, milestoneId), { file: 'not a file' }, founder.token), 415, 'UNSUPPORTED_MEDIA_TYPE');
    expect((await upload(ctx.org, milestoneId, founder.token, { filename: 'photo.png', data: PNG })).body.contentType).toBe('image/png');
  });

  it('lets only a founder of the startup upload, only while the milestone is open', async () => {
    await refused(() => upload(ctx.org, milestoneId, otherFounder.token, { filename: 'x.pdf', data: PDF }), 404, 'NOT_FOUND');
    await refused(() => upload(ctx.org, milestoneId, ctx.owner.token, { filename: 'x.pdf', data: PDF }), 403, 'FORBIDDEN');
    await refused(() => upload(ctx.org, milestoneId, undefined, { filename: 'x.pdf', data: PDF }), 401, 'UNAUTHENTICATED');
    await refused(() => upload(ctx.org, submittedMilestoneId, otherFounder.token, { filename: 'x.pdf', data: PDF }), 409, 'MILESTONE_NOT_OPEN');
  });

  it('shows the files only to staff and the founders: another founder gets 404, a reviewer or mentor 403', async () => {
    expect((await download(ctx.org, milestoneId, attachmentId, otherFounder.token)).status).toBe(404);
    expect((await system.http.get(url(ctx.org, milestoneId), otherFounder.token)).status).toBe(404);
    for (const role of ['reviewer', 'mentor'] as const) {
      const member = await addMember(system, ctx.org.id, role);
      expect((await download(ctx.org, milestoneId, attachmentId, member.token)).status).toBe(403);
    }
  });

  it('answers 404 across organizations, for the milestone and for the attachment', async () => {
    // The other organization's owner, through their own organization's slug and through ours.
    expect((await download(other.org, milestoneId, attachmentId, other.owner.token)).status).toBe(404);
    expect((await download(ctx.org, milestoneId, attachmentId, other.owner.token)).status).toBe(404);
    expect((await system.http.get(url(other.org, milestoneId), other.owner.token)).status).toBe(404);
    // Their own milestone with our attachment's id.
    expect((await download(other.org, other.milestoneId, attachmentId, other.owner.token)).status).toBe(404);
    await refused(() => upload(other.org, milestoneId, other.founder.token, { filename: 'x.pdf', data: PDF }), 404, 'NOT_FOUND');
    expect((await upload(other.org, other.milestoneId, other.founder.token, { filename: 'theirs.pdf', data: PDF })).status).toBe(201);
    expect((await system.http.get(url(ctx.org, milestoneId), ctx.owner.token)).body.items.map((a: { fileName: string }) => a.fileName)).not.toContain('theirs.pdf');
  });
});
