/**
 * `placeholder`: values and body lines still holding a template's 待填写…. In content files they
 * are errors: unfinished text must not be published. In site.yaml they are warnings: the
 * registration numbers arrive late.
 */
import { PLACEHOLDER_PREFIX } from '../../schemas/site.ts';
import { formatFieldPath, placeOf, type Problem } from '../problem.ts';
import { stringsIn } from '../strings-in.ts';
import type { YamlSource } from '../yaml-source.ts';
import { defineRule, problemOf } from './rule.ts';

/** Where a placeholder is: a content file, or site.yaml. */
type Where = 'content' | 'site';

export const placeholder = defineRule({
	id: 'placeholder',
	severity: { content: 'error', site: 'warning' },
	title: '占位内容',
	anchor: 'placeholder占位内容',
	source: 'text',
	/** The fields of `data` still holding a placeholder. */
	check(data: unknown, file: string, positionOf: YamlSource['positionOf'], where: Where): Problem[] {
		return stringsIn(data)
			.filter(({ value }) => value.startsWith(PLACEHOLDER_PREFIX))
			.map(({ value, path }) =>
				problemOf(
					placeholder,
					{
						file,
						field: formatFieldPath(path),
						message: `仍是占位内容“${value}”，${where === 'content' ? '发布前' : '上线前'}须填写正式信息（placeholder value still present）`,
						...placeOf(positionOf(path)),
					},
					where,
				),
			);
	},
	/** The lines of a body that still begin with a placeholder, and images whose description is one (`![待填写：图片说明](…)`). */
	checkBody(body: { text: string; firstLine: number }, file: string): Problem[] {
		return body.text.split('\n').flatMap((text, index) => {
			const column = text.indexOf(PLACEHOLDER_PREFIX);
			const before = column === -1 ? '' : text.slice(0, column).trim();
			if (column === -1 || (before !== '' && !before.endsWith('!['))) return [];
			return [
				problemOf(
					placeholder,
					{
						file,
						line: body.firstLine + index,
						column: column + 1,
						message: before.endsWith('![')
							? `图片说明仍是占位内容“${text.trim()}”，请写明图片的内容，供读屏软件朗读（image description is a placeholder）`
							: `正文仍是占位内容“${text.trim()}”，发布前须改写（placeholder text still present）`,
					},
					'content',
				),
			];
		});
	},
});
