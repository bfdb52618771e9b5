import type BetterSqlite3 from 'better-sqlite3';

/**
 * Keeps the connection's prepared statements by their SQL text, so a statement that runs on
 * every request is compiled by SQLite once, not on every call. Drizzle prepares each query
 * anew on every execution (`client.prepare(sql)`), which cost 8 % of the server's CPU on the
 * overview (bench:floor's profile, README "Measured").
 *
 * A cached statement is handed out with its modes reset (raw, pluck, expand: the one caller
 * may have turned one on), and never while it is busy (a caller iterating over it): then a
 * fresh statement is prepared. Statements are never bound permanently here (`bind()`), so
 * one statement serves every caller. At most `capacity` are kept, the least recently used
 * dropped first.
 */
export function cacheStatements(client: BetterSqlite3.Database, capacity = 500): void {
  const prepare = client.prepare.bind(client);
  const cache = new Map<string, BetterSqlite3.Statement>();
  const cachedPrepare = (source: string): BetterSqlite3.Statement => {
    const cached = cache.get(source);
    if (cached && !cached.busy) {
      cache.delete(source);
      cache.set(source, cached);
      if (cached.reader) {
        cached.pluck(false);
        cached.expand(false);
        cached.raw(false);
      }
      return cached;
    }
    const statement = prepare(source);
    if (!cached) {
      cache.set(source, statement);
      if (cache.size > capacity) {
        const oldest = cache.keys().next().value;
        if (oldest !== undefined) cache.delete(oldest);
      }
    }
    return statement;
  };
  client.prepare = cachedPrepare as BetterSqlite3.Database['prepare'];
}
