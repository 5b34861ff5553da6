import { describe, expect, it } from 'vitest';
import { layerLinter } from '../support/layer-lint';
import path from 'node:path';
import { PROJECT_ROOT } from '../support/temp-dirs';

/**
 * Proves the renderer's own lint rules can fail: each forbidden import or global is
 * linted as if it sat in that folder (eslint.config.js, the renderer section), and
 * what each layer may use passes.
 */
describe('renderer layer rules in lint', () => {
  const eslint = layerLinter();
  const RULES = new Set(['no-restricted-imports', 'no-restricted-syntax', 'no-restricted-globals']);
  const lint = async (file: string, code: string) => {
    const [result] = await eslint.lintText(code, { filePath: path.join(PROJECT_ROOT, file) });
    return result!.messages.filter((m) => m.ruleId !== null && RULES.has(m.ruleId)).map((m) => `${m.ruleId}: ${m.message}`);
  };
  const use = (name: string) => `\nexport const a = ${name};`;

  describe('layers: platform, state, i18n → components, speech, print → screens → app', () => {
    it.each([
      // Shared folders import nothing from screens/ or app/.
      ['renderer/platform/x.ts', "import { deskText } from '../screens/desk/desk-messages';" + use('deskText'), /may import no other renderer folder/],
      ['renderer/state/x.ts', "import { kioskText } from '../screens/kiosk/kiosk-messages';" + use('kioskText'), /renderer\/state\/ may import platform/],
      ['renderer/i18n/x.ts', "import { deskText } from '../screens/desk/desk-messages';" + use('deskText'), /renderer\/i18n\/ may import platform, state/],
      ['renderer/components/x.ts', "import { App } from '../app/App';" + use('App'), /renderer\/components\//],
      ['renderer/speech/x.ts', "import { useKiosk } from '../screens/kiosk/kiosk-context';" + use('useKiosk'), /renderer\/speech\//],
      ['renderer/print/x.ts', "import { App } from '../app/App';" + use('App'), /renderer\/print\//],
      ['renderer/screens/kiosk/x.ts', "import { App } from '../../app/App';" + use('App'), /renderer\/screens\//],
      // Inside the bottom tier the order holds too: no circle between i18n and state, nothing below the platform.
      ['renderer/state/x.ts', "import { useT } from '../i18n/i18n';" + use('useT'), /Renderer layers/],
      ['renderer/platform/x.ts', "import { usePreferences } from '../state/preferences';" + use('usePreferences'), /Renderer layers/],
      // Within the middle tier: components and speech do not print; print does not speak.
      ['renderer/components/x.ts', "import { printTicket } from '../print/print';" + use('printTicket'), /Renderer layers/],
      ['renderer/print/x.ts', "import { useSpeech } from '../speech/speech-store';" + use('useSpeech'), /Renderer layers/],
    ])('%s: rejects %s', async (file, code, message) => {
      const messages = await lint(file, code);
      expect(messages.some((m) => message.test(m)), messages.join('\n')).toBe(true);
    });

    it('keeps one screen out of another', async () => {
      expect((await lint('renderer/screens/kiosk/views/x.tsx', "import { deskText } from '../../desk/desk-messages';" + use('deskText'))).join('\n')).toMatch(/does not import another screen/);
      expect((await lint('renderer/screens/desk/x.ts', "import { StaffDoor } from '../staff/StaffDoor';" + use('StaffDoor'))).join('\n')).toMatch(/does not import another screen/);
    });

    it('allows every import that points down', async () => {
      for (const [file, code] of [
        ['renderer/i18n/x.ts', "import { usePreferences } from '../state/preferences';" + use('usePreferences')],
        ['renderer/print/x.ts', "import { waitText } from '../i18n/wait-text';\nimport { qrSvg } from '../components/qr-svg';\nimport type { Platform } from '../platform/platform';\nexport const a = [waitText, qrSvg];\nexport type P = Platform;"],
        ['renderer/speech/x.ts', "import type { HelpPointClient } from '../platform/client';\nexport type C = HelpPointClient;"],
        ['renderer/screens/board/x.ts', "import { createSpeechPort } from '../../speech/speech-port';\nimport { printTicket } from '../../print/print';\nimport { useLive } from '../../platform/use-live';\nexport const a = [createSpeechPort, printTicket, useLive];"],
        ['renderer/screens/kiosk/views/x.tsx', "import { useKiosk } from '../kiosk-context';" + use('useKiosk')],
        ['renderer/app/x.tsx', "import { KioskScreen } from '../screens/kiosk/KioskScreen';" + use('KioskScreen')],
        ['renderer/main.tsx', "import { App } from './app/App';\nimport '@fontsource/be-vietnam-pro/400.css';\nimport { createRoot } from 'react-dom/client';\nexport const a = [App, createRoot];"],
      ]) {
        expect(await lint(file!, code!), file).toEqual([]);
      }
    });
  });

  describe('packages: each layer names the npm packages it may use', () => {
    it.each([
      ['renderer/state/x.ts', "import { useState } from 'react';" + use('useState')],
      ['renderer/print/x.ts', "import QRCode from 'qrcode';" + use('QRCode')],
      ['renderer/screens/desk/x.ts', "import _ from 'lodash';" + use('_')],
      ['renderer/platform/x.ts', "import fs from 'node:fs';" + use('fs')],
      ['renderer/components/x.ts', "import { ipcRenderer } from 'electron';" + use('ipcRenderer')],
    ])('%s: rejects %s', async (file, code) => {
      expect((await lint(file, code)).join('\n')).toMatch(/may use only these packages/);
    });

    it('allows the listed ones', async () => {
      expect(await lint('renderer/components/x.tsx', "import { useMemo } from 'react';\nimport QRCode from 'qrcode';\nexport const a = [useMemo, QRCode];")).toEqual([]);
      expect(await lint('renderer/speech/x.ts', "import { create } from 'zustand';" + use('create'))).toEqual([]);
      expect(await lint('renderer/screens/kiosk/x.ts', "import { useStore } from 'zustand';\nimport { useState } from 'react';\nexport const a = [useStore, useState];")).toEqual([]);
    });
  });

  describe('window.helpPoint is read only in renderer/platform/', () => {
    it.each([
      ['renderer/print/x.ts', 'export const a = window.helpPoint?.printTicket;'],
      ['renderer/screens/staff/x.tsx', 'export const a = window.helpPoint?.saveExport;'],
      ['renderer/speech/x.ts', "export const a = window['helpPoint'];"],
    ])('%s: rejects %s', async (file, code) => {
      expect((await lint(file, code)).join('\n')).toMatch(/window\.helpPoint is read only in renderer\/platform/);
    });

    it('allows it in the platform', async () => {
      expect(await lint('renderer/platform/x.ts', 'export const a = window.helpPoint;')).toEqual([]);
    });
  });

  describe('files that claim to be pure', () => {
    it.each([
      ['renderer/print/ticket-template.ts', 'export const a = document.title;', /no document here/],
      ['renderer/print/steps-summary-template.ts', 'export const a = window.innerWidth;', /no window here/],
      ['renderer/components/qr-svg.ts', 'export const a = navigator.language;', /no navigator here/],
      ['renderer/screens/kiosk/idle-watch.ts', "export const a = localStorage.getItem('x');", /no localStorage here/],
      ['renderer/speech/speech-port.ts', 'export const a = globalThis.speechSynthesis;', /no globalThis here/],
      ['renderer/i18n/format.ts', 'export const a = location.href;', /no location here/],
      // DOM-using modules, even in a layer the file may otherwise import.
      ['renderer/screens/kiosk/view-speech.ts', "import { say } from './say';" + use('say'), /claims to be pure/],
      ['renderer/screens/kiosk/view-speech.ts', "import { useKiosk } from './kiosk-context';" + use('useKiosk'), /claims to be pure/],
      ['renderer/print/ticket-template.ts', "import { printInBrowser } from '../platform/print-area';" + use('printInBrowser'), /claims to be pure/],
      ['renderer/print/steps-summary-template.ts', "import { usePreferences } from '../state/preferences';" + use('usePreferences'), /claims to be pure/],
      ['renderer/i18n/wait-text.ts', "import { useT } from './i18n';" + use('useT'), /claims to be pure/],
      ['renderer/speech/speech-port.ts', "import { browserVoiceProviders } from './providers';" + use('browserVoiceProviders'), /claims to be pure/],
    ])('%s: rejects %s', async (file, code, message) => {
      const messages = await lint(file, code);
      expect(messages.some((m) => message.test(m)), messages.join('\n')).toBe(true);
    });

    it('allows the contract, the other pure files and types from anywhere', async () => {
      expect(
        await lint(
          'renderer/screens/kiosk/view-speech.ts',
          "import { otherLang } from '../../../contract/labels';\nimport { format } from '../../i18n/format';\nimport { kioskText } from './kiosk-messages';\nimport type { KioskState } from './kiosk-store';\nexport const a = [otherLang, format, kioskText];\nexport type S = KioskState;",
        ),
      ).toEqual([]);
      expect(await lint('renderer/print/ticket-template.ts', "import { qrSvg } from '../components/qr-svg';\nimport { esc } from './html';\nimport type { PrintJob } from '../platform/platform';\nexport const a = [qrSvg, esc];\nexport type J = PrintJob;")).toEqual([]);
    });
  });

  it('keeps the renderer-wide rules in every layer', async () => {
    expect((await lint('renderer/i18n/x.ts', "import { openDatabase } from '../../core/storage/database';" + use('openDatabase'))).join('\n')).toMatch(/only through the platform/);
    expect((await lint('renderer/screens/desk/x.ts', "import { methods } from '../../../contract/methods';" + use('methods'))).join('\n')).toMatch(/types only/);
    expect((await lint('renderer/print/ticket-template.ts', "import { methods } from '../../contract/methods';" + use('methods'))).join('\n')).toMatch(/types only/);
    expect((await lint('renderer/screens/kiosk/x.ts', 'export const a = (ipcRenderer: { sendSync(): void }) => ipcRenderer.sendSync();')).join('\n')).toMatch(/Synchronous IPC/);
  });
});
