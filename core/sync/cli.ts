/**
 * `npm run sync -- --data-dir DIR` — one sync pass from the command line.
 *   --enrol URL --code CODE   exchange a one-time enrolment code first
 *   --bundle DIR              write a signed USB bundle of the pending rows to DIR instead of uploading
 *   --full                    with --bundle: everything not acknowledged online (the default)
 *   --since-last-bundle       with --bundle: only rows after the previous bundle
 *   --status                  print the sync status and stop
 * Exit code: 0 on success, 1 on a sync error (message printed in both languages), 2 on bad usage.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { checkServerAddress, SYNC_MESSAGES } from '../../contract/sync';
import { DATA_FILE_NAME } from '../help-point';
import { openDatabase } from '../storage/database';
import { writeBundle } from './bundle';
import { enrolPoint } from './enrolment';
import { SyncFailure } from './transport';
import { syncStatus } from './state';
import { SyncUploader } from './uploader';

const HELP = `Usage: npm run sync -- --data-dir DIR [--enrol URL --code CODE] [--bundle DIR [--since-last-bundle]] [--status]`;

export async function main(argv: string[]): Promise<number> {
  let args;
  try {
    args = parseArgs({
      args: argv,
      options: {
        'data-dir': { type: 'string' },
        enrol: { type: 'string' },
        code: { type: 'string' },
        bundle: { type: 'string' },
        full: { type: 'boolean' },
        'since-last-bundle': { type: 'boolean' },
        status: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
    }).values;
  } catch (err) {
    console.error((err as Error).message);
    console.error(HELP);
    return 2;
  }
  if (args.help) {
    console.log(HELP);
    return 0;
  }
  if (!args['data-dir']) {
    console.error(HELP);
    return 2;
  }
  const db = openDatabase(path.join(path.resolve(args['data-dir']), DATA_FILE_NAME));
  try {
    if (args.enrol) {
      if (!args.code) {
        console.error('--enrol needs --code');
        return 2;
      }
      const address = checkServerAddress(args.enrol);
      if (!address.ok) {
        console.error(
          address.reason === 'insecure'
            ? '--enrol: dùng https:// (http:// chỉ cho chính máy này) / use https:// (http:// only to this computer itself)'
            : '--enrol: địa chỉ máy chủ không đúng / not a server address',
        );
        return 2;
      }
      const answer = await enrolPoint(db, { serverUrl: address.url, enrolmentCode: args.code });
      console.log(`enrolled as ${answer.pointCode} (${answer.label})`);
    }
    if (args.status) {
      console.log(JSON.stringify(syncStatus(db), null, 2));
      return 0;
    }
    if (args.bundle) {
      const written = writeBundle(db, path.resolve(args.bundle), { mode: args['since-last-bundle'] ? 'since-last-bundle' : 'all-pending' });
      console.log(`bundle: ${written.rows} rows (seq ${written.fromSeq}–${written.throughSeq}), ${written.bytes} bytes → ${written.file}`);
      return 0;
    }
    const result = await new SyncUploader(db).runOnce();
    if (result.error) {
      const m = SYNC_MESSAGES[result.error];
      console.error(`sync: ${m.vi} / ${m.en} (${result.error}); ${result.pending} rows pending`);
      return 1;
    }
    console.log(`sync: ${result.sent} rows in ${result.batches} batches (${result.applied} applied, ${result.skipped} already there); ${result.pending} pending`);
    return 0;
  } catch (err) {
    if (err instanceof SyncFailure) {
      const m = SYNC_MESSAGES[err.messageKey];
      console.error(`sync: ${m.vi} / ${m.en} (${err.messageKey})`);
      return 1;
    }
    throw err;
  } finally {
    db.close();
  }
}
