import { diff } from './audit.service';

describe('audit diff', () => {
  it('records only the fields whose value changed', () => {
    const before = { name: 'Old Park', slug: 'park', timezone: 'Asia/Ulaanbaatar', tags: ['a', 'b'], limits: { seats: 10 } };
    const after = { name: 'New Park', slug: 'park', timezone: 'Asia/Ulaanbaatar', tags: ['a', 'b'], limits: { seats: 12 } };
    expect(diff(before, after)).toEqual({
      name: { before: 'Old Park', after: 'New Park' },
      limits: { before: { seats: 10 }, after: { seats: 12 } },
    });
  });

  it('is empty when nothing changed', () => {
    const snapshot = { name: 'Park', createdAt: new Date('2030-01-01T00:00:00Z'), seats: 0, active: false };
    expect(diff(snapshot, { ...snapshot, createdAt: new Date('2030-01-01T00:00:00Z') })).toEqual({});
  });

  it('treats a field present on one side only as a change from or to null', () => {
    expect(diff({ name: 'Park' }, { name: 'Park', kind: 'accelerator' })).toEqual({ kind: { before: null, after: 'accelerator' } });
    expect(diff({ name: 'Park', kind: 'accelerator' }, { name: 'Park' })).toEqual({ kind: { before: 'accelerator', after: null } });
  });

  it('keeps falsy values that changed (0, false, empty string) rather than dropping them', () => {
    expect(diff({ seats: 5, active: true, note: 'x' }, { seats: 0, active: false, note: '' })).toEqual({
      seats: { before: 5, after: 0 },
      active: { before: true, after: false },
      note: { before: 'x', after: '' },
    });
  });

  it('with no before (a creation) every field is before: null', () => {
    expect(diff(null, { userId: 'u1', role: 'mentor' })).toEqual({
      userId: { before: null, after: 'u1' },
      role: { before: null, after: 'mentor' },
    });
  });

  it('with no after (a deletion) every field is after: null', () => {
    expect(diff({ userId: 'u1', role: 'mentor' }, null)).toEqual({
      userId: { before: 'u1', after: null },
      role: { before: 'mentor', after: null },
    });
  });

  it('with neither side is empty', () => {
    expect(diff(null, null)).toEqual({});
  });

  it.each(['passwordHash', 'tokenHash', 'password', 'token'])('never includes the secret field %s, whether it changed, appeared or vanished', (secret) => {
    const changed = diff({ name: 'A', [secret]: 'old-secret-value' }, { name: 'B', [secret]: 'new-secret-value' });
    const created = diff(null, { name: 'A', [secret]: 'new-secret-value' });
    const deleted = diff({ name: 'A', [secret]: 'old-secret-value' }, null);
    for (const changes of [changed, created, deleted]) {
      expect(changes).not.toHaveProperty(secret);
      expect(JSON.stringify(changes)).not.toMatch(/secret-value/);
    }
    expect(changed).toEqual({ name: { before: 'A', after: 'B' } });
  });
});
