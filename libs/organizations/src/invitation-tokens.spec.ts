import { invitationToken, readInvitationToken, tokenHash } from './invitation-tokens';

const secret = 'a-test-secret-that-is-long-enough-0123456789';
const ref = { organizationId: '019a1b2c-3d4e-7f00-8123-456789abcdef', invitationId: '019a1b2c-3d4e-7f01-9abc-def012345678' };

describe('invitation tokens', () => {
  it('round-trips: the token reads back to the same organization and invitation', () => {
    const token = invitationToken(secret, ref);
    expect(token).toMatch(/^[A-Za-z0-9_-]{86}$/);
    expect(readInvitationToken(secret, token)).toEqual(ref);
  });

  it('differs per invitation and per secret', () => {
    const token = invitationToken(secret, ref);
    expect(invitationToken(secret, { ...ref, invitationId: '019a1b2c-3d4e-7f01-9abc-def012345679' })).not.toBe(token);
    expect(invitationToken(`${secret}!`, ref)).not.toBe(token);
  });

  it('refuses a token signed with another secret', () => {
    const token = invitationToken('another-secret-that-is-long-enough-9876543210', ref);
    expect(readInvitationToken(secret, token)).toBeNull();
  });

  it('refuses a token when any one of its 64 bytes is altered (ids or MAC)', () => {
    const raw = Buffer.from(invitationToken(secret, ref), 'base64url');
    expect(raw).toHaveLength(64);
    const accepted: number[] = [];
    for (let i = 0; i < raw.length; i++) {
      for (const mask of [0x01, 0x80, 0xff]) {
        const tampered = Buffer.from(raw);
        tampered[i] ^= mask;
        if (readInvitationToken(secret, tampered.toString('base64url')) !== null) accepted.push(i);
      }
    }
    expect(accepted).toEqual([]);
  });

  it('refuses a token for another invitation carrying a valid MAC of the first (ids swapped)', () => {
    const raw = Buffer.from(invitationToken(secret, ref), 'base64url');
    const swapped = Buffer.concat([raw.subarray(16, 32), raw.subarray(0, 16), raw.subarray(32)]);
    expect(readInvitationToken(secret, swapped.toString('base64url'))).toBeNull();
  });

  it.each([
    ['empty', ''],
    ['too short', 'abc'],
    ['one character short', () => invitationToken(secret, ref).slice(0, 85)],
    ['one character long', () => `${invitationToken(secret, ref)}A`],
    ['with padding', () => `${invitationToken(secret, ref).slice(0, 84)}==`],
    ['with characters outside base64url', () => `${invitationToken(secret, ref).slice(0, 85)}+`],
    ['a UUID', ref.invitationId],
  ])('refuses a malformed token (%s) without throwing', (_label, make) => {
    const token = typeof make === 'function' ? make() : make;
    expect(() => readInvitationToken(secret, token)).not.toThrow();
    expect(readInvitationToken(secret, token)).toBeNull();
  });

  it('tokenHash is a stable SHA-256 hex digest, not the token', () => {
    const token = invitationToken(secret, ref);
    expect(tokenHash(token)).toMatch(/^[0-9a-f]{64}$/);
    expect(tokenHash(token)).toBe(tokenHash(token));
    expect(tokenHash(token)).not.toContain(token);
  });
});
