import { maskSecretUrl, requestSerializer } from './log-serializers';

describe('log serializers', () => {
  it('masks a calendar feed token in the URL', () => {
    expect(maskSecretUrl('/api/v1/calendar/AbC-123_xyz.ics')).toBe('/api/v1/calendar/[token]');
    expect(maskSecretUrl('/api/v1/calendar/AbC-123_xyz.ics?x=1')).toBe('/api/v1/calendar/[token]?x=1');
  });

  it('leaves other URLs alone', () => {
    expect(maskSecretUrl('/api/v1/organizations/ub-hub/cohorts')).toBe('/api/v1/organizations/ub-hub/cohorts');
    expect(maskSecretUrl(undefined)).toBeUndefined();
  });

  it('keeps the rest of the request', () => {
    expect(requestSerializer({ id: 'r1', method: 'GET', url: '/api/v1/calendar/secret' })).toEqual({ id: 'r1', method: 'GET', url: '/api/v1/calendar/[token]' });
  });
});
