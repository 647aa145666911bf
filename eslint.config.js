import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'node_modules/',
      'test/fixtures/',
      'examples/',
      'bench/.work/',
      '**/.docker-to-workers/',
    ],
  },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['src/**/*.ts'],
    rules: {
      // dist/'s bundler turns each createRequire(…) call into a stub without `resolve`.
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'node:module',
              importNames: ['createRequire'],
              message:
                'Use nodeRequire from src/util/node-require.ts (the bundler stubs createRequire).',
            },
          ],
        },
      ],
    },
  },
);
