/**
 * A font cut down to the characters it has to draw, with HarfBuzz's subsetter (the wasm build
 * from harfbuzzjs). resvg parses its whole font for every PNG: a 5 MB CJK font costs about
 * 60 ms a chart, a subset of the few hundred characters a site uses about 15 ms.
 * Face 0 of a font collection (.ttc) is used, which HarfBuzz reads directly.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/** The part of HarfBuzz's C API the subsetter needs, as the wasm module exports it. */
interface HarfBuzz {
	memory: WebAssembly.Memory;
	_initialize(): void;
	malloc(size: number): number;
	free(pointer: number): void;
	hb_blob_create(data: number, length: number, mode: number, userData: number, destroy: number): number;
	hb_blob_destroy(blob: number): void;
	hb_blob_get_data(blob: number, length: number): number;
	hb_blob_get_length(blob: number): number;
	hb_face_create(blob: number, index: number): number;
	hb_face_destroy(face: number): void;
	hb_face_reference_blob(face: number): number;
	hb_set_add(set: number, codePoint: number): void;
	hb_subset_input_create_or_fail(): number;
	hb_subset_input_destroy(input: number): void;
	hb_subset_input_unicode_set(input: number): number;
	hb_subset_or_fail(face: number, input: number): number;
}

const HB_MEMORY_MODE_WRITABLE = 2;

let loaded: HarfBuzz | undefined;

function harfBuzz(): HarfBuzz {
	if (!loaded) {
		const wasm = readFileSync(createRequire(import.meta.url).resolve('harfbuzzjs/dist/harfbuzz-subset.wasm'));
		// Compiled synchronously so chart rendering stays synchronous; Node allows it for a module this size.
		const instance = new WebAssembly.Instance(new WebAssembly.Module(wasm), {});
		loaded = instance.exports as unknown as HarfBuzz;
		loaded._initialize();
	}
	return loaded;
}

/** The font's first face with only the glyphs for `text` (and what their shaping needs). */
export function subsetFont(font: Uint8Array, text: string): Buffer {
	const hb = harfBuzz();
	const fontPointer = hb.malloc(font.byteLength);
	new Uint8Array(hb.memory.buffer).set(font, fontPointer);
	const blob = hb.hb_blob_create(fontPointer, font.byteLength, HB_MEMORY_MODE_WRITABLE, 0, 0);
	const face = hb.hb_face_create(blob, 0);
	hb.hb_blob_destroy(blob);
	const input = hb.hb_subset_input_create_or_fail();
	try {
		const unicodes = hb.hb_subset_input_unicode_set(input);
		for (const character of new Set(text)) hb.hb_set_add(unicodes, character.codePointAt(0) ?? 0);
		const subset = hb.hb_subset_or_fail(face, input);
		if (subset === 0) throw new Error('HarfBuzz could not subset the font');
		const result = hb.hb_face_reference_blob(subset);
		const start = hb.hb_blob_get_data(result, 0);
		// Copied out before anything else runs: the wasm memory may grow and move.
		const bytes = Buffer.from(new Uint8Array(hb.memory.buffer, start, hb.hb_blob_get_length(result)));
		hb.hb_blob_destroy(result);
		hb.hb_face_destroy(subset);
		return bytes;
	} finally {
		hb.hb_subset_input_destroy(input);
		hb.hb_face_destroy(face);
		hb.free(fontPointer);
	}
}
