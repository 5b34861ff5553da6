import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, it, expect } from 'vitest';
import { loadWalkthroughs } from '../../core/catalog/load-walkthroughs';

const FOLDER = path.resolve(import.meta.dirname, '../../assets/walkthroughs');
const EXPECTED_CODES = Array.from({ length: 12 }, (_, i) => `W${i + 1}`);

/** Words that mark an OTP, password, passcode, PIN or money step; such a step must carry a safety note. */
const SENSITIVE = /(?<!\p{L})(otp|mật khẩu|passcode|pin|mã|tiền|chuyển khoản)(?!\p{L})/iu;

function jsonFiles(): string[] {
  return fs
    .readdirSync(FOLDER)
    .filter((f) => f.endsWith('.json'))
    .sort();
}

/** Every string anywhere in a parsed JSON value, with its dotted path. */
function strings(value: unknown, at = ''): Array<[string, string]> {
  if (typeof value === 'string') return [[at, value]];
  if (Array.isArray(value)) return value.flatMap((v, i) => strings(v, at ? `${at}.${i}` : String(i)));
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) => strings(v, at ? `${at}.${k}` : k));
  }
  return [];
}

describe('shipped walkthroughs (assets/walkthroughs)', () => {
  const loaded = loadWalkthroughs(FOLDER);

  it('all load with no problems', () => {
    expect(loaded.problems).toEqual([]);
    expect(loaded.walkthroughs).toHaveLength(jsonFiles().length);
  });

  it('are exactly W1…W12, in order', () => {
    expect(loaded.walkthroughs.map((w) => w.code)).toEqual(EXPECTED_CODES);
    expect(loaded.walkthroughs.map((w) => w.order)).toEqual(EXPECTED_CODES.map((_, i) => i + 1));
  });

  it('name each file after its id', () => {
    const ids = loaded.walkthroughs.map((w) => w.id);
    expect(jsonFiles().map((f) => f.replace(/^w\d\d-/, '').replace(/\.json$/, ''))).toEqual(ids);
  });

  it('give a safety note to every step that mentions an OTP, password, PIN, code or money', () => {
    const missing: string[] = [];
    for (const w of loaded.walkthroughs) {
      for (const s of w.steps) {
        if (SENSITIVE.test(`${s.instruction.vi}\n${s.readAloud.vi}`) && !s.safety) missing.push(`${w.code}/${s.id}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('store every text in NFC in the raw file', () => {
    const bad: string[] = [];
    for (const file of jsonFiles()) {
      const raw = fs.readFileSync(path.join(FOLDER, file), 'utf8');
      if (raw !== raw.normalize('NFC')) bad.push(`${file} (file text)`);
      for (const [at, s] of strings(JSON.parse(raw))) {
        if (s !== s.normalize('NFC')) bad.push(`${file}: ${at}`);
      }
    }
    expect(bad).toEqual([]);
  });

  it('make every practice target at least 44×44 on the 360×720 phone grid', () => {
    const small: string[] = [];
    for (const w of loaded.walkthroughs) {
      for (const s of w.steps) {
        const target = s.screen.elements.find((e) => e.id === s.screen.target);
        expect(target, `${w.code}/${s.id} target`).toBeDefined();
        if (!target || target.w < 44 || target.h < 44) small.push(`${w.code}/${s.id}`);
      }
    }
    expect(small).toEqual([]);
  });

  it('only link to https pages', () => {
    for (const w of loaded.walkthroughs) expect(w.officialLink.url.startsWith('https://')).toBe(true);
  });
});

describe('a broken content file', () => {
  it('is reported by file name and field path, and skipped while good files load', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dhp-content-'));
    try {
      const good = jsonFiles()[0]!;
      fs.copyFileSync(path.join(FOLDER, good), path.join(dir, good));

      const broken = JSON.parse(fs.readFileSync(path.join(FOLDER, good), 'utf8'));
      broken.id = 'broken-copy';
      delete broken.steps[0].instruction;
      fs.writeFileSync(path.join(dir, 'w99-broken.json'), JSON.stringify(broken));
      fs.writeFileSync(path.join(dir, 'w98-not-json.json'), '{ this is not JSON');

      const result = loadWalkthroughs(dir);

      expect(result.walkthroughs.map((w) => w.id)).toEqual([good.replace(/^w\d\d-/, '').replace(/\.json$/, '')]);
      expect(result.problems).toContainEqual(expect.objectContaining({ file: 'w99-broken.json', field: 'steps.0.instruction' }));
      expect(result.problems).toContainEqual(expect.objectContaining({ file: 'w98-not-json.json', field: '' }));
      expect(result.problems.every((p) => p.file === 'w99-broken.json' || p.file === 'w98-not-json.json')).toBe(true);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
