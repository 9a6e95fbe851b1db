/**
 * Field rules: unknown fields (with did-you-mean), required fields, enums and the
 * conditional requirements on status_reason. Each test breaks one file of the valid
 * fixture and asserts exactly the problems reported for that file.
 */
import { describe, expect, it } from 'vitest';
import {
	BENCHMARK,
	checkWith,
	CHILD,
	expectBriefs,
	expectMessage,
	fixtureText,
	fixtureWith,
	INDICATOR,
	lineNumberOf,
	PARENT,
	PILLAR,
	shown,
	single,
} from './helpers.ts';

describe('unknown fields', () => {
	it('reports a top-level typo in a YAML file with a did-you-mean, and the field it hides as missing', async () => {
		const problems = await checkWith({ [INDICATOR]: fixtureWith(INDICATOR, ['title: 琼江', 'titel: 琼江']) });
		const file = shown(INDICATOR);
		expectBriefs(problems, file, [`error ${file}:1 titel [unknown-field]`, `error ${file}:1 title [required]`]);
		expectMessage(
			single(problems, `error ${file}:1 titel [unknown-field]`),
			'未知字段 "titel"，是否应为 "title"？',
			'（unknown field; did you mean "title"?）',
		);
		expectMessage(single(problems, `error ${file}:1 title [required]`), '缺少必填字段', '（required field is missing）');
	});

	it('reports a typo in Markdown front matter at its line in the file (front matter starts on line 2)', async () => {
		const text = fixtureWith(PARENT, ['short_title: 琼江生态走廊', 'shrot_title: 琼江生态走廊']);
		const problems = await checkWith({ [PARENT]: text });
		const file = shown(PARENT);
		const line = lineNumberOf(text, 'shrot_title:');
		expect(line).toBe(3);
		expectBriefs(problems, file, [`error ${file}:3 shrot_title [unknown-field]`]);
		expectMessage(
			single(problems, `error ${file}:3 shrot_title [unknown-field]`),
			'是否应为 "short_title"？',
			'（unknown field; did you mean "short_title"?）',
		);
	});

	it('reports a nested typo source.publsher with a suggestion from the nested fields', async () => {
		const text = fixtureWith(INDICATOR, ['  publisher: 区住房', '  publsher: 区住房']);
		const problems = await checkWith({ [INDICATOR]: text });
		const file = shown(INDICATOR);
		expect(lineNumberOf(text, 'publsher:')).toBe(16);
		expectBriefs(problems, file, [`error ${file}:15 source.publisher [required]`, `error ${file}:16 source.publsher [unknown-field]`]);
		expectMessage(
			single(problems, `error ${file}:16 source.publsher [unknown-field]`),
			'未知字段 "publsher"，是否应为 "publisher"？',
			'（unknown field; did you mean "publisher"?）',
		);
	});

	it('reports a typo inside a list item, series[1].vaule, at the line of the typo', async () => {
		const text = fixtureWith(INDICATOR, ['    value: 14.2', '    vaule: 14.2']);
		const problems = await checkWith({ [INDICATOR]: text });
		const file = shown(INDICATOR);
		expect(lineNumberOf(text, 'vaule:')).toBe(26);
		// The missing value is placed on the list item, the `- period` line above.
		expectBriefs(problems, file, [`error ${file}:25 series[1].value [required]`, `error ${file}:26 series[1].vaule [unknown-field]`]);
		expectMessage(
			single(problems, `error ${file}:26 series[1].vaule [unknown-field]`),
			'未知字段 "vaule"，是否应为 "value"？',
			'（unknown field; did you mean "value"?）',
		);
	});

	it('reports a typo in a milestone, milestones[1].titel', async () => {
		const text = fixtureWith(PARENT, ['  - title: 全线建成', '  - titel: 全线建成']);
		const problems = await checkWith({ [PARENT]: text });
		const file = shown(PARENT);
		const line = lineNumberOf(text, 'titel: 全线建成');
		expectBriefs(problems, file, [`error ${file}:${line} milestones[1].titel [unknown-field]`, `error ${file}:${line} milestones[1].title [required]`]);
		expectMessage(single(problems, `error ${file}:${line} milestones[1].titel [unknown-field]`), '是否应为 "title"？');
	});

	it('lists the allowed fields when nothing is close to the unknown one', async () => {
		const text = fixtureWith(PILLAR, ['order: 1', 'order: 1\ncolour: 红色']);
		const problems = await checkWith({ [PILLAR]: text });
		const file = shown(PILLAR);
		expectBriefs(problems, file, [`error ${file}:6 colour [unknown-field]`]);
		const problem = single(problems, `error ${file}:6 colour [unknown-field]`);
		expectMessage(problem, '未知字段 "colour"，可用字段：title、motto、goal、order、summary', '（unknown field）');
		expect(problem.message).not.toContain('是否应为');
	});
});

