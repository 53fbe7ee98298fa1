import js from '@eslint/js';
import tseslint from 'typescript-eslint';

// The pure middle of the pipeline must not reach the outside world: I/O lives at the edges.
const pureFolders = ['src/compare/**', 'src/report/**', 'src/metrics/**', 'src/prompts/**', 'src/suites/**'];

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: { allowDefaultProject: ['eslint.config.js', 'scripts/*.mjs'] } },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: pureFolders,
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@actions/*', 'openai', '@anthropic-ai/*'],
              message: 'Keep the pure core free of I/O.',
            },
            {
              group: ['node:fs', 'node:fs/*', 'node:child_process', 'fs', 'child_process'],
              message: 'Keep the pure core free of I/O.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: { globals: { URL: 'readonly', process: 'readonly', console: 'readonly' } },
  },
);
