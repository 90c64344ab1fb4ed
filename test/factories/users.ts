import { randomBytes } from 'node:crypto';
import type { System } from '../support/system';

export interface UserInput {
  email: string;
  password: string;
  name: string;
}

export interface SignedIn {
  id: string;
  email: string;
  password: string;
  token: string;
  refreshToken: string;
}

export const users = {
  build(overrides: Partial<UserInput> = {}): UserInput {
    const tag = randomBytes(4).toString('hex');
    return { email: `person-${tag}@example.org`, password: 'a-long-enough-password', name: `Person ${tag}`, ...overrides };
  },

  /** Registers and logs in. */
  async create(system: System, overrides: Partial<UserInput> = {}): Promise<SignedIn> {
    const input = users.build(overrides);
    const registered = await system.http.post('/api/v1/auth/register', input);
    if (registered.status !== 201) throw new Error(`register failed: ${JSON.stringify(registered.body)}`);
    const login = await system.http.post('/api/v1/auth/login', { email: input.email, password: input.password });
    if (login.status !== 200) throw new Error(`login failed: ${JSON.stringify(login.body)}`);
    return { id: registered.body.id, email: registered.body.email, password: input.password, token: login.body.accessToken, refreshToken: login.body.refreshToken };
  },
};
