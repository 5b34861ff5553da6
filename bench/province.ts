/**
 * Province benchmark: N simulated points × a month of sessions, uploaded by the point's real
 * uploader (core/sync) over HTTP through the real province server (its own process, the built
 * dist/province/server.mjs) into PostgreSQL (a throwaway durable cluster, or --database).
 * Prints measured figures only: rows/s, batch latency percentiles, replays, the row check,
 * and the dashboard query time.
 *
 *   npm run bench:province -- [--points 300] [--days 30] [--sessions-per-day 30] [--concurrency 16] [--json]
 */
import { spawn, type ChildProcess } from 'node:child_process';
import crypto from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import Database from 'better-sqlite3';
import pg from 'pg';
import { formatPointCode } from '../contract/admin-units';
import type { Db } from '../core/storage/database';
import { openDatabase } from '../core/storage/database';
import { pendingCount, readOutbox } from '../core/sync/outbox';
import { pointIdentity } from '../core/sync/identity';
import { MAX_BATCH_ROWS, SYNC_PROTOCOL_VERSION, type SyncBatch } from '../contract/sync';
import { saveEnrolment } from '../core/sync/state';
import { SyncUploader } from '../core/sync/uploader';
import { provinceIndicatorRows } from '../province/server/indicators';
import { hashSecret, newToken } from '../province/server/secrets';
import { findPostgres, startCluster, type TestCluster } from '../tests/support/postgres';
import { dayRange, simulatePoint } from './point-sim';

export interface ProvinceBenchOptions {
  points?: number;
  days?: number;
  sessionsPerDay?: number;
  /** Distinct simulated activity patterns; each point is a copy of one, with its own identity. */
  distinct?: number;
  /** Points uploading at the same time. */
  concurrency?: number;
  /** Share of points that also replay a batch already committed (must change nothing). */
  replayShare?: number;
  /** An existing database to use instead of a throwaway cluster (it must be empty). */
  database?: string;
  /**
   * `server` (default): each point's batches are read by the uploader's own code before the clock
   * starts, then POSTed in order, as 300 PCs would — the province machine's work alone.
   * `uploader`: the real SyncUploader runs in this process during the timed run, so the points'
   * side (SQLite reads, JSON) shares the same 2 cores: a pessimistic end-to-end figure.
   */
  mode?: 'server' | 'uploader';
  /** The built server; default dist/province/server.mjs next to this bench. */
  serverScript?: string;
  log?: (line: string) => void;
}

export interface ProvinceBenchResult {
  mode: 'server' | 'uploader';
  points: number;
  days: number;
  sessionsPerDay: number;
  sessions: number;
  rowsSent: number;
  batches: number;
  seconds: number;
  rowsPerSecond: number;
  batchMs: { p50: number; p90: number; p99: number; max: number };
  replays: { batches: number; applied: number };
  /** Requests sent again after a dropped connection (server mode). */
  retries: number;
  /** The machine's 1-minute load average before and after the timed run (other work shares the cores). */
  load: { before: number; after: number };
  check: { expectedFacts: number; storedFacts: number; duplicates: number; ok: boolean };
  dashboardQueryMs: { monthByCommune: number; dayByPoint: number };
  scryptMs: number;
  setupSeconds: number;
  machine: { cores: number; cpu: string; postgres: string; node: string; durable: boolean };
}

const pct = (sorted: number[], p: number) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))]! : 0);
const round = (n: number, d = 1) => Math.round(n * 10 ** d) / 10 ** d;

async function startServer(script: string, database: string, log: (l: string) => void): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(process.execPath, [script, '--database', database, '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, PROVINCE_ADMIN_PASSWORD: crypto.randomBytes(12).toString('hex') } });
  let out = '';
  child.stderr.on('data', (d: Buffer) => {
    out += d.toString();
    log(`server: ${d.toString().trim()}`);
  });
  child.once('exit', (code, signal) => {
    if (code !== 0 && signal !== 'SIGTERM') log(`bench: the province server exited (${code ?? signal})`);
  });
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`province server did not start: ${out}`)), 30_000);
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /listening on (http:\/\/\S+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]!);
      }
    });
    child.once('exit', (code) => reject(new Error(`province server exited (${code}): ${out}`)));
  });
  log(`bench: province server (own process) at ${url}`);
  return { url, child };
}