describe('required fields', () => {
	it('reports a missing title in front matter, placed at the start of the front matter', async () => {
		const problems = await checkWith({ [CHILD]: fixtureWith(CHILD, ['title: 琼江绿道二期\n', '']) });
		const file = shown(CHILD);
		expectBriefs(problems, file, [`error ${file}:2 title [required]`]);
		expectMessage(single(problems, `error ${file}:2 title [required]`), '缺少必填字段', '（required field is missing）');
	});

	it('reports every missing field of a YAML file, nested ones at their parent field', async () => {
		const relative = 'indicators/gongye-yuanqu-yingye-shouru.yaml';
		const text = fixtureWith(relative, ['unit: 亿元\n', ''], ['  publisher: 区经济信息化和科技局\n', ''], ['sample: true\n', '']);
		const problems = await checkWith({ [relative]: text });
		const file = shown(relative);
		const sourceLine = lineNumberOf(text, 'source:');
		expectBriefs(problems, file, [
			`error ${file}:${sourceLine} source.publisher [required]`,
			`error ${file}:1 sample [required]`,
			`error ${file}:1 unit [required]`,
		]);
	});

	it('refuses an empty or blank required text', async () => {
		const text = fixtureWith(PILLAR, ['goal: 保持“安业安居”领跑态势', 'goal: "   "']);
		const problems = await checkWith({ [PILLAR]: text });
		const file = shown(PILLAR);
		expectBriefs(problems, file, [`error ${file}:4 goal [range]`]);
		expectMessage(single(problems, `error ${file}:4 goal [range]`), '不能为空', '（must not be empty）');
	});
});

describe('enums', () => {
	it('reports an unknown initiative status with the allowed values and what was found', async () => {
		const text = fixtureWith(PARENT, ['status: on_track', 'status: in_progress']);
		const problems = await checkWith({ [PARENT]: text });
		const file = shown(PARENT);
		expectBriefs(problems, file, [`error ${file}:6 status [enum]`]);
		expectMessage(
			single(problems, `error ${file}:6 status [enum]`),
			'应为以下之一：not_started | on_track | at_risk | delayed | ongoing | completed | completed_modified | discontinued',
			'实为 "in_progress"',
			'（expected one of not_started | on_track | at_risk | delayed | ongoing | completed | completed_modified | discontinued）',
		);
	});

	it.each([
		['measure', 'measure: cumulative', 'measure: total', 5, 'cumulative | period | stock | rate', '"total"'],
		['frequency', 'frequency: annual', 'frequency: yearly', 6, 'annual | quarterly | monthly', '"yearly"'],
		['direction', 'direction: increase', 'direction: up', 7, 'increase | decrease', '"up"'],
		['series[1].status', '    value: 14.2\n    status: final', '    value: 14.2\n    status: draft', 27, 'preliminary | final | revised', '"draft"'],
	] as const)('reports an unknown %s in an indicator', async (field, from, to, line, options, found) => {
		const text = fixtureWith(INDICATOR, [from, to]);
		const problems = await checkWith({ [INDICATOR]: text });
		const file = shown(INDICATOR);
		expectBriefs(problems, file, [`error ${file}:${line} ${field} [enum]`]);
		expectMessage(single(problems, `error ${file}:${line} ${field} [enum]`), `应为以下之一：${options}`, `实为 ${found}`, `（expected one of ${options}）`);
	});

	it('reports an unknown benchmark group', async () => {
		const problems = await checkWith({ [BENCHMARK]: fixtureWith(BENCHMARK, ['group: specialty', 'group: 特色']) });
		const file = shown(BENCHMARK);
		expectBriefs(problems, file, [`error ${file}:3 group [enum]`]);
		expectMessage(
			single(problems, `error ${file}:3 group [enum]`),
			'应为以下之一：overall | specialty',
			'实为 "特色"',
			'（expected one of overall | specialty）',
		);
	});

	it('reports an unknown benchmark area at its list item', async () => {
		const problems = await checkWith({ [BENCHMARK]: fixtureWith(BENCHMARK, ['  - 城市', '  - 工业']) });
		const file = shown(BENCHMARK);
		expectBriefs(problems, file, [`error ${file}:6 areas[1] [enum]`]);
	});

	// Regression: zod's own message for an enum of Chinese values contains Han characters and
	// was once mistaken by describeIssue for a hand-written bilingual message.
	it('words an unknown benchmark area in Chinese with the English in parentheses', async () => {
		const problems = await checkWith({ [BENCHMARK]: fixtureWith(BENCHMARK, ['  - 城市', '  - 工业']) });
		const file = shown(BENCHMARK);
		expectMessage(
			single(problems, `error ${file}:6 areas[1] [enum]`),
			'应为以下之一：产业 | 城市 | 乡村 | 民生',
			'实为 "工业"',
			'（expected one of 产业 | 城市 | 乡村 | 民生）',
		);
	});
});

