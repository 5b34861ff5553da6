import { afterEach, describe, expect, it } from 'vitest';
import path from 'node:path';
import { openDatabase, schemaVersion } from '../../core/storage/database';
import { MIGRATIONS } from '../../core/storage/migrations';
import { makeTempDir } from '../support/temp-dirs';

describe('the installation data file', () => {
  const temps: { cleanup(): void }[] = [];
  afterEach(() => temps.splice(0).forEach((t) => t.cleanup()));
  const tempFile = () => {
    const t = makeTempDir();
    temps.push(t);
    return path.join(t.dir, 'nested', 'help-point.sqlite');
  };

  it('opens in WAL mode with full sync and foreign keys, at the newest schema', () => {
    const db = openDatabase(tempFile());
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(2); // 2 = FULL
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(schemaVersion(db)).toBe(MIGRATIONS.at(-1)!.version);
    const tables = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[]).map((r) => r.name);
    expect(tables).toEqual(expect.arrayContaining(['tickets', 'sessions', 'volunteers', 'settings', 'audit_log', 'ticket_events', 'desks']));
    db.close();
  });

  it('keeps committed rows across close and reopen, and applies migrations only once', () => {
    const file = tempFile();
    const first = openDatabase(file);
    first.prepare("INSERT INTO settings (key, value, updated_at) VALUES ('pointName', '\"Phường Ba Đình\"', 'now')").run();
    first.close();
    const second = openDatabase(file);
    expect(second.prepare("SELECT value FROM settings WHERE key = 'pointName'").get()).toEqual({ value: '"Phường Ba Đình"' });
    second.close();
  });

  it('applies a later migration to an existing file', () => {
    const file = tempFile();
    openDatabase(file).close();
    const next = [...MIGRATIONS, { version: MIGRATIONS.at(-1)!.version + 1, name: 'test column', sql: 'ALTER TABLE settings ADD COLUMN note TEXT;' }];
    const db = openDatabase(file, next);
    expect(schemaVersion(db)).toBe(next.at(-1)!.version);
    expect((db.prepare('PRAGMA table_info(settings)').all() as { name: string }[]).map((c) => c.name)).toContain('note');
    db.close();
  });

  it('refuses a file written by a newer version instead of damaging it', () => {
    const file = tempFile();
    const db = openDatabase(file);
    db.pragma('user_version = 999');
    db.close();
    expect(() => openDatabase(file)).toThrow(/newer version/);
  });

  it('rolls back a failing migration as a whole', () => {
    const file = tempFile();
    openDatabase(file).close();
    const broken = [...MIGRATIONS, { version: 99, name: 'broken', sql: 'CREATE TABLE half_done (x INTEGER); SELECT * FROM no_such_table;' }];
    expect(() => openDatabase(file, broken)).toThrow();
    const db = openDatabase(file);
    expect(schemaVersion(db)).toBe(MIGRATIONS.at(-1)!.version);
    expect(db.prepare("SELECT COUNT(*) AS n FROM sqlite_master WHERE name = 'half_done'").get()).toEqual({ n: 0 });
    db.close();
  });
});