export async function benchProvince(options: ProvinceBenchOptions = {}): Promise<ProvinceBenchResult> {
  const log = options.log ?? ((l: string) => console.log(l));
  const nPoints = options.points ?? 300;
  const days = dayRange('2026-11-01', options.days ?? 30);
  const sessionsPerDay = options.sessionsPerDay ?? 30;
  const distinct = Math.min(nPoints, options.distinct ?? 10);
  const concurrency = options.concurrency ?? 16;
  const replayShare = options.replayShare ?? 0.1;
  const here = path.dirname(fileURLToPath(import.meta.url));
  const serverScript = options.serverScript ?? path.join(here, '..', 'province', 'server.mjs');
  const setupStarted = performance.now();

  let cluster: TestCluster | null = null;
  let database = options.database;
  if (!database) {
    const found = findPostgres();
    if (!found.bin) throw new Error(found.reason);
    cluster = await startCluster(found.bin, { durable: true, log });
    database = await cluster.createDatabase('province_bench');
  }
  const pool = new pg.Pool({ connectionString: database, max: 4 });
  pool.on('error', () => undefined); // idle clients are cut when the cluster stops
  let server: { url: string; child: ChildProcess } | null = null;
  const dbs: Db[] = [];
  try {
    server = await startServer(serverScript, database, log);

    // The activity: `distinct` simulated point files, each copied (in memory) to many points.
    const templates: Buffer[] = [];
    let sessionsPerTemplate = 0;
    for (let i = 0; i < distinct; i++) {
      const db = openDatabase(':memory:');
      simulatePoint(db, { seed: 1000 + i, days, sessionsPerDay, editShare: 0.1 });
      sessionsPerTemplate += (db.prepare('SELECT count(*) AS n FROM sessions').get() as { n: number }).n;
      templates.push(db.serialize());
      db.close();
    }

    // Points are registered straight in PostgreSQL (setup, not measured); every batch goes through HTTP.
    const t0 = performance.now();
    const shared = newToken();
    const tokenHash = await hashSecret(shared.secret);
    const scryptMs = performance.now() - t0;
    const points: { db: Db; code: string; token: string }[] = [];
    const communes = ['00004', '00008', '00025', '00031', '00043', '00046', '00049', '00052', '00058', '00061'];
    for (let i = 0; i < nPoints; i++) {
      const db = new Database(templates[i % distinct]);
      dbs.push(db);
      const uuid = crypto.randomUUID();
      db.prepare('UPDATE point_identity SET point_id = ? WHERE id = 1').run(uuid);
      const commune = communes[i % communes.length]!;
      const code = formatPointCode('01', commune, Math.floor(i / communes.length) + 1);
      const tokenId = crypto.randomBytes(9).toString('base64url');
      await pool.query(
        `INSERT INTO point (point_code, province_code, commune_code, point_number, label, point_uuid, token_id, token_hash, enrolled_at)
         VALUES ($1, '01', $2, $3, $4, $5, $6, $7, now())`,
        [code, commune, Math.floor(i / communes.length) + 1, `bench ${i}`, uuid, tokenId, tokenHash],
      );
      const token = `${tokenId}.${shared.secret}`;
      saveEnrolment(db, { serverUrl: server.url, token, pointCode: code, provinceCode: '01', communeCode: commune, label: '' }, new Date().toISOString());
      points.push({ db, code, token });
    }
    // Each point's token is verified once (scrypt) before the clock starts; the server then caches it.
    for (let i = 0; i < points.length; i += 8) {
      await Promise.all(points.slice(i, i + 8).map((p) => fetch(`${server!.url}/api/v1/cursor`, { headers: { Authorization: `Bearer ${p.token}` } }).then((r) => r.arrayBuffer())));
    }
    const expectedRows = points.reduce((n, p) => n + pendingCount(p.db), 0);
    const mode = options.mode ?? 'server';
    // Server mode: the batches each point's uploader would send, in its order (read with its own code).
    const prepared: { bodies: string[]; rows: number }[] = [];
    if (mode === 'server') {
      for (const p of points) {
        const bodies: string[] = [];
        let rows = 0;
        let from = 1;
        const pointId = pointIdentity(p.db).pointId;
        for (;;) {
          const slice = readOutbox(p.db, from, MAX_BATCH_ROWS);
          if (slice.throughSeq < from) break;
          const batch: SyncBatch = { protocol: SYNC_PROTOCOL_VERSION, pointId, fromSeq: from, rows: slice.rows, pendingAfter: pendingCount(p.db, slice.throughSeq) };
          bodies.push(JSON.stringify(batch));
          rows += slice.rows.length;
          from = slice.throughSeq + 1;
        }
        prepared.push({ bodies, rows });
      }
    }
    const setupSeconds = (performance.now() - setupStarted) / 1000;
    log(`bench: ${nPoints} points × ${days.length} days × ${sessionsPerDay} sessions/day (${distinct} distinct patterns); ${expectedRows} outbox rows pending; setup ${round(setupSeconds)} s`);

    // The measured run.
    const latencies: number[] = [];
    let rowsSent = 0;
    let batches = 0;
    const replayBodies: { body: string; token: string }[] = [];
    const timedFetch = (token: string, keepFirst: boolean): typeof fetch => {
      let kept = !keepFirst;
      return async (input, init) => {
        const started = performance.now();
        const res = await fetch(input, init);
        const text = await res.text();
        latencies.push(performance.now() - started);
        if (!kept && res.ok) {
          replayBodies.push({ body: String(init?.body), token });
          kept = true;
        }
        return new Response(text, { status: res.status, headers: res.headers });
      };
    };
    const replayEvery = replayShare > 0 ? Math.round(1 / replayShare) : Infinity;
    let replayApplied = 0;
    let retries = 0;
    const loadBefore = os.loadavg()[0]!;
    let replayBatches = 0;
    const started = performance.now();
    let next = 0;
    const worker = async () => {
      for (;;) {
        const i = next++;
        if (i >= points.length) return;
        const p = points[i]!;
        if (mode === 'server') {
          const send = timedFetch(p.token, i % replayEvery === 0);
          for (const body of prepared[i]!.bodies) {
            const post = () => send(`${server!.url}/api/v1/batches`, { method: 'POST', headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${p.token}` }, body });
            // A dropped connection is retried, as the uploader would: the ingest is idempotent.
            const res = await post().catch(() => {
              retries += 1;
              return post();
            });
            if (!res.ok) throw new Error(`point ${p.code}: HTTP ${res.status} ${await res.text()}`);
            await res.arrayBuffer();
          }
          rowsSent += prepared[i]!.rows;
          batches += prepared[i]!.bodies.length;
        } else {
          const uploader = new SyncUploader(p.db, { fetch: timedFetch(p.token, i % replayEvery === 0), maxBatchesPerPass: 1_000_000 });
          const r = await uploader.runOnce();
          if (r.error) throw new Error(`point ${p.code}: ${r.error}`);
          rowsSent += r.sent;
          batches += r.batches;
        }
        if (i % replayEvery === 0 && replayBodies.length) {
          // Replays a batch this point already committed: the server must apply nothing.
          const replay = replayBodies.pop()!;
          const res = await fetch(`${server!.url}/api/v1/batches`, { method: 'POST', headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${replay.token}` }, body: replay.body });
          const answer = (await res.json()) as { applied: number };
          replayApplied += answer.applied;
          replayBatches += 1;
        }
      }
    };
    await Promise.all(Array.from({ length: concurrency }, worker));
    const seconds = (performance.now() - started) / 1000;
    const loadAfter = os.loadavg()[0]!;

    // The check: every record once, at its newest revision.
    const { rows: stored } = await pool.query<{ n: string }>(
      'SELECT (SELECT count(*) FROM session_fact) + (SELECT count(*) FROM ticket_fact) + (SELECT count(*) FROM feedback_fact) AS n',
    );
    const expectedFacts = dbs.reduce(
      (n, db) => n + (db.prepare('SELECT (SELECT count(*) FROM sessions) + (SELECT count(*) FROM tickets) + (SELECT count(*) FROM feedback) AS n').get() as { n: number }).n,
      0,
    );
    const { rows: dupes } = await pool.query<{ n: string }>('SELECT count(*) AS n FROM (SELECT point_id, local_id FROM session_fact GROUP BY 1, 2 HAVING count(*) > 1) d');

    const q0 = performance.now();
    await provinceIndicatorRows(pool, { from: days[0]!, to: days.at(-1)!, grain: 'month', by: 'commune' });
    const monthByCommune = performance.now() - q0;
    const q1 = performance.now();
    await provinceIndicatorRows(pool, { from: days[0]!, to: days[0]!, grain: 'day', by: 'point' });
    const dayByPoint = performance.now() - q1;

    const { rows: version } = await pool.query<{ v: string }>("SELECT current_setting('server_version') AS v");
    const sorted = [...latencies].sort((a, b) => a - b);
    const result: ProvinceBenchResult = {
      mode,
      points: nPoints,
      days: days.length,
      sessionsPerDay,
      sessions: Math.round((sessionsPerTemplate / distinct) * nPoints),
      rowsSent,
      batches,
      seconds: round(seconds, 2),
      rowsPerSecond: Math.round(rowsSent / seconds),
      batchMs: { p50: round(pct(sorted, 0.5)), p90: round(pct(sorted, 0.9)), p99: round(pct(sorted, 0.99)), max: round(sorted.at(-1) ?? 0) },
      replays: { batches: replayBatches, applied: replayApplied },
      retries,
      load: { before: round(loadBefore, 2), after: round(loadAfter, 2) },
      check: { expectedFacts, storedFacts: Number(stored[0]!.n), duplicates: Number(dupes[0]!.n), ok: expectedFacts === Number(stored[0]!.n) && Number(dupes[0]!.n) === 0 && replayApplied === 0 },
      dashboardQueryMs: { monthByCommune: Math.round(monthByCommune), dayByPoint: Math.round(dayByPoint) },
      scryptMs: Math.round(scryptMs),
      setupSeconds: round(setupSeconds),
      machine: { cores: os.cpus().length, cpu: os.cpus()[0]?.model ?? '', postgres: version[0]!.v, node: process.version, durable: !options.database },
    };
    return result;
  } finally {
    for (const db of dbs) db.close();
    if (server && server.child.exitCode === null && server.child.signalCode === null) {
      const exited = new Promise((r) => server!.child.once('exit', r));
      server.child.kill('SIGTERM');
      await exited;
    }
    await pool.end();
    await cluster?.stop();
  }
}

