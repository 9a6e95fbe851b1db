/** Images of an imported document: kinds read from the bytes, names that never overwrite. */
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { imageKind, placeImages, writeImages } from '../../../src/import/document/images.ts';

const bytes = (...parts: (number[] | string)[]) =>
	new Uint8Array(parts.flatMap((part) => (typeof part === 'string' ? [...Buffer.from(part, 'latin1')] : part)));
const PNG = bytes([0x89], 'PNG\r\n', [0x1a, 0x0a], 'rest');
const JPEG = bytes([0xff, 0xd8, 0xff, 0xe0], 'JFIF');
const GIF = bytes('GIF89a', [0, 0]);
const WEBP = bytes('RIFF', [0, 0, 0, 0], 'WEBPVP8 ');

describe('imageKind', () => {
	it('reads PNG, JPEG, GIF and WebP from their magic numbers', () => {
		expect([PNG, JPEG, GIF, WEBP].map(imageKind)).toEqual(['png', 'jpg', 'gif', 'webp']);
	});

	it('refuses a text file, an EMF drawing, a RIFF that is not WebP and an empty file', () => {
		const emf = bytes([1, 0, 0, 0], 'EMF');
		const wave = bytes('RIFF', [0, 0, 0, 0], 'WAVEfmt ');
		expect([bytes('这不是图片'), bytes('PNG image'), emf, wave, new Uint8Array()].map(imageKind)).toEqual([
			undefined,
			undefined,
			undefined,
			undefined,
			undefined,
		]);
	});
});

describe('placeImages and writeImages', () => {
	let root: string;
	const folder = () => path.join(root, 'public', 'images');
	beforeEach(async () => {
		root = await mkdtemp(path.join(os.tmpdir(), 'import-images-'));
	});
	afterEach(async () => {
		await rm(root, { recursive: true, force: true });
	});

	it('names each image after the slug, by its real kind, refuses a text file named .png, and writes only when asked', async () => {
		const text = bytes('我是 .txt 改名的 .png');
		const placed = await placeImages([PNG, text, JPEG], '2026-11-30-baogao', root);
		expect(placed).toEqual([
			{ bytes: PNG, file: 'public/images/2026-11-30-baogao-1.png', src: 'images/2026-11-30-baogao-1.png' },
			undefined,
			{ bytes: JPEG, file: 'public/images/2026-11-30-baogao-2.jpg', src: 'images/2026-11-30-baogao-2.jpg' },
		]);
		await expect(readdir(folder())).rejects.toThrow();
		await writeImages(placed, root);
		expect((await readdir(folder())).sort()).toEqual(['2026-11-30-baogao-1.png', '2026-11-30-baogao-2.jpg']);
		expect(new Uint8Array(await readFile(path.join(folder(), '2026-11-30-baogao-2.jpg')))).toEqual(JPEG);
	});

	it('skips a number taken by an image of any kind, and never replaces a file', async () => {
		await mkdir(folder(), { recursive: true });
		await writeFile(path.join(folder(), 'x-1.png'), 'old');
		const placed = await placeImages([GIF], 'x', root);
		expect(placed.map((image) => image?.file)).toEqual(['public/images/x-2.gif']);
		// Taken between the naming and the writing: the write fails, the file stays.
		await writeFile(path.join(folder(), 'x-2.gif'), 'new arrival');
		await expect(writeImages(placed, root)).rejects.toThrow(/EEXIST/);
		expect(await readFile(path.join(folder(), 'x-2.gif'), 'utf8')).toBe('new arrival');
		expect(await readFile(path.join(folder(), 'x-1.png'), 'utf8')).toBe('old');
	});
});
