import { ESLint } from 'eslint';
import { PROJECT_ROOT } from './temp-dirs';

/**
 * ESLint as the layer tests use it: the project's config, but without the type-aware
 * rules, because a planted file (renderer/state/x.ts…) exists only as text and belongs
 * to no tsconfig. The import rules under test need no types.
 */
export function layerLinter(): ESLint {
  return new ESLint({
    cwd: PROJECT_ROOT,
    overrideConfig: {
      files: ['**/*.{ts,tsx,mts}'],
      languageOptions: { parserOptions: { project: null, projectService: false } },
      rules: {
        '@typescript-eslint/no-floating-promises': 'off',
        '@typescript-eslint/switch-exhaustiveness-check': 'off',
        '@typescript-eslint/no-unnecessary-type-assertion': 'off',
      },
    },
  });
}
