import { describe, expect, it } from 'vitest';
import type { LoadedEntry } from '../../src/validation/check-references.ts';
import { statusVsIndicators } from '../../src/validation/rules/status-vs-indicators.ts';

const checkStatusConsistency = statusVsIndicators.check;

function indicator(slug: string, latest: number): LoadedEntry {
	return {
		collection: 'indicators',
		slug,
		file: `content/indicators/${slug}.yaml`,
		lineOf: () => undefined,
		data: {
			title: `指标${slug}`,
			direction: 'increase',
			baseline: { period: '2020', value: 0 },
			target: { period: '2030', value: 100 },
			series: [
				{ period: '2020', value: 0 },
				{ period: '2025', value: latest },
			],
		},
	};
}

function initiative(status: string, indicators: string[]): LoadedEntry {
	return {
		collection: 'initiatives',
		slug: 'juxiang',
		file: 'content/initiatives/juxiang.md',
		lineOf: (path) => (path[0] === 'status' ? 6 : undefined),
		data: { title: '举措', status, indicators },
	};
}

// Half the time has passed in each indicator (序时进度 50%): 20 is 未达到序时进度, 50 达到, 80 超序时进度, −5 退步.
const behind = indicator('behind', 20);
const onTrack = indicator('on-track', 50);
const ahead = indicator('ahead', 80);
const regressing = indicator('regressing', -5);

describe('checkStatusConsistency', () => {
	it('warns when an initiative said to be on track has every indicator behind or regressing, naming both', () => {
		const [problem, ...rest] = checkStatusConsistency([behind, regressing, initiative('on_track', ['behind', 'regressing'])]);
		expect(rest).toEqual([]);
		expect(problem).toMatchObject({ file: 'content/initiatives/juxiang.md', line: 6, field: 'status', severity: 'warning', rule: 'status-vs-indicators' });
		expect(problem?.message).toContain('状态为“按计划推进”');
		expect(problem?.message).toContain('指标behind（behind）未达到序时进度、指标regressing（regressing）退步');
	});

	it('warns when a delayed initiative has every indicator on track or ahead', () => {
		const problems = checkStatusConsistency([onTrack, ahead, initiative('delayed', ['on-track', 'ahead'])]);
		expect(problems.map((problem) => problem.message)).toEqual([expect.stringContaining('状态为“进度滞后”，但其全部指标评估为“超序时进度”或“达到序时进度”')]);
	});

	it('stays quiet when the indicators are mixed, agree with the status, or the status makes no claim', () => {
		expect(checkStatusConsistency([behind, onTrack, initiative('on_track', ['behind', 'on-track'])])).toEqual([]);
		expect(checkStatusConsistency([behind, initiative('delayed', ['behind'])])).toEqual([]);
		expect(checkStatusConsistency([behind, initiative('ongoing', ['behind'])])).toEqual([]);
		expect(checkStatusConsistency([initiative('on_track', [])])).toEqual([]);
	});
});
