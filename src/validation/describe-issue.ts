/**
 * Turns zod's issues into messages editors can act on: Chinese first, English in
 * parentheses, naming what was expected and what was found.
 *
 * Where a message comes from is decided by the issue's code, not by its wording: a message
 * written in a schema is always a `custom` issue carrying its rule id in `params`
 * (src/schemas/own-issue.ts), and is kept as written; every other issue is zod's own and is
 * worded here.
 */
import type { z } from 'astro/zod';
import { didYouMean, nearest } from './suggest.ts';
import type { OwnIssueParams } from '../schemas/own-issue.ts';

export interface DescribedIssue {
	path: PropertyKey[];
	message: string;
	rule: string;
	/** Where to point the editor when `path` is a field that is missing (so has no place in the file). */
	near?: PropertyKey[];
}

const HAN = /[\u4e00-\u9fff]/;
const FULL_WIDTH_ALNUM = /[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]/;

const TYPE_NAMES: Record<string, [string, string]> = {
	number: ['数字', 'a number'],
	int: ['整数', 'a whole number'],
	string: ['文本', 'text'],
	boolean: ['true 或 false', 'true or false'],
	array: ['列表（每项以 - 开头）', 'a list'],
	object: ['一组字段（字段名: 值）', 'a set of fields'],
	date: ['日期', 'a date'],
};

/** How a value the editor typed is shown back to them. */
export function showInput(input: unknown): string {
	if (input === null) return '空值';
	if (typeof input === 'number' && Number.isNaN(input)) return '.nan';
	if (input === Number.POSITIVE_INFINITY) return '.inf';
	if (input === Number.NEGATIVE_INFINITY) return '-.inf';
	if (Array.isArray(input)) return '列表';
	if (input instanceof Date) return input.toISOString().slice(0, 10);
	if (typeof input === 'object') return '一组字段';
	return JSON.stringify(input);
}

/**
 * @param issue one zod issue
 * @param knownKeys the field names allowed where an unknown key was found, for did-you-mean
 */
export function describeIssue(issue: z.core.$ZodIssue, knownKeys: (path: PropertyKey[]) => string[]): DescribedIssue[] {
	const path = [...issue.path];
	const input = (issue as { input?: unknown }).input;
	if (issue.code === 'unrecognized_keys') {
		const known = knownKeys(path);
		return issue.keys.map((key) => {
			const suggestion = nearest(key, known, { typo: true });
			return {
				path: [...path, key],
				rule: 'unknown-field',
				message:
					suggestion !== undefined
						? `未知字段 "${key}"${didYouMean(suggestion, 'ascii')}（unknown field; did you mean "${suggestion}"?）`
						: `未知字段 "${key}"，可用字段：${known.join('、')}（unknown field）`,
			};
		});
	}
	if (issue.code === 'invalid_type' && input === undefined) {
		return [{ path, rule: 'required', message: '缺少必填字段（required field is missing）' }];
	}
	// Messages written in the schemas are already in Chinese and English.
	if (issue.code === 'custom') {
		const params: Partial<OwnIssueParams> = issue.params ?? {};
		return [{ path, rule: params.rule ?? ruleFor(issue), message: issue.message, ...(params.near && { near: params.near }) }];
	}
	return [{ path, rule: ruleFor(issue), message: genericMessage(issue, input) }];
}

function ruleFor(issue: z.core.$ZodIssue): string {
	switch (issue.code) {
		case 'invalid_type':
			return issue.expected === 'number' || issue.expected === 'int' ? 'value-type' : 'type';
		case 'invalid_value':
			return 'enum';
		case 'too_small':
		case 'too_big':
			return 'range';
		default:
			return 'format';
	}
}

function genericMessage(issue: z.core.$ZodIssue, input: unknown): string {
	switch (issue.code) {
		case 'invalid_type': {
			const [zh, en] = TYPE_NAMES[issue.expected] ?? [issue.expected, issue.expected];
			if (typeof input === 'number' && !Number.isFinite(input)) {
				return `应为有限的数字，实为 ${showInput(input)}（expected a finite number）`;
			}
			const hint =
				typeof input === 'string' && FULL_WIDTH_ALNUM.test(input)
					? '，其中含全角数字或字母，请改用半角'
					: typeof input === 'string' && (issue.expected === 'number' || issue.expected === 'int') && HAN.test(input)
						? '，数值中不能带单位或汉字'
						: '';
			return `应为${zh}，实为 ${showInput(input)}${hint}（expected ${en}）`;
		}
		case 'invalid_value': {
			const options = issue.values.map((value) => String(value)).join(' | ');
			return `应为以下之一：${options}，实为 ${showInput(input)}（expected one of ${options}）`;
		}
		case 'too_small': {
			if (issue.origin === 'string') return '不能为空（must not be empty）';
			if (issue.origin === 'array') return `至少应有 ${String(issue.minimum)} 项（expected at least ${String(issue.minimum)} items）`;
			// An exclusive bound (`positive()`) must not read as 不小于 0 when 0 itself is refused.
			if (issue.inclusive === false) return `应大于 ${String(issue.minimum)}，实为 ${showInput(input)}（expected more than ${String(issue.minimum)}）`;
			return `应不小于 ${String(issue.minimum)}，实为 ${showInput(input)}（expected at least ${String(issue.minimum)}）`;
		}
		case 'too_big': {
			if (issue.origin === 'array') return `至多 ${String(issue.maximum)} 项（expected at most ${String(issue.maximum)} items）`;
			return `应不大于 ${String(issue.maximum)}，实为 ${showInput(input)}（expected at most ${String(issue.maximum)}）`;
		}
		default:
			return `格式不正确：${showInput(input)}（${issue.message}）`;
	}
}
