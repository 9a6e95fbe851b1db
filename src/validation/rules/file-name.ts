/**
 * `file-name`: a content file's name is the last part of its page's address, so it may only use
 * lowercase letters, digits and hyphens (SLUG_PATTERN), with a lowercase extension; and an indicator's
 * name is also the name of its data files, so it may not be one the site's own data files use.
 */
import type { CollectionName } from '../../schemas/index.ts';
import { SLUG_PATTERN } from '../../schemas/common.ts';
import { SITE_DATA_NAMES } from '../../site-map.ts';
import type { Problem } from '../problem.ts';
import { defineRule, problemOf } from './rule.ts';

/** Suggests a valid file name for one that breaks the slug rule. */
export function suggestSlug(name: string): string | undefined {
	const candidate = name
		.toLowerCase()
		.replace(/[\s_.]+/g, '-')
		.replace(/-+/g, '-')
		.replace(/^-|-$/g, '');
	return SLUG_PATTERN.test(candidate) ? candidate : undefined;
}

export const fileName = defineRule({
	id: 'file-name',
	severity: 'error',
	title: '文件名不合规',
	anchor: 'file-name文件名不合规',
	source: 'folder',
	/**
	 * @param file the path shown in the message
	 * @param stem the name without its extension
	 * @param extension the extension as written, with its dot
	 * @param collection the folder it is in
	 */
	check(file: string, stem: string, extension: string, collection?: CollectionName): Problem[] {
		if (collection === 'indicators' && (SITE_DATA_NAMES as readonly string[]).includes(stem)) {
			return [
				problemOf(fileName, {
					file,
					message: `文件名 ${stem} 已被网站自己的数据文件（data/${stem}.csv）使用，指标请换一个文件名（the name is taken by the site's own data files）`,
				}),
			];
		}
		if (SLUG_PATTERN.test(stem) && extension === extension.toLowerCase()) return [];
		const suggestion = suggestSlug(stem);
		const lower = extension.toLowerCase();
		return [
			problemOf(fileName, {
				file,
				message: `文件名只能使用小写英文字母、数字和连字符（不能用中文、空格或大写），${
					suggestion ? `可改为 ${suggestion}${lower}` : '请改用拼音或英文，如 qiongjiang-eco-corridor' + lower
				}（file names may only use a-z, 0-9 and hyphens）`,
			}),
		];
	},
});
