/**
 * `body-reference`: what bodies point at must exist: the indicator of each `<Chart>`, and the
 * file of each image of the site's own (`<Figure>` and `![…](images/…)`). A missing one would
 * render as nothing, so the editor hears of it here, with the nearest name that does exist.
 */
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { IMAGE_FOLDER, LOCAL_IMAGE } from '../../markdown/allowlist.ts';
import type { PlacedReference } from '../check-body.ts';
import { placeOf, type Problem } from '../problem.ts';
import { didYouMean, nearest } from '../suggest.ts';
import { defineRule, problemOf } from './rule.ts';

/** The images under public/images/, as bodies write them: `images/<name>.jpg`. */
async function siteImages(publicDir: string): Promise<string[]> {
	const folder = path.join(publicDir, 'images');
	const files = await readdir(folder, { recursive: true, withFileTypes: true }).catch(() => []);
	return files.filter((file) => file.isFile()).map((file) => path.relative(publicDir, path.join(file.parentPath, file.name)).split(path.sep).join('/'));
}

export const bodyReference = defineRule({
	id: 'body-reference',
	severity: 'error',
	title: '图表或图片不存在',
	anchor: 'body-reference图表或图片不存在',
	source: 'cross-file',
	/**
	 * @param indicators the slugs of the indicators there are
	 * @param publicDir the folder of the site's static files, where body images must be
	 */
	async check(references: readonly PlacedReference[], indicators: readonly string[], publicDir: string): Promise<Problem[]> {
		const images = references.some((reference) => reference.kind === 'image') ? await siteImages(publicDir) : [];
		return references.flatMap((reference): Problem[] => {
			const at = { file: reference.file, ...placeOf(reference) };
			if (reference.kind === 'indicator') {
				if (indicators.includes(reference.slug)) return [];
				return [
					problemOf(bodyReference, {
						...at,
						message: `<Chart> 的指标“${reference.slug}”不存在（content/indicators/ 下没有这个文件${didYouMean(nearest(reference.slug, indicators))}）（no indicator "${reference.slug}"）`,
					}),
				];
			}
			// An image of another host or an ill-formed name is already refused by the body check.
			if (!LOCAL_IMAGE.test(reference.src) || images.includes(reference.src)) return [];
			const file = `${IMAGE_FOLDER}/${reference.src.slice('images/'.length)}`;
			return [
				problemOf(bodyReference, {
					...at,
					message: `找不到图片“${reference.src}”：请把图片放到 ${file}${didYouMean(nearest(reference.src, images))}（no image file ${file}）`,
				}),
			];
		});
	},
});