describe('conditional requirements', () => {
	const withoutReason = (status: string) =>
		fixtureWith(CHILD, ['status: delayed', `status: ${status}`], ['status_reason: 征地协调时间长于预期，开工推迟两个月。\n', '']);

	it.each(['at_risk', 'delayed', 'completed_modified', 'discontinued'])('requires status_reason when status is %s', async (status) => {
		const text = withoutReason(status);
		const problems = await checkWith({ [CHILD]: text });
		const file = shown(CHILD);
		// status_reason is missing, so the editor is pointed at the status that needs it.
		const line = lineNumberOf(text, 'status:');
		expectBriefs(problems, file, [`error ${file}:${line} status_reason [reason-required]`]);
		expectMessage(
			single(problems, `error ${file}:${line} status_reason [reason-required]`),
			`状态为 ${status} 时必须填写原因`,
			`（status_reason is required when status is ${status}）`,
		);
	});

	it.each(['not_started', 'on_track', 'ongoing', 'completed'])(
		'does not require status_reason when status is %s (and there is no revised_due)',
		async (status) => {
			const text = fixtureWith(
				CHILD,
				['status: delayed', `status: ${status}`],
				['status_reason: 征地协调时间长于预期，开工推迟两个月。\n', ''],
				['revised_due: "2027-02"\n', ''],
			);
			const problems = await checkWith({ [CHILD]: text });
			expectBriefs(problems, shown(CHILD), []);
		},
	);

	it('requires status_reason with revised_due, whatever the status', async () => {
		const text = withoutReason('on_track');
		const problems = await checkWith({ [CHILD]: text });
		const file = shown(CHILD);
		const line = lineNumberOf(text, 'revised_due:');
		expectBriefs(problems, file, [`error ${file}:${line} status_reason [reason-required]`]);
		expectMessage(
			single(problems, `error ${file}:${line} status_reason [reason-required]`),
			'填写了调整后完成时间 revised_due，必须说明原因',
			'（status_reason is required with revised_due）',
		);
	});

	it('does not accept an empty status_reason for a delayed initiative', async () => {
		const text = fixtureWith(CHILD, ['status_reason: 征地协调时间长于预期，开工推迟两个月。', 'status_reason: ""']);
		const problems = await checkWith({ [CHILD]: text });
		const file = shown(CHILD);
		const line = lineNumberOf(text, 'status_reason:');
		expectBriefs(problems, file, [`error ${file}:${line} status_reason [range]`]);
		expectMessage(single(problems, `error ${file}:${line} status_reason [range]`), '不能为空', '（must not be empty）');
	});
});

describe('one run reports everything', () => {
	it('reports every problem of a file, not just the first', async () => {
		const text = fixtureWith(
			CHILD,
			['title: 琼江绿道二期', 'titel: 琼江绿道二期'],
			['status: delayed', 'status: late'],
			['status_as_of: 2026-11-15', 'status_as_of: 2026-11-31'],
			['  date: 2025-01-20', '  date: 2025/1/20'],
		);
		const problems = await checkWith({ [CHILD]: text });
		const file = shown(CHILD);
		expectBriefs(problems, file, [
			`error ${file}:${lineNumberOf(text, '  date:')} commitment_source.date [format]`,
			`error ${file}:2 titel [unknown-field]`,
			`error ${file}:2 title [required]`,
			`error ${file}:${lineNumberOf(text, 'status:')} status [enum]`,
			`error ${file}:${lineNumberOf(text, 'status_as_of:')} status_as_of [format]`,
		]);
	});

	it('reports problems in several files in one run', async () => {
		const problems = await checkWith({
			[PILLAR]: fixtureWith(PILLAR, ['order: 1', 'order: first']),
			[BENCHMARK]: fixtureWith(BENCHMARK, ['group: specialty', 'group: top']),
			'updates/2026-09-qiongjiang-lvdao.md': fixtureText('updates/2026-09-qiongjiang-lvdao.md').replace('summary:', 'summery:'),
		});
		expectBriefs(problems, shown(PILLAR), [`error ${shown(PILLAR)}:5 order [value-type]`]);
		expectBriefs(problems, shown(BENCHMARK), [`error ${shown(BENCHMARK)}:3 group [enum]`]);
		expectBriefs(problems, 'content/updates/2026-09-qiongjiang-lvdao.md', [
			'error content/updates/2026-09-qiongjiang-lvdao.md:2 summary [required]',
			'error content/updates/2026-09-qiongjiang-lvdao.md:7 summery [unknown-field]',
		]);
	});
});
