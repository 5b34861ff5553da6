import { describe, expect, it } from 'vitest';
import { ESLint } from 'eslint';
import path from 'node:path';
import { PROJECT_ROOT } from '../support/temp-dirs';

/**
 * The type-aware habits in the lint step can fail: each planted mistake, linted as if
 * it were the text of a real file of the core (so the file's tsconfig supplies types),
 * is reported by its rule.
 */
describe('type-aware lint habits', () => {
  const eslint = new ESLint({ cwd: PROJECT_ROOT });
  const rulesHit = async (code: string) => {
    const [result] = await eslint.lintText(code, { filePath: path.join(PROJECT_ROOT, 'core/clock.ts') });
    expect(result!.messages.filter((m) => m.fatal)).toEqual([]);
    return result!.messages.map((m) => m.ruleId);
  };

  it('refuses a promise that nobody awaits or catches', async () => {
    expect(await rulesHit('export function f(): void {\n  Promise.resolve(1);\n}\n')).toContain('@typescript-eslint/no-floating-promises');
    expect(await rulesHit('export function f(): void {\n  void Promise.resolve(1);\n}\n')).not.toContain('@typescript-eslint/no-floating-promises');
  });

  it('refuses a switch over a union that forgets a case', async () => {
    const code = (cases: string) => `export function f(x: 'a' | 'b'): number {\n  switch (x) {\n${cases}  }\n}\n`;
    expect(await rulesHit(code("    case 'a':\n      return 1;\n"))).toContain('@typescript-eslint/switch-exhaustiveness-check');
    expect(await rulesHit(code("    case 'a':\n      return 1;\n    case 'b':\n      return 2;\n"))).not.toContain('@typescript-eslint/switch-exhaustiveness-check');
  });

  it('refuses a cast the types already make true', async () => {
    expect(await rulesHit("export const n = (1 as number) + 1;\nexport const s = ('x' as string).length;\nexport const t: string = 'y' as string;\n")).toContain('@typescript-eslint/no-unnecessary-type-assertion');
  });
});
