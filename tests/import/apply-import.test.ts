/**
 * The YAML edits: only the changed values, fields and new periods are touched; comments, key
 * order, quoting, indentation, flow style and line ends stay as the person wrote them.
 */
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { applyImport } from '../../src/import/apply-import.ts';
import { planImport } from '../../src/import/plan-import.ts';
import type { ImportRow } from '../../src/import/read-rows.ts';
import { indicatorSchema } from '../../src/schemas/indicator.ts';

const TODAY = '2026-11-20';

const HEAD = `# 琼江生态走廊：区住建局每年1月报送
title: 琼江生态走廊建成里程 # 名称与文件一致
definition: 线路累计长度。
unit: 公里
measure: cumulative
frequency: annual
direction: increase
source: { publisher: '区住房和城乡建设局' }
sample: true
updated: 2026-11-15
`;

type Row = Partial<ImportRow> & { period: string; value: number };

/** The text after importing `rows` (实际值 rows of indicator x) into `text`. */
function imported(text: string, rows: Row[]): string {
	const indicator = indicatorSchema.parse(parse(text));
	const full = rows.map((row, index): ImportRow => ({ place: { file: 'x.csv', row: index + 2 }, slug: 'x', kind: 'observation', ...row }));
	const plan = planImport(full, new Map([['x', indicator]]), TODAY);
	expect(plan.problems).toEqual([]);
	return applyImport(text, plan.indicators[0]!);
}

describe('applyImport', () => {
	const block = `${HEAD}series:
  # 2021 年起统计
  - period: "2021"
    value: 6.5 # 竣工验收
    status: final

  - period: "2023"
    value: 23.0
    note: '按竣工验收里程修订。'
`;

	it('changes a value in place and keeps every comment, blank line and quote', () => {
		expect(imported(block, [{ period: '2021', value: 6.8 }])).toBe(
			block.replace('value: 6.5 # 竣工验收', 'value: 6.8 # 竣工验收').replace('updated: 2026-11-15', `updated: ${TODAY}`),
		);
	});

	it('inserts new periods in order, laid out like their neighbour', () => {
		const result = imported(block, [
			{ period: '2020', value: 1 },
			{ period: '2022', value: 14.2, status: 'final' },
			{ period: '2024', value: 31.8, note: '截至10月' },
		]);
		expect(result).toBe(
			`${HEAD.replace('2026-11-15', TODAY)}series:
  # 2021 年起统计
  - period: "2020"
    value: 1
  - period: "2021"
    value: 6.5 # 竣工验收
    status: final
  - period: "2022"
    value: 14.2
    status: final

  - period: "2023"
    value: 23.0
    note: '按竣工验收里程修订。'
  - period: "2024"
    value: 31.8
    note: '截至10月'
`,
		);
	});

	it('adds and removes a status or a note as a line of its own', () => {
		const result = imported(block, [
			{ period: '2021', value: 6.5, status: null, note: '含二期。' },
			{ period: '2023', value: 23, status: 'revised', note: null },
		]);
		expect(result).toContain('  - period: "2021"\n    value: 6.5 # 竣工验收\n    note: 含二期。\n\n');
		expect(result).toContain('  - period: "2023"\n    value: 23.0\n    status: revised\n');
		expect(result).not.toContain('按竣工验收里程修订');
	});

	it('keeps a flow-style series flow, and a flow item inside a block list flow', () => {
		const flow = `${HEAD}series: [{ period: "2021", value: 6.5 }, { period: "2022", value: 14.2, status: final }] # 简写\n`;
		expect(
			imported(flow, [
				{ period: '2022', value: 14.5, status: null },
				{ period: '2023', value: 23 },
			]),
		).toBe(
			`${HEAD.replace('2026-11-15', TODAY)}series: [{ period: "2021", value: 6.5 }, { period: "2022", value: 14.5 }, { period: "2023", value: 23 }] # 简写\n`,
		);
		const items = `${HEAD}series:\n-   { period: '2021', value: 6.5 }\n`;
		expect(imported(items, [{ period: '2022', value: 14.2, note: 'a, b' }])).toBe(
			`${HEAD.replace('2026-11-15', TODAY)}series:\n-   { period: '2021', value: 6.5 }\n-   { period: '2022', value: 14.2, note: "a, b" }\n`,
		);
	});

	it('writes a year unquoted after years written unquoted, and fills an empty list as a block list', () => {
		const plain = `${HEAD}series:\n  - period: 2021\n    value: 6.5\n`;
		expect(imported(plain, [{ period: '2022', value: 14.2 }])).toContain('  - period: 2021\n    value: 6.5\n  - period: 2022\n    value: 14.2\n');
		const empty = `${HEAD}series: [] # 暂无数据\n`;
		expect(imported(empty, [{ period: '2021', value: 6.5 }])).toContain('series: # 暂无数据\n  - period: "2021"\n    value: 6.5\n');
	});

	it('keeps CRLF line ends, and a file without a final newline', () => {
		const crlf = block.replaceAll('\n', '\r\n');
		const result = imported(crlf, [{ period: '2024', value: 31.8 }]);
		expect(result).toContain('\r\n  - period: "2024"\r\n    value: 31.8\r\n');
		expect(result.replaceAll('\r\n', '')).not.toContain('\n');
		const unterminated = `${HEAD}series:\n  - period: "2021"\n    value: 6.5`;
		expect(imported(unterminated, [{ period: '2022', value: 14.2 }])).toMatch(/value: 6\.5\n {2}- period: "2022"\n {4}value: 14\.2\n$/);
	});

	it('leaves the text as it is when nothing changes', () => {
		expect(
			imported(block, [
				{ period: '2021', value: 6.5, status: 'final' },
				{ period: '2023', value: 23 },
			]),
		).toBe(block);
	});
});
