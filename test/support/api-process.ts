import { decodeBody, encodeRequest, RequestOptions, Response } from './http';
import { EntryProcess, envFromProcess } from './entry-process';

type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

/**
 * The API as its own process on a free port, with the current process's database, Redis, SMTP
 * and clock settings; started once its /health answers 200 (Postgres and Redis reached).
 */
export class ApiProcess extends EntryProcess {
  constructor(private readonly overrides: Record<string, string> = {}) {
    super('api', (status) => status === 200);
  }

  async url(): Promise<string> {
    return `http://127.0.0.1:${await this.port}`;
  }

  protected env(port: number): Record<string, string> {
    return {
      // The suite's login limits (test/support/setup-env.ts).
      ...Object.fromEntries(Object.entries(process.env).filter(([k, v]) => k.startsWith('LOGIN_') && v !== undefined) as [string, string][]),
      // Several processes on one machine: no fixed side ports.
      METRICS_PORT: '0',
      ...envFromProcess(),
      PORT: String(port),
      ...this.overrides,
    };
  }
}

/**
 * HttpClient's interface over real sockets, spreading requests over several API processes in
 * turn (request n goes to base n mod k), so consecutive steps of a scenario hit different ones.
 */
export class RoundRobinHttp {
  private next = 0;
  /** How many requests each base served. */
  readonly served: number[];

  constructor(private readonly bases: string[]) {
    this.served = bases.map(() => 0);
  }

  async request<T = any>(
    method: Method,
    url: string,
    options: RequestOptions = {},
  ): Promise<Response<T>> {
    const i = this.next++ % this.bases.length;
    this.served[i]++;
    const { headers, payload } = encodeRequest(options);
    const response = await fetch(this.bases[i] + url, { method, headers, body: payload });
    return { status: response.status, body: decodeBody<T>(await response.text(), response.headers.get('content-type')), headers: Object.fromEntries(response.headers.entries()) };
  }

  get<T = any>(url: string, token?: string) {
    return this.request<T>('GET', url, { token });
  }

  post<T = any>(url: string, body: unknown, token?: string, headers?: Record<string, string>) {
    return this.request<T>('POST', url, { body, token, headers });
  }

  patch<T = any>(url: string, body: unknown, token?: string) {
    return this.request<T>('PATCH', url, { body, token });
  }

  delete<T = any>(url: string, token?: string) {
    return this.request<T>('DELETE', url, { token });
  }
}
