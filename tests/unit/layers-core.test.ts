import { describe, expect, it } from 'vitest';
import { layerLinter } from '../support/layer-lint';
import path from 'node:path';
import { PROJECT_ROOT } from '../support/temp-dirs';

/**
 * Proves the core's own fences can fail: each forbidden import or global is linted
 * as if it sat in that file. The list of pure files is written out here on purpose,
 * so dropping one from the lint config fails this test.
 */
const PURE_CORE = [
  'core/clock.ts',
  'core/calendar.ts',
  'core/ascii-slug.ts',
  'core/queue/next-ticket.ts',
  'core/queue/wait-estimate.ts',
  'core/export/columns.ts',
  'core/export/csv.ts',
  'core/export/totals.ts',
  'core/export/file-names.ts',
];

const RULES = new Set(['no-restricted-imports', 'no-restricted-globals', 'boundaries/dependencies']);

describe('core layer rules in lint', () => {
  const eslint = layerLinter();
  const lint = async (file: string, code: string) => {
    const [result] = await eslint.lintText(code, { filePath: path.join(PROJECT_ROOT, file) });
    const fatal = result!.messages.filter((m) => m.fatal);
    expect(fatal, 'the planted code must parse').toEqual([]);
    return result!.messages.filter((m) => m.ruleId !== null && RULES.has(m.ruleId)).map((m) => `${m.ruleId}: ${m.message}`);
  };

  describe.each(PURE_CORE)('the pure file %s', (file) => {
    /** How `file` would import a module of the core, e.g. `core/storage/database`. */
    const from = (target: string) => {
      const rel = path.posix.relative(path.posix.dirname(file), target);
      return rel.startsWith('.') ? rel : `./${rel}`;
    };
    it.each([
      ['a Node module', "import fs from 'node:fs';\nexport const a = fs;", 'no-restricted-imports'],
      ['a Node module without the node: prefix', "import { inspect } from 'util';\nexport const a = inspect;", 'no-restricted-imports'],
      ['the SQLite driver', "import Database from 'better-sqlite3';\nexport const a = Database;", 'no-restricted-imports'],
      ['storage', `import { openDatabase } from '${from('core/storage/database')}';\nexport const a = openDatabase;`, 'no-restricted-imports'],
      ['a core service at run time', `import { SettingsService } from '${from('core/settings')}';\nexport const a = SettingsService;`, 'boundaries/dependencies'],
      ['a package', "import { z } from 'zod';\nexport const a = z;", 'boundaries/dependencies'],
      ['the browser window', 'export const a = () => window.location.href;', 'no-restricted-globals'],
      ['the document', 'export const a = () => document.title;', 'no-restricted-globals'],
      ['local storage', "export const a = () => localStorage.getItem('x');", 'no-restricted-globals'],
      ['the process', 'export const a = () => process.env.TZ;', 'no-restricted-globals'],
    ])('may not use %s', async (_what, code, rule) => {
      const messages = await lint(file, code);
      expect(messages.some((m) => m.startsWith(`${rule}:`)), messages.join('\n')).toBe(true);
    });
  });

  it('lets pure files use the contract, each other, and types from anywhere', async () => {
    expect(await lint('core/queue/next-ticket.ts', "import { CODE_LABELS } from '../../contract/codes';\nexport const a = CODE_LABELS;")).toEqual([]);
    expect(await lint('core/export/csv.ts', "import { pad2 } from './columns';\nexport const a = pad2;")).toEqual([]);
    expect(await lint('core/queue/wait-estimate.ts', "import { pickNext } from './next-ticket';\nexport const a = pickNext;")).toEqual([]);
    expect(await lint('core/export/columns.ts', "import type { SessionLogRow } from './session-rows';\nexport type A = SessionLogRow;")).toEqual([]);
  });

  it.each([
    ['core/queue/tickets.ts', "import { z } from 'zod';\nexport const a = z;"],
    ['core/staff/x.ts', "import QRCode from 'qrcode';\nexport const a = QRCode;"],
    ['electron/x.ts', "import { unzipSync } from 'fflate';\nexport const a = unzipSync;"],
    ['browser-shell/x.ts', "import Database from 'better-sqlite3';\nexport const a = Database;"],
  ])('rejects a package that is not on the allow-list of %s', async (file, code) => {
    expect(await lint(file, code)).toEqual([expect.stringMatching(/^boundaries\/dependencies: /)]);
  });

  it('allows the packages on each allow-list, and Node modules outside the pure files', async () => {
    expect(await lint('core/storage/x.ts', "import Database from 'better-sqlite3';\nexport const a = Database;")).toEqual([]);
    expect(await lint('core/export/x.ts', "import ExcelJS from 'exceljs';\nexport const a = ExcelJS;")).toEqual([]);
    expect(await lint('core/catalog/x.ts', "import { unzipSync } from 'fflate';\nimport fs from 'node:fs';\nexport const a = [unzipSync, fs];")).toEqual([]);
    expect(await lint('electron/x.ts', "import { app } from 'electron';\nexport const a = app;")).toEqual([]);
    expect(await lint('browser-shell/x.ts', "import http from 'node:http';\nexport const a = http;")).toEqual([]);
  });
});
