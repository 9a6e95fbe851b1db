/**
 * What bodies point at must exist: the indicator of each `<Chart>`, and the file of each
 * image of the site's own (`<Figure>` and `![…](images/…)`). A missing one would render as
 * nothing, so the editor hears of it here, with the nearest name that does exist.
 */
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { closest } from 'fastest-levenshtein';
import { IMAGE_FOLDER, LOCAL_IMAGE } from '../markdown/allowlist.ts';
import type { BodyReference } from './check-body.ts';
import { placeOf, type Problem } from './problem.ts';

/** A body reference at its place in a content file. */
export type PlacedReference = BodyReference & { file: string };

/** The images under public/images/, as bodies write them: `images/<name>.jpg`. */
async function siteImages(publicDir: string): Promise<string[]> {
	const folder = path.join(publicDir, 'images');
	const files = await readdir(folder, { recursive: true, withFileTypes: true }).catch(() => []);
	return files.filter((file) => file.isFile()).map((file) => path.relative(publicDir, path.join(file.parentPath, file.name)).split(path.sep).join('/'));
}

export async function checkBodyReferences(references: readonly PlacedReference[], indicators: readonly string[], publicDir: string): Promise<Problem[]> {
	const images = references.some((reference) => reference.kind === 'image') ? await siteImages(publicDir) : [];
	const suggest = (wanted: string, existing: readonly string[]) => (existing.length > 0 ? `，是否应为“${closest(wanted, [...existing])}”？` : '');
	return references.flatMap((reference): Problem[] => {
		const at = { file: reference.file, severity: 'error' as const, ...placeOf(reference) };
		if (reference.kind === 'indicator') {
			if (indicators.includes(reference.slug)) return [];
			return [
				{
					...at,
					rule: 'body-reference',
					message: `<Chart> 的指标“${reference.slug}”不存在（content/indicators/ 下没有这个文件${suggest(reference.slug, indicators)}）（no indicator "${reference.slug}"）`,
				},
			];
		}
		// An image of another host or an ill-formed name is already refused by the body check.
		if (!LOCAL_IMAGE.test(reference.src) || images.includes(reference.src)) return [];
		return [
			{
				...at,
				rule: 'body-reference',
				message: `找不到图片“${reference.src}”：请把图片放到 ${IMAGE_FOLDER}/${reference.src.slice('images/'.length)}${suggest(reference.src, images)}（no image file ${IMAGE_FOLDER}/${reference.src.slice('images/'.length)}）`,
			},
		];
	});
}
