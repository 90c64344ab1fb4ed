import { createHash, createHmac, timingSafeEqual } from 'node:crypto';

/**
 * An invitation token names its organization and invitation and carries a MAC over both, so
 * accepting can enter the right organization (row level security) before any lookup, and a
 * forged token is refused without touching the database.
 * Layout (base64url): organization id (16 bytes) | invitation id (16 bytes) | HMAC-SHA256 (32 bytes).
 */
export interface InvitationRef {
  organizationId: string;
  invitationId: string;
}

const uuidToBytes = (uuid: string) => Buffer.from(uuid.replace(/-/g, ''), 'hex');
const bytesToUuid = (bytes: Buffer) => {
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
};

function mac(secret: string, ids: Buffer): Buffer {
  return createHmac('sha256', secret).update('invitation\0').update(ids).digest();
}

export function invitationToken(secret: string, ref: InvitationRef): string {
  const ids = Buffer.concat([uuidToBytes(ref.organizationId), uuidToBytes(ref.invitationId)]);
  return Buffer.concat([ids, mac(secret, ids)]).toString('base64url');
}

/** The ids in a token whose MAC checks out, else null. */
export function readInvitationToken(secret: string, token: string): InvitationRef | null {
  if (!/^[A-Za-z0-9_-]{86}$/.test(token)) return null;
  const raw = Buffer.from(token, 'base64url');
  // One spelling per token: base64url's last character has bits that decoding ignores.
  if (raw.length !== 64 || raw.toString('base64url') !== token) return null;
  const ids = raw.subarray(0, 32);
  if (!timingSafeEqual(raw.subarray(32), mac(secret, ids))) return null;
  return { organizationId: bytesToUuid(ids.subarray(0, 16)), invitationId: bytesToUuid(ids.subarray(16, 32)) };
}

export const tokenHash = (token: string) => createHash('sha256').update(token).digest('hex');
