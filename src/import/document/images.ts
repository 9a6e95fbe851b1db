/**
 * The images of an imported document, saved where bodies take them from (public/images/,
 * referenced as `images/<name>`, src/markdown/allowlist.ts) under names made from the
 * update's slug: `<slug>-1.png`, `<slug>-2.jpg`… A number already taken, by an image of
 * any kind, is skipped: nothing is overwritten, and no two images differ only in extension. What an image is is read from its first bytes, never from the name or the
 * type Word gives it: only PNG, JPEG, GIF and WebP are kept; anything else (EMF and WMF
 * drawings, a text file renamed .png) is refused and reported.
 */
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { IMAGE_FOLDER } from '../../markdown/allowlist.ts';

export type ImageKind = 'png' | 'jpg' | 'gif' | 'webp';

const ascii = (text: string) => [...text].map((char) => char.charCodeAt(0));
/** Each kind's signature: its bytes at their offset. */
const SIGNATURES: Record<ImageKind, { offset: number; bytes: number[] }[]> = {
	png: [{ offset: 0, bytes: [0x89, ...ascii('PNG\r\n'), 0x1a, 0x0a] }],
	jpg: [{ offset: 0, bytes: [0xff, 0xd8, 0xff] }],
	gif: [{ offset: 0, bytes: ascii('GIF8') }],
	webp: [
		{ offset: 0, bytes: ascii('RIFF') },
		{ offset: 8, bytes: ascii('WEBP') },
	],
};

/** What the bytes are, by their magic number; nothing when they are none of the kinds the site shows. */
export function imageKind(bytes: Uint8Array): ImageKind | undefined {
	return (Object.keys(SIGNATURES) as ImageKind[]).find((kind) =>
		SIGNATURES[kind].every(({ offset, bytes: signature }) => signature.every((byte, index) => bytes[offset + index] === byte)),
	);
}

/** An image the draft shows: its bytes, where it is saved and how the body writes it. */
export interface PlacedImage {
	bytes: Uint8Array;
	/** `public/images/<name>`, from the project root. */
	file: string;
	/** `images/<name>`, as the body writes it. */
	src: string;
}

/**
 * Where each image goes, in the same order, or nothing for one the site cannot show. Names
 * only: writeImages saves them once the draft is ready to be written.
 * @param projectRoot the folder public/ is in
 */
export async function placeImages(images: readonly Uint8Array[], slug: string, projectRoot: string): Promise<(PlacedImage | undefined)[]> {
	const taken = await readdir(path.join(projectRoot, IMAGE_FOLDER)).catch(() => [] as string[]);
	let number = 0;
	return images.map((bytes) => {
		const kind = imageKind(bytes);
		if (kind === undefined) return undefined;
		do number++;
		while (taken.some((name) => name.startsWith(`${slug}-${number}.`)));
		const name = `${slug}-${number}.${kind}`;
		return { bytes, file: `${IMAGE_FOLDER}/${name}`, src: `images/${name}` };
	});
}

/** Saves the placed images under `root`; one whose name was taken meanwhile fails the write instead of replacing the file. */
export async function writeImages(images: readonly (PlacedImage | undefined)[], root: string): Promise<void> {
	for (const image of images) {
		if (image === undefined) continue;
		await mkdir(path.dirname(path.join(root, image.file)), { recursive: true });
		await writeFile(path.join(root, image.file), image.bytes, { flag: 'wx' });
	}
}
