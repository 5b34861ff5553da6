import { describe, expect, it } from 'vitest';
import { layerLinter } from '../support/layer-lint';
import path from 'node:path';
import { PROJECT_ROOT } from '../support/temp-dirs';

/** Proves the layer rules can fail: each forbidden import is linted as if it sat in that layer. */
describe('layer rules in lint', () => {
  const eslint = layerLinter();
  const lint = async (file: string, code: string) => {
    const [result] = await eslint.lintText(code, { filePath: path.join(PROJECT_ROOT, file) });
    return result!.messages.filter((m) => m.ruleId === 'no-restricted-imports' || m.ruleId === 'no-restricted-syntax').map((m) => m.message);
  };

  it.each([
    ['core/services/x.ts', "import { app } from 'electron';\nexport const a = app;"],
    ['core/services/x.ts', "import http from 'node:http';\nexport const a = http;"],
    ['core/services/x.ts', "import { useT } from '../../renderer/i18n/i18n';\nexport const a = useT;"],
    ['contract/x.ts', "import { openHelpPoint } from '../core/help-point';\nexport const a = openHelpPoint;"],
    ['renderer/x.ts', "import { openDatabase } from '../core/storage/database';\nexport const a = openDatabase;"],
    ['renderer/x.ts', "import { methods } from '../contract/methods';\nexport const a = methods;"],
    ['browser-shell/x.ts', "import { app } from 'electron';\nexport const a = app;"],
    ['electron/x.ts', "import { App } from '../renderer/app/App';\nexport const a = App;"],
    ['electron/preload.ts', "import { contextBridge, ipcRenderer } from 'electron';\ncontextBridge.exposeInMainWorld('x', { ipc: ipcRenderer });"],
    ['tests/unit/x.ts', "import { app } from 'electron';\nexport const a = app;"],
    ['province/server/x.ts', "import { openDatabase } from '../../core/storage/database';\nexport const a = openDatabase;"],
    ['province/dashboard/x.ts', "import fs from 'node:fs';\nexport const a = fs;"],
    ['province/dashboard/x.ts', "import { ingest } from '../server/ingest';\nexport const a = ingest;"],
  ])('rejects the forbidden import in %s', async (file, code) => {
    expect(await lint(file, code)).not.toEqual([]);
  });

  it('allows what the layers may use', async () => {
    expect(await lint('renderer/x.ts', "import type { MethodName } from '../contract/methods';\nexport type A = MethodName;")).toEqual([]);
    expect(await lint('core/x.ts', "import fs from 'node:fs';\nexport const a = fs;")).toEqual([]);
    expect(await lint('electron/x.ts', "import { openHelpPoint } from '../core/help-point';\nexport const a = openHelpPoint;")).toEqual([]);
    expect(await lint('province/server/x.ts', "import pg from 'pg';\nimport { SyncBatch } from '../../contract/sync';\nexport const a = [pg, SyncBatch];")).toEqual([]);
  });
});
