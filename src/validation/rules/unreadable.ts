/**
 * `unreadable`: the one problem of a file whose check threw (a parser out of stack, a file
 * that vanished or may not be read): the editor learns which file, and the maintainers what
 * went wrong, and the other files are still checked.
 */
import type { Problem } from '../problem.ts';
import { defineRule, problemOf } from './rule.ts';

export const unreadable = defineRule({
	id: 'unreadable',
	severity: 'error',
	title: '无法检查的文件',
	anchor: '文件本身读不了',
	source: 'file',
	/** The problem of `file`, whose check threw `error`. */
	problem(file: string, error: unknown): Problem {
		const detail = (error instanceof Error ? `${error.name}: ${error.message}` : String(error)).split('\n')[0]?.replace(/（/g, '(').replace(/）/g, ')');
		return problemOf(unreadable, {
			file,
			message: `无法读取此文件，检查未能完成：请检查文件内容是否完整、格式是否正确，如仍无法解决，请联系网站维护人员（the file could not be checked: ${detail}; check it, or contact the site maintainers）`,
		});
	},
});
