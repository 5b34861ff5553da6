import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Walkthrough } from '../../contract/walkthrough';
import { qrDataUrl, qrMatrix } from '../../renderer/components/qr-svg';
import {
  SUMMARY_PAGE,
  estimateStepsSummaryHeightMm,
  stepsSummaryBodyHtml,
  stepsSummaryDocument,
  type SummaryWalkthrough,
} from '../../renderer/print/steps-summary-template';

const FOLDER = path.resolve(import.meta.dirname, '../../assets/walkthroughs');
const OPTS = { pointName: 'Điểm <b>"Hàng Bạc"</b>', timeZone: 'Asia/Ho_Chi_Minh', now: new Date('2025-03-04T17:30:00Z') };

const hostile: SummaryWalkthrough = {
  title: { vi: 'Tiêu đề <script>alert("x")</script>', en: "Title <script>alert('x')</script>" },
  goal: { vi: 'Mục tiêu & "điều" cần biết', en: 'Goal & "things" to know' },
  needs: [{ vi: '<img src=x onerror=alert(1)>', en: '<img src=x onerror=alert(1)>' }],
  steps: [
    { instruction: { vi: 'Bước <i>một</i>', en: 'Step <i>one</i>' } },
    { instruction: { vi: 'Nhập mã OTP', en: 'Enter the OTP' }, safety: { vi: 'Không đọc mã cho ai </p><script>x()</script>', en: "Don't read it to anyone </p><script>x()</script>" } },
  ],
  officialLink: { url: 'https://dichvucong.gov.vn/p/home?a=1&b=2', label: { vi: 'Cổng "Dịch vụ công"', en: 'Public "service" portal' } },
};

function shipped(): Walkthrough[] {
  return fs
    .readdirSync(FOLDER)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => Walkthrough.parse(JSON.parse(fs.readFileSync(path.join(FOLDER, f), 'utf8'))));
}

/** Reads the dark modules back out of the SVG path qrSvg draws (runs of `M x y h n v1 h-n z`). */
function modulesFromDataUrl(url: string, margin: number): { size: number; dark: boolean[] } {
  const svg = decodeURIComponent(url.replace(/^data:image\/svg\+xml;charset=utf-8,/, ''));
  const full = Number(/viewBox="0 0 (\d+) \1"/.exec(svg)![1]);
  const size = full - 2 * margin;
  const dark = new Array<boolean>(size * size).fill(false);
  for (const [, x, y, run] of svg.matchAll(/M(\d+) (\d+)h(\d+)v1h-\3z/g)) {
    for (let i = 0; i < Number(run); i++) dark[(Number(y) - margin) * size + Number(x) - margin + i] = true;
  }
  return { size, dark };
}

describe('steps summary template', () => {
  it('escapes every content text, markup and quotes alike', () => {
    for (const lang of ['vi', 'en'] as const) {
      const body = stepsSummaryBodyHtml(hostile, lang, OPTS);
      const doc = stepsSummaryDocument(hostile, lang, OPTS);
      for (const html of [body, doc]) {
        expect(html).not.toMatch(/<script|<img|<i>|<\/p><script|onerror=alert\(1\)>/);
        expect(html).toContain('&lt;script&gt;');
        expect(html).not.toContain('"x"');
        expect(html).not.toContain("'x'");
      }
      expect(body).toContain(lang === 'vi' ? 'Tiêu đề &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;' : 'Title &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;');
      expect(body).toContain('Điểm &lt;b&gt;&quot;Hàng Bạc&quot;&lt;/b&gt;');
      // Only the template's own elements remain: every tag is one it wrote.
      const tags = new Set([...body.matchAll(/<([a-z0-9]+)[\s>]/g)].map((m) => m[1]));
      expect([...tags].sort()).toEqual(['b', 'div', 'p', 'path', 'rect', 'span', 'svg']);
    }
  });

  it('prints the official URL as text, its label, a QR code, the date in the point’s zone and the scam warning', () => {
    const vi = stepsSummaryBodyHtml(hostile, 'vi', OPTS);
    expect(vi).toContain('https://dichvucong.gov.vn/p/home?a=1&amp;b=2');
    expect(vi).toContain('Cổng &quot;Dịch vụ công&quot;');
    expect(vi).toMatch(/<div class="qr" role="img" aria-label="QR"><svg /);
    // 17:30 UTC on 4 March is 00:30 on 5 March in Viet Nam.
    expect(vi).toContain('In ngày 05/03/2025, 00:30');
    expect(vi).toContain('Lưu ý an toàn');
    expect(vi).toContain('Không bao giờ đưa mã OTP hay mật khẩu');
    const en = stepsSummaryBodyHtml(hostile, 'en', OPTS);
    expect(en).toContain('⚠ Safety:');
    expect(en).toContain('Police and banks never ask for them by phone.');
    expect(en).toContain('Printed 05/03/2025, 00:30');
    // One safety note, one marker.
    expect(vi.match(/Lưu ý an toàn/g)).toHaveLength(1);
  });

  it('still prints when the time zone in settings is unknown', () => {
    expect(stepsSummaryBodyHtml(hostile, 'vi', { ...OPTS, timeZone: 'Mars/Olympus' })).toContain('05/03/2025, 00:30');
  });

  it('estimates a longer page for more text, within the page bounds', () => {
    const short = estimateStepsSummaryHeightMm(hostile, 'vi', OPTS);
    const longer = estimateStepsSummaryHeightMm({ ...hostile, steps: [...hostile.steps, ...hostile.steps, ...hostile.steps] }, 'vi', OPTS);
    expect(longer).toBeGreaterThan(short);
    expect(short).toBeGreaterThanOrEqual(SUMMARY_PAGE.minHeightMm);
    const huge = { ...hostile, steps: Array.from({ length: 200 }, () => hostile.steps[1]!) };
    expect(estimateStepsSummaryHeightMm(huge, 'vi', OPTS)).toBe(SUMMARY_PAGE.maxHeightMm);
    for (const w of shipped()) {
      for (const lang of ['vi', 'en'] as const) {
        const mm = estimateStepsSummaryHeightMm(w, lang, OPTS);
        expect(mm).toBeGreaterThan(SUMMARY_PAGE.minHeightMm);
        expect(mm).toBeLessThan(SUMMARY_PAGE.maxHeightMm);
      }
    }
  });

  it('draws exactly the QR matrix qrcode builds for each shipped official link, with a white quiet zone', () => {
    for (const w of shipped()) {
      const url = qrDataUrl(w.officialLink.url, { margin: 4 });
      expect(url).toMatch(/^data:image\/svg\+xml;charset=utf-8,/);
      const svg = decodeURIComponent(url.split(',')[1]!);
      expect(svg).toMatch(/<rect width="(\d+)" height="\1" fill="#ffffff"\/><path fill="#000000"/);
      const drawn = modulesFromDataUrl(url, 4);
      const built = qrMatrix(w.officialLink.url);
      expect(drawn.size).toBe(built.size);
      expect(drawn.dark).toEqual(built.dark);
      // Finder pattern at the top left: a dark 7-module ring.
      expect(drawn.dark.slice(0, 7)).toEqual([true, true, true, true, true, true, true]);
    }
  });
});