export function formatProvinceBench(r: ProvinceBenchResult): string {
  return [
    `province sync benchmark (${r.mode === 'server' ? 'server: batches read by the uploader code beforehand, POSTed in order' : 'uploader: the real SyncUploader in this process during the run'}) — ${r.points} points × ${r.days} days × ${r.sessionsPerDay} sessions/day (${r.sessions} sessions)`,
    `  machine: ${r.machine.cores} cores (${r.machine.cpu}), PostgreSQL ${r.machine.postgres}${r.machine.durable ? ' (fsync on, synchronous_commit on)' : ''}, Node ${r.machine.node}`,
    `  uploaded: ${r.rowsSent} outbox rows in ${r.batches} batches in ${r.seconds} s → ${r.rowsPerSecond} rows/s`,
    `  batch latency (point → server → PostgreSQL commit → point): p50 ${r.batchMs.p50} ms, p90 ${r.batchMs.p90} ms, p99 ${r.batchMs.p99} ms, max ${r.batchMs.max} ms`,
    `  replays: ${r.replays.batches} committed batches sent again, ${r.replays.applied} rows applied by them; ${r.retries} requests retried after a dropped connection`,
    `  load average (1 min) on the machine: ${r.load.before} before, ${r.load.after} after the timed run`,
    `  check: ${r.check.storedFacts} facts stored / ${r.check.expectedFacts} records at the points, ${r.check.duplicates} duplicates → ${r.check.ok ? 'OK' : 'MISMATCH'}`,
    `  dashboard query: a month by commune ${r.dashboardQueryMs.monthByCommune} ms, a day by point ${r.dashboardQueryMs.dayByPoint} ms`,
    `  setup (not timed): ${r.setupSeconds} s; one scrypt token check ${r.scryptMs} ms (once per point per 5 min, cached)`,
  ].join('\n');
}

async function cli(): Promise<number> {
  const { values } = parseArgs({
    options: {
      points: { type: 'string' },
      days: { type: 'string' },
      'sessions-per-day': { type: 'string' },
      distinct: { type: 'string' },
      concurrency: { type: 'string' },
      database: { type: 'string' },
      mode: { type: 'string' },
      json: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    console.log('Usage: npm run bench:province -- [--points 300] [--days 30] [--sessions-per-day 30] [--distinct 10] [--concurrency 16] [--mode server|uploader] [--database URL] [--json]');
    return 0;
  }
  const num = (v: string | undefined) => (v === undefined ? undefined : Number(v));
  const result = await benchProvince({
    points: num(values.points),
    days: num(values.days),
    sessionsPerDay: num(values['sessions-per-day']),
    distinct: num(values.distinct),
    concurrency: num(values.concurrency),
    database: values.database,
    mode: values.mode === 'uploader' ? 'uploader' : 'server',
    log: values.json ? () => undefined : (l) => console.log(l),
  });
  console.log(values.json ? JSON.stringify(result, null, 2) : formatProvinceBench(result));
  return result.check.ok ? 0 : 1;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = await cli();
}
