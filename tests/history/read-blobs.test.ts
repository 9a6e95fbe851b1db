/** Parsing `git cat-file --batch` output as it streams in (src/history/read-blobs.ts). */
import { describe, expect, it } from 'vitest';
import { batchParser } from '../../src/history/read-blobs.ts';
import { MAX_FILE_BYTES } from '../../src/validation/read-content-file.ts';

const A = 'a'.repeat(40);
const B = 'b'.repeat(40);
const C = 'c'.repeat(40);

function parse(chunks: readonly Buffer[]): Map<string, string> {
	const found = new Map<string, string>();
	const feed = batchParser((name, bytes) => found.set(name, bytes.toString('utf8')));
	for (const chunk of chunks) feed(chunk);
	return found;
}

describe('batchParser', () => {
	const output = Buffer.from(`${A} blob 7\n状态\n\n${C} missing\n${B} blob 0\n\n`);

	it('reads every blob, whatever the chunks’ boundaries (even inside a character), and passes over missing ones', () => {
		const expected = new Map([
			[A, '状态\n'],
			[B, ''],
		]);
		expect(parse([output])).toEqual(expected);
		expect(parse([...output].map((byte) => Buffer.from([byte])))).toEqual(expected);
	});

	it('skips a blob larger than a content file may be, without keeping its bytes', () => {
		const size = MAX_FILE_BYTES + 1;
		const chunks = [Buffer.from(`${A} blob ${size}\n`), Buffer.alloc(size, 0x41), Buffer.from(`\n${B} blob 2\nok\n`)];
		expect(parse(chunks)).toEqual(new Map([[B, 'ok']]));
	});
});
