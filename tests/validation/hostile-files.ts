/**
 * Hostile content files, shared by hostile-input.test.ts and fuzz.test.ts: the committed ones
 * in tests/fixtures/content-unreadable (see its README) and the ones too big or too regular to
 * commit, generated here the same way every run.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { MAX_ALIASES } from '../../src/validation/yaml-source.ts';
import { PROJECT_ROOT } from './helpers.ts';

export const HOSTILE_DIR = path.join(PROJECT_ROOT, 'tests/fixtures/content-unreadable');

/** Each committed hostile file (its path under content/) and the rule it must be reported under. */
export const HOSTILE_FIXTURES = {
	'indicators/alias-bomb.yaml': 'yaml-alias',
	'indicators/deep-flow.yaml': 'nesting-depth',
	'benchmarks/png-image.yaml': 'binary-file',
	'benchmarks/nul-byte.yaml': 'nul-byte',
	'benchmarks/utf16le-bom.yaml': 'encoding',
	'benchmarks/utf16le.yaml': 'encoding',
	'benchmarks/utf16be-bom.yaml': 'encoding',
	'benchmarks/utf16be.yaml': 'encoding',
	'updates/deep-blockquote.md': 'nesting-depth',
} as const;

export type HostileFixture = keyof typeof HOSTILE_FIXTURES;

export function hostileFixture(relative: HostileFixture): Buffer {
	return readFileSync(path.join(HOSTILE_DIR, relative));
}

/** 20 MB of the alias bomb over and over: refused for its size, so never parsed. */
export function twentyMegabytes(): Buffer {
	const bomb = hostileFixture('indicators/alias-bomb.yaml');
	return Buffer.alloc(20 * 1024 * 1024, bomb);
}

/** `count` aliases of one anchor, all on line 2. */
export function manyAliases(count = 50 * MAX_ALIASES): string {
	return `title: &a 标题\nseries: [${Array.from({ length: count }, () => '*a').join(', ')}]\n`;
}

/** A valid update's text with a last line of `- ` ten thousand times: a list in a list in a list… */
export function withDeepList(update: string): string {
	return `${update}\n${'- '.repeat(10_000)}列表一万层\n`;
}
