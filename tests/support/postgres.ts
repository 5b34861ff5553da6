/**
 * A throwaway PostgreSQL cluster for tests and the benchmark: initdb in a temp folder, the
 * server on a free loopback port (and its socket in the same folder), stopped and removed after.
 *
 * Finds the binaries on PATH, then in /usr/lib/postgresql/<newest>/bin (Debian's `postgresql`
 * package, which the setup step installs). initdb refuses to run as root, so as root the
 * cluster runs as `nobody` (spawned with that uid and gid; the temp folder is chowned to it).
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

export interface PgBinaries {
  initdb: string;
  postgres: string;
  dir: string;
}

function onPath(name: string, searchPath: string): string | null {
  for (const dir of searchPath.split(path.delimiter)) {
    if (!dir) continue;
    const file = path.join(dir, name);
    try {
      fs.accessSync(file, fs.constants.X_OK);
      return fs.realpathSync(file);
    } catch {
      /* next */
    }
  }
  return null;
}

/**
 * The server binaries, or null with the reason they were not found. PG_BIN_DIR, when set, is
 * looked in first (a cluster built elsewhere); `searchPath` and `root` are for this file's own test.
 */
export function findPostgres(options: { searchPath?: string; root?: string } = {}): { bin: PgBinaries } | { bin: null; reason: string } {
  const searchPath = [process.env.PG_BIN_DIR ?? '', options.searchPath ?? process.env.PATH ?? ''].filter(Boolean).join(path.delimiter);
  const initdb = onPath('initdb', searchPath);
  const postgres = onPath('postgres', searchPath);
  if (initdb && postgres) return { bin: { initdb, postgres, dir: path.dirname(initdb) } };
  const root = options.root ?? '/usr/lib/postgresql';
  const versions = fs.existsSync(root) ? fs.readdirSync(root).filter((v) => /^\d+$/.test(v)).sort((a, b) => Number(b) - Number(a)) : [];
  for (const v of versions) {
    const dir = path.join(root, v, 'bin');
    if (fs.existsSync(path.join(dir, 'initdb')) && fs.existsSync(path.join(dir, 'postgres'))) {
      return { bin: { initdb: path.join(dir, 'initdb'), postgres: path.join(dir, 'postgres'), dir } };
    }
  }
  return { bin: null, reason: 'PostgreSQL server binaries not found (no initdb/postgres on PATH or in /usr/lib/postgresql/*/bin; the setup step installs Debian\'s "postgresql")' };
}

export interface TestCluster {
  /** postgres://postgres@127.0.0.1:PORT/postgres */
  url: string;
  port: number;
  dataDir: string;
  /** A fresh database in the cluster; its connection string. */
  createDatabase(name: string): Promise<string>;
  stop(): Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
  });
}

function unprivileged(): { uid: number; gid: number } | null {
  if (typeof process.getuid !== 'function' || process.getuid() !== 0) return null;
  const line = fs
    .readFileSync('/etc/passwd', 'utf8')
    .split('\n')
    .find((l) => l.startsWith('nobody:'));
  if (!line) throw new Error('running as root, and there is no "nobody" user to run PostgreSQL as');
  const [, , uid, gid] = line.split(':');
  return { uid: Number(uid), gid: Number(gid) };
}

function chownTree(dir: string, uid: number, gid: number): void {
  fs.chownSync(dir, uid, gid);
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) chownTree(p, uid, gid);
    else fs.chownSync(p, uid, gid);
  }
}

export interface ClusterOptions {
  /** Durable (fsync on) for the benchmark; off for tests, which throw the cluster away. */
  durable?: boolean;
  log?: (line: string) => void;
}

export async function startCluster(bin: PgBinaries, options: ClusterOptions = {}): Promise<TestCluster> {
  const base = fs.mkdtempSync(path.join(os.tmpdir(), 'dhp-pg-'));
  const dataDir = path.join(base, 'data');
  const socketDir = path.join(base, 'sock');
  fs.mkdirSync(socketDir);
  const as = unprivileged();
  if (as) chownTree(base, as.uid, as.gid);
  const spawnOpts = { ...(as ? { uid: as.uid, gid: as.gid } : {}), env: { ...process.env, LC_ALL: 'C', LANG: 'C' }, cwd: base };

  const init = spawnSync(bin.initdb, ['-D', dataDir, '-U', 'postgres', '--auth=trust', '--encoding=UTF8', '--no-locale', '--no-sync'], { ...spawnOpts, encoding: 'utf8' });
  if (init.status !== 0) {
    fs.rmSync(base, { recursive: true, force: true });
    throw new Error(`initdb failed (${init.status}): ${init.stderr || init.stdout}`);
  }
  const port = await freePort();
  const durable = options.durable ?? false;
  const args = [
    '-D', dataDir, '-p', String(port), '-k', socketDir, '-c', 'listen_addresses=127.0.0.1',
    '-c', `fsync=${durable ? 'on' : 'off'}`, '-c', `synchronous_commit=${durable ? 'on' : 'off'}`, '-c', `full_page_writes=${durable ? 'on' : 'off'}`,
    '-c', 'max_connections=100', '-c', 'shared_buffers=128MB', '-c', 'max_wal_size=2GB', '-c', 'log_min_messages=warning',
  ];
  const child: ChildProcess = spawn(bin.postgres, args, { ...spawnOpts, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout?.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (output += d.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);

  const url = `postgres://postgres@127.0.0.1:${port}/postgres`;
  const pg = (await import('pg')).default;
  const deadline = Date.now() + 20_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`postgres exited (${child.exitCode}): ${output}`);
    const c = new pg.Client({ connectionString: url });
    try {
      await c.connect();
      await c.end();
      break;
    } catch {
      await c.end().catch(() => undefined);
      if (Date.now() > deadline) {
        child.kill('SIGKILL');
        throw new Error(`postgres did not start in 20 s: ${output}`);
      }
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  options.log?.(`postgres: cluster on 127.0.0.1:${port} (${bin.dir}${as ? ', as nobody' : ''}, fsync ${durable ? 'on' : 'off'})`);

  return {
    url,
    port,
    dataDir,
    async createDatabase(name) {
      if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error('bad database name');
      const c = new pg.Client({ connectionString: url });
      await c.connect();
      await c.query(`CREATE DATABASE ${name}`);
      await c.end();
      return `postgres://postgres@127.0.0.1:${port}/${name}`;
    },
    async stop() {
      process.removeListener('exit', killOnExit);
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGINT'); // fast shutdown
        const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
        await exited;
        clearTimeout(timer);
      }
      fs.rmSync(base, { recursive: true, force: true });
    },
  };
}
