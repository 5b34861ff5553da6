import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ESLint } from 'eslint';
import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../support/temp-dirs';

/**
 * The type-aware habits in the lint step can fail: planted mistakes in a real file of
 * the tests' tsconfig (so the compiler gives the rules their types) are each reported
 * by their rule, and the corrected forms are not.
 */
const MISTAKES = `export function floating(): void {
  Promise.resolve(1);
}
export function notExhaustive(x: 'a' | 'b'): number {
  switch (x) {
    case 'a':
      return 1;
  }
}
export const cast: string = 'y' as string;
`;
const CORRECTED = `export function floating(): void {
  void Promise.resolve(1);
}
export function exhaustive(x: 'a' | 'b'): number {
  switch (x) {
    case 'a':
      return 1;
    case 'b':
      return 2;
  }
}
export const plain: string = 'y';
`;

describe('type-aware lint habits', () => {
  const stamp = `${process.pid}-${Date.now()}`;
  const mistakes = path.join(PROJECT_ROOT, 'tests', 'unit', `lint-probe-${stamp}-mistakes.ts`);
  const corrected = path.join(PROJECT_ROOT, 'tests', 'unit', `lint-probe-${stamp}-corrected.ts`);
  let reports: Map<string, string[]>;

  beforeAll(async () => {
    // Written before ESLint builds its program, so the files are part of it with their own text.
    fs.writeFileSync(mistakes, MISTAKES);
    fs.writeFileSync(corrected, CORRECTED);
    const results = await new ESLint({ cwd: PROJECT_ROOT }).lintFiles([mistakes, corrected]);
    reports = new Map(results.map((r) => [r.filePath, r.messages.map((m) => m.ruleId ?? `fatal: ${m.message}`)]));
  }, 120_000);
  afterAll(() => {
    fs.rmSync(mistakes, { force: true });
    fs.rmSync(corrected, { force: true });
  });

  it('reports a promise nobody awaits, a switch that forgets a case of its union, and a cast the types already make true', () => {
    expect(reports.get(mistakes)).toEqual(
      expect.arrayContaining(['@typescript-eslint/no-floating-promises', '@typescript-eslint/switch-exhaustiveness-check', '@typescript-eslint/no-unnecessary-type-assertion']),
    );
  });

  it('reports nothing for the corrected forms', () => {
    expect(reports.get(corrected)).toEqual([]);
  });
});
