// The linter: ESLint's and typescript-eslint's recommended rules for the TypeScript, and
// eslint-plugin-astro's for components. Formatting is Prettier's job (`npm run format:check`).
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
	{ ignores: ['dist/', '.astro/', '.cache/', 'node_modules/', 'public/', 'screenshots/', 'tests/fixtures/', 'dist.building-*/', 'dist.old-*/'] },
	js.configs.recommended,
	tseslint.configs.recommended,
	astro.configs.recommended,
	{
		languageOptions: { globals: { ...globals.node, ...globals.browser } },
		rules: {
			// `_name` marks a parameter a callback signature requires but this code does not use.
			'@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
		},
	},
);
