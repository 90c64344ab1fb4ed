import { Client } from 'pg';
import { PostgresQueryRunner } from 'typeorm/driver/postgres/PostgresQueryRunner';

export interface Counted<T> {
  result: T;
  /** Statements sent to PostgreSQL by any pg client of this process (the wire). */
  wire: string[];
  /** Statements that went through a TypeORM query runner (the app's DataSource). */
  typeorm: string[];
}

const text = (query: unknown): string => {
  const sql = typeof query === 'string' ? query : ((query as { text?: string })?.text ?? String(query));
  return sql.replace(/\s+/g, ' ').trim();
};

/**
 * Counts the SQL statements issued while `work` runs, at two levels: every `pg` Client's
 * `query` (TypeORM's pool hands out pg Clients, so this is what reaches the server) and
 * TypeORM's `PostgresQueryRunner.query`. Nothing else may talk to the database meanwhile.
 */
export async function countQueries<T>(work: () => Promise<T>): Promise<Counted<T>> {
  const wire: string[] = [];
  const typeorm: string[] = [];
  const clientQuery = Client.prototype.query;
  const runnerQuery = PostgresQueryRunner.prototype.query;
  (Client.prototype as any).query = function (this: Client, ...args: any[]) {
    wire.push(text(args[0]));
    return (clientQuery as any).apply(this, args);
  };
  (PostgresQueryRunner.prototype as any).query = function (this: PostgresQueryRunner, ...args: any[]) {
    typeorm.push(text(args[0]));
    return (runnerQuery as any).apply(this, args);
  };
  try {
    return { result: await work(), wire, typeorm };
  } finally {
    Client.prototype.query = clientQuery;
    PostgresQueryRunner.prototype.query = runnerQuery;
  }
}
