import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, it, expect } from 'vitest';
import { loadWalkthroughs } from '../../core/catalog/load-walkthroughs';
import type { Walkthrough } from '../../contract/walkthrough';

const FOLDER = path.resolve(import.meta.dirname, '../../assets/walkthroughs');
const EXPECTED_CODES = Array.from({ length: 18 }, (_, i) => `W${i + 1}`);

/** Words that mark an OTP, password, passcode, PIN or money step; such a step must carry a safety note. */
const SENSITIVE = /(?<!\p{L})(otp|mật khẩu|passcode|pin|mã|tiền|chuyển khoản)(?!\p{L})/iu;

/**
 * Words that mark a step touching personal data: the ID number and card, birth date,
 * address, health, bank account or card, insurance number, face and photos of papers.
 * Such a step must carry a safety note too (content-review.md §1.1).
 */
const PERSONAL =
  /(?<!\p{L})(số định danh|định danh cá nhân|căn cước|cmnd|ngày sinh|ngày cấp|địa chỉ|sức khỏe|bệnh án|bảo hiểm y tế|mã số bảo hiểm|số tài khoản|tài khoản ngân hàng|thẻ ngân hàng|sinh trắc|khuôn mặt|hộ chiếu|số điện thoại của người khác)(?!\p{L})/iu;

/**
 * Steps that match the patterns above but need no box to confirm, each with its reason.
 * Keep this list short: a new entry is a decision a reviewer should see.
 */
const SAFETY_EXEMPT: Record<string, string> = {
  'W2/update-app': 'updating VNeID from the app store; "sức khỏe" names the book, no health data is entered',
  'W4/find-procedure': 'searching for a procedure by name; nothing personal is typed (the form and payment steps carry boxes)',
  'W8/check': 'tells the visitor to call the hotline printed on their own bank card; nothing is typed or shared',
  'W13/choose-bank': 'a choice from the list of banks; the account number is typed in the next step, which has the box',
  'W14/open-wallet': 'opens the wallet on the visitor\'s own phone; the steps that type, open or show documents carry boxes',
  'W14/update-insurance': 'the update request is made inside VNeID after the passcode step (which has a box); nothing is typed',
  'W15/which-one': 'explains passcode versus password; nothing is typed',
  'W15/forgot-passcode': 'a tap on "Quên passcode"; the OTP is typed in the next step, which has the box',
  'W16/view-card': 'a read-only view of the visitor\'s own card after log-in (the log-in step has a box)',
  'W17/why': 'explains the State Bank rule; nothing is typed or shared',
  'W18/look-up': 'a read-only look-up of bills and outages in the official app after log-in (which has a box)',
};

/** The step's Vietnamese texts that the patterns are matched against. */
function stepText(s: Walkthrough['steps'][number]): string {
  return `${s.instruction.vi}\n${s.body?.vi ?? ''}\n${s.readAloud.vi}`;
}

/** Steps that touch secrets, money or personal data and have no safety box, and are not exempt with a reason. */
export function stepsMissingSafety(walkthroughs: readonly Walkthrough[], exempt: Record<string, string> = SAFETY_EXEMPT): string[] {
  const missing: string[] = [];
  for (const w of walkthroughs) {
    for (const s of w.steps) {
      const key = `${w.code}/${s.id}`;
      const text = stepText(s);
      if ((SENSITIVE.test(text) || PERSONAL.test(text)) && !s.safety && !exempt[key]) missing.push(key);
    }
  }
  return missing;
}

/**
 * Limits that keep a step on one screen (tests/e2e/kiosk-one-screen.spec.ts measures it):
 * the on-screen body is about two short sentences, the instruction one line or two, the
 * safety box three or four lines. Characters, per language, spaces included.
 */
