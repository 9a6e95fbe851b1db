/**
 * A .docx file read into an HTML tree (hast) with mammoth, the well-kept converter for Word
 * documents that WPS's .docx also goes through. Mammoth's HTML is its supported output (its
 * Markdown output is deprecated by its author), and it writes only semantic elements; the
 * tree then goes through the project's own unified tooling (hast-util-raw parses it,
 * hast-util-to-mdast and remark write the Markdown). Images are taken out of the document
 * as bytes, each replaced by an `<img>` whose `src` is its index (`docx-image:0`), for
 * images.ts to save and name.
 */
import type { Root } from 'hast';
import { raw } from 'hast-util-raw';
import mammoth from 'mammoth';

/** An image embedded in the document, as Word stored it. */
export interface EmbeddedImage {
	bytes: Uint8Array;
	/** What Word says it is; never trusted, images.ts reads the bytes. */
	contentType: string;
}

export interface ReadDocx {
	tree: Root;
	images: EmbeddedImage[];
}

/** The `src` an embedded image has in the tree until it is saved. */
export const EMBEDDED_SRC = 'docx-image:';

/** The file is not a .docx mammoth can read: not a zip, or a zip without a Word document in it. */
export class UnreadableDocument extends Error {}

export async function readDocx(bytes: Uint8Array): Promise<ReadDocx> {
	const images: EmbeddedImage[] = [];
	const convertImage = mammoth.images.imgElement(async (image) => {
		images.push({ bytes: new Uint8Array(await image.readAsBuffer()), contentType: image.contentType });
		return { src: `${EMBEDDED_SRC}${images.length - 1}` };
	});
	let html: string;
	try {
		({ value: html } = await mammoth.convertToHtml({ buffer: Buffer.from(bytes) }, { convertImage }));
	} catch (error) {
		throw new UnreadableDocument(error instanceof Error ? error.message : String(error));
	}
	return { tree: raw({ type: 'root', children: [{ type: 'raw', value: html }] }) as Root, images };
}
