import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { cacheStatements } from './statement-cache.js';

function connection(capacity?: number) {
  const client = new BetterSqlite3(':memory:');
  cacheStatements(client, capacity);
  client.exec('create table t (id integer primary key, name text)');
  client.prepare('insert into t (name) values (?)').run('a');
  client.prepare('insert into t (name) values (?)').run('b');
  return client;
}

describe('given the statement cache', () => {
  it('prepares the same SQL once and hands out the same statement', () => {
    const client = connection();
    const first = client.prepare('select name from t where id = ?');
    expect(client.prepare('select name from t where id = ?')).toBe(first);
    expect(client.prepare('select name from t where id = ?').get(2)).toEqual({ name: 'b' });
  });

  it('hands a statement out with the modes a caller left on turned off', () => {
    const client = connection();
    expect(client.prepare('select name from t order by id').pluck().all()).toEqual(['a', 'b']);
    expect(client.prepare('select name from t order by id').all()).toEqual([
      { name: 'a' },
      { name: 'b' },
    ]);
    expect(client.prepare('select name from t order by id').raw().all()).toEqual([['a'], ['b']]);
    expect(client.prepare('select name from t order by id').get()).toEqual({ name: 'a' });
  });

  it('prepares a fresh statement while the cached one is being iterated', () => {
    const client = connection();
    const names: string[] = [];
    for (const row of client.prepare('select name from t order by id').iterate()) {
      const again = client.prepare('select name from t order by id').all() as { name: string }[];
      names.push(`${(row as { name: string }).name}:${again.length}`);
    }
    expect(names).toEqual(['a:2', 'b:2']);
  });

  it('keeps at most its capacity, dropping the least recently used', () => {
    const client = connection(2);
    const one = client.prepare('select 1');
    const two = client.prepare('select 2');
    client.prepare('select 1');
    client.prepare('select 3');
    expect(client.prepare('select 1')).toBe(one);
    expect(client.prepare('select 2')).not.toBe(two);
  });

  it('serves statements that write, and writes each time', () => {
    const client = connection();
    client.prepare('insert into t (name) values (?)').run('c');
    client.prepare('insert into t (name) values (?)').run('d');
    expect(client.prepare('select count(*) as n from t').get()).toEqual({ n: 4 });
  });
});