const LIMITS = { body: 110, instruction: 100, safety: 150 } as const;

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

  it('are exactly W1…W18, in order', () => {
    expect(loaded.walkthroughs.map((w) => w.code)).toEqual(EXPECTED_CODES);
    expect(loaded.walkthroughs.map((w) => w.order)).toEqual(EXPECTED_CODES.map((_, i) => i + 1));
  });

  it('name each file after its id', () => {
    const ids = loaded.walkthroughs.map((w) => w.id);
    expect(jsonFiles().map((f) => f.replace(/^w\d\d-/, '').replace(/\.json$/, ''))).toEqual(ids);
  });

  it('give a safety note to every step that mentions an OTP, password, PIN, code, money or personal data (or name a reason)', () => {
    expect(stepsMissingSafety(loaded.walkthroughs)).toEqual([]);
  });

  it('list only real, matching steps as exempt, each with a reason', () => {
    const byKey = new Map<string, Walkthrough['steps'][number]>(loaded.walkthroughs.flatMap((w) => w.steps.map((s) => [`${w.code}/${s.id}`, s] as const)));
    const stale: string[] = [];
    for (const [key, reason] of Object.entries(SAFETY_EXEMPT)) {
      const s = byKey.get(key);
      if (!reason.trim()) stale.push(`${key}: no reason given`);
      if (!s) stale.push(`${key}: no such step`);
      else if (s.safety) stale.push(`${key}: has a safety box now; drop the exemption`);
      else if (!SENSITIVE.test(stepText(s)) && !PERSONAL.test(stepText(s))) stale.push(`${key}: no longer matches; drop the exemption`);
    }
    expect(stale).toEqual([]);
  });

  it('the safety check can fail: it catches a personal-data step and a code step stripped of their boxes', () => {
    const copy = structuredClone(loaded.walkthroughs);
    const w1 = copy.find((w) => w.code === 'W1')!;
    delete w1.steps.find((s) => s.id === 'enter-id-phone')!.safety; // ID number and phone: personal data
    delete w1.steps.find((s) => s.id === 'enter-otp')!.safety; // an OTP
    const w2 = copy.find((w) => w.code === 'W2')!;
    delete w2.steps.find((s) => s.id === 'check-info')!.safety; // health data
    expect(stepsMissingSafety(copy)).toEqual(['W1/enter-id-phone', 'W1/enter-otp', 'W2/check-info']);
    // And an exemption only helps the step it names.
    expect(stepsMissingSafety(copy, { ...SAFETY_EXEMPT, 'W1/enter-otp': 'test' })).toEqual(['W1/enter-id-phone', 'W2/check-info']);
  });

  it('give every step a short on-screen body, and keep body, instruction and safety within the one-screen limits', () => {
    const problems: string[] = [];
    for (const w of loaded.walkthroughs) {
      for (const s of w.steps) {
        if (!s.body) {
          problems.push(`${w.code}/${s.id}: no body`);
          continue;
        }
        for (const lang of ['vi', 'en'] as const) {
          const check = (what: keyof typeof LIMITS, text: string | undefined) => {
            if (text && text.length > LIMITS[what]) problems.push(`${w.code}/${s.id} ${what}.${lang}: ${text.length} > ${LIMITS[what]}`);
          };
          check('body', s.body[lang]);
          check('instruction', s.instruction[lang]);
          check('safety', s.safety?.[lang]);
          if (s.body[lang] === s.readAloud[lang]) problems.push(`${w.code}/${s.id} body.${lang} repeats readAloud: shorten it`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('write English as the kiosk does: plain apostrophes, "Digital Literacy for All", "Hanoi"', () => {
    const bad: string[] = [];
    for (const file of jsonFiles()) {
      for (const [at, s] of strings(JSON.parse(fs.readFileSync(path.join(FOLDER, file), 'utf8')))) {
        if (!/(^|\.)en$/.test(at)) continue;
        if (/[\u2018\u2019]/.test(s)) bad.push(`${file}: ${at} has a curly apostrophe`);
        if (/digital literacy for all/i.test(s) && !s.includes('Digital Literacy for All')) bad.push(`${file}: ${at} "${s}"`);
        if (/Hà Nội/.test(s)) bad.push(`${file}: ${at} says "Hà Nội" (English: "Hanoi")`);
      }
    }
    expect(bad).toEqual([]);
  });

  it('ship a simple picture per guide: a plain SVG beside the content, no script, no external reference, no text', () => {
    const problems: string[] = [];
    for (const w of loaded.walkthroughs) {
      if (!w.picture) {
        problems.push(`${w.code}: no picture`);
        continue;
      }
      const file = path.join(FOLDER, w.picture);
      if (!fs.existsSync(file)) {
        problems.push(`${w.code}: ${w.picture} is missing`);
        continue;
      }
      const svg = fs.readFileSync(file, 'utf8');
      if (!/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/.test(svg)) problems.push(`${w.code}: not a plain SVG`);
      // Drawn with shapes only, so it never depends on the PC's fonts; nothing runs, nothing is fetched.
      for (const [what, re] of [
        ['script', /<script|on[a-z]+\s*=/i],
        ['external reference', /(href|src)\s*=|url\(|@import/i],
        ['text', /<text|<tspan|font-family/i],
        ['foreign content', /<foreignObject|<image/i],
      ] as const) {
        if (re.test(svg)) problems.push(`${w.code}: ${w.picture} has ${what}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('name the public sources each guide was checked against (https, for staff)', () => {
    const missing = loaded.walkthroughs.filter((w) => !w.sources?.length).map((w) => w.code);
    expect(missing).toEqual([]);
    for (const w of loaded.walkthroughs) for (const src of w.sources ?? []) expect(src.url.startsWith('https://'), `${w.code} ${src.url}`).toBe(true);
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
