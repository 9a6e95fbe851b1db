import { describe, expect, it } from 'vitest';
import {
	buildRollups,
	describeReporting,
	listWeights,
	rollupIndicator,
	type RollupContent,
	type RollupIndicator,
	type RollupInitiative,
} from '../../src/utils/rollup.ts';

const indicator = (slug: string, progress?: number, expected?: number, extra: Partial<RollupIndicator> = {}): RollupIndicator => ({
	slug,
	title: `指标${slug}`,
	sample: false,
	progress,
	expected,
	...extra,
});
const initiative = (slug: string, extra: Partial<RollupInitiative> = {}): RollupInitiative => ({ slug, title: `举措${slug}`, pillar: 'p', ...extra });
const content = (initiatives: RollupInitiative[], indicators: RollupIndicator[] = [], pillars = [{ slug: 'p', title: '安业安居' }]): RollupContent => ({
	pillars,
	initiatives,
	indicators,
});

describe('an initiative rolled up from its indicators', () => {
	it('takes the weighted mean of progress and of 序时进度, and evaluates it with the indicators’ rule', () => {
		const { initiatives } = buildRollups(
			content([initiative('a', { indicators: ['x', 'y'] })], [indicator('x', 0.2, 0.5, { weight: 3 }), indicator('y', 0.6, 0.7)]),
		);
		const rollup = initiatives.get('a')!;
		expect(rollup.progress).toBeCloseTo((3 * 0.2 + 0.6) / 4);
		expect(rollup.expected).toBeCloseTo((3 * 0.5 + 0.7) / 4);
		expect(rollup.evaluation).toBe('behind');
		expect(rollup).toMatchObject({ reporting: 2, parts: 2, sample: false });
	});

	it('counts equal weights when none is given', () => {
		const rollup = buildRollups(content([initiative('a', { indicators: ['x', 'y'] })], [indicator('x', 0.2, 0.5), indicator('y', 0.6, 0.5)])).initiatives.get(
			'a',
		)!;
		expect(rollup.progress).toBeCloseTo(0.4);
		expect(rollup.evaluation).toBe('on_track');
	});

	it('leaves out the parts that do not report, and says how many did', () => {
		const rollup = buildRollups(
			content(
				[initiative('a', { indicators: ['x', 'no-target', 'no-data'] })],
				[indicator('x', 0.9, 0.5), indicator('no-target'), indicator('no-data', undefined, 0.4)],
			),
		).initiatives.get('a')!;
		expect(rollup.progress).toBeCloseTo(0.9);
		expect(rollup.expected).toBeCloseTo(0.5);
		expect(rollup.evaluation).toBe('ahead');
		expect(rollup).toMatchObject({ reporting: 1, parts: 3 });
		expect(describeReporting(rollup, 'initiative')).toBe('根据3项指标中的1项计算');
	});

	it('clamps each indicator to 0–100%, so a regressing or overshooting one cannot outweigh the rest', () => {
		const rollup = buildRollups(
			content([initiative('a', { indicators: ['back', 'far'] })], [indicator('back', -2, 0.5), indicator('far', 3, 0.5)]),
		).initiatives.get('a')!;
		expect(rollup.items.map((part) => part.progress)).toEqual([0, 1]);
		expect(rollup.progress).toBeCloseTo(0.5);
		expect(rollup.evaluation).toBe('on_track');
	});

	it('never says 退步: a roll-up of indicators that all went backwards is behind 序时进度', () => {
		const rollup = buildRollups(content([initiative('a', { indicators: ['back'] })], [indicator('back', -0.5, 0.5)])).initiatives.get('a')!;
		expect(rollup.progress).toBe(0);
		expect(rollup.evaluation).toBe('behind');
	});

	it('has no figure when no part reports, and says so', () => {
		const rollup = buildRollups(content([initiative('a', { indicators: ['no-target'] })], [indicator('no-target')])).initiatives.get('a')!;
		expect(rollup.progress).toBeUndefined();
		expect(rollup.expected).toBeUndefined();
		expect(rollup).toMatchObject({ reporting: 0, parts: 1, evaluation: 'no_data' });
		expect(describeReporting(rollup, 'initiative')).toBe('1项指标暂无可计算的进度');
	});

	it('is 其它类 with no parts at all', () => {
		const rollup = buildRollups(content([initiative('a')])).initiatives.get('a')!;
		expect(rollup).toMatchObject({ reporting: 0, parts: 0, items: [] });
		expect(rollup.progress).toBeUndefined();
		expect(describeReporting(rollup, 'initiative')).toBe('其它类：没有量化指标，不计算汇总进度');
	});

	it('ignores an indicator listed twice or not found, rather than counting it twice or as missing', () => {
		const rollup = buildRollups(content([initiative('a', { indicators: ['x', 'x', 'gone'] })], [indicator('x', 0.5, 0.5)])).initiatives.get('a')!;
		expect(rollup).toMatchObject({ reporting: 1, parts: 1 });
		expect(describeReporting(rollup, 'initiative')).toBe('根据1项指标计算');
	});

	it('is sample data when any indicator it is built on is, reporting or not', () => {
		const built = buildRollups(
			content(
				[initiative('a', { indicators: ['real', 'illustrative'] }), initiative('b', { indicators: ['real'] })],
				[indicator('real', 0.5, 0.5), indicator('illustrative', undefined, undefined, { sample: true })],
			),
		);
		expect(built.initiatives.get('a')!.sample).toBe(true);
		expect(built.initiatives.get('b')!.sample).toBe(false);
	});

	it('works the indicators out with computeProgress', () => {
		const part = rollupIndicator('greenway', {
			title: '绿道里程',
			sample: true,
			weight: 2,
			direction: 'increase',
			baseline: { period: '2021', value: 5 },
			target: { period: '2025', value: 60 },
			series: [
				{ period: '2021', value: 5 },
				{ period: '2024', value: 42 },
			],
		});
		expect(part).toMatchObject({ slug: 'greenway', title: '绿道里程', weight: 2, sample: true });
		expect(part.progress).toBeCloseTo(37 / 55);
		expect(part.expected).toBeCloseTo(3 / 4);
	});
});

describe('an initiative rolled up with its child initiatives', () => {
	const tree = content(
		[
			initiative('parent', { indicators: ['x'] }),
			initiative('child', { parent: 'parent', indicators: ['y', 'z'], weight: 2 }),
			initiative('grandchild', { parent: 'child', indicators: ['z'] }),
			initiative('empty', { parent: 'parent' }),
		],
		[indicator('x', 0.8, 0.5), indicator('y', 0.2, 0.5), indicator('z', 0.4, 0.5, { sample: true })],
	);
	const { initiatives } = buildRollups(tree);

	it('counts each child as one part, with its own roll-up and its weight', () => {
		const child = initiatives.get('child')!;
		// child: y, z, and grandchild (z again) — each a part of its own.
		expect(child.progress).toBeCloseTo((0.2 + 0.4 + 0.4) / 3);
		expect(child).toMatchObject({ reporting: 3, parts: 3, sample: true });
		expect(describeReporting(child, 'initiative')).toBe('根据全部3项指标和下级举措计算');

		const parent = initiatives.get('parent')!;
		expect(parent.items.map((part) => [part.kind, part.slug, part.weight])).toEqual([
			['indicator', 'x', 1],
			['initiative', 'child', 2],
			['initiative', 'empty', 1],
		]);
		expect(parent.progress).toBeCloseTo((0.8 + 2 * child.progress!) / 3);
		expect(parent.expected).toBeCloseTo(0.5);
		expect(parent).toMatchObject({ reporting: 2, parts: 3, sample: true });
		expect(describeReporting(parent, 'initiative')).toBe('根据3项指标和下级举措中的2项计算');
	});

	it('calls the parts 下级举措 when there are only children', () => {
		const only = buildRollups(content([initiative('top'), initiative('c', { parent: 'top', indicators: ['x'] })], [indicator('x', 0.5, 0.5)]));
		expect(describeReporting(only.initiatives.get('top')!, 'initiative')).toBe('根据1项下级举措计算');
	});

	it('gives the same figures whatever order the content comes in', () => {
		const reversed = buildRollups({ ...tree, initiatives: [...tree.initiatives].reverse(), indicators: [...tree.indicators].reverse() });
		for (const slug of ['parent', 'child', 'grandchild', 'empty']) {
			expect(reversed.initiatives.get(slug)!.progress).toBe(initiatives.get(slug)!.progress);
		}
	});
});

describe('a pillar rolled up from its initiatives', () => {
	const pillars = [
		{ slug: 'p', title: '安业安居' },
		{ slug: 'q', title: '安逸安居' },
		{ slug: 'empty', title: '安心安居' },
	];
	const built = buildRollups(
		content(
			[
				initiative('top', { indicators: ['x'], weight: 3 }),
				initiative('child', { parent: 'top', indicators: ['y'] }),
				initiative('other-pillar-child', { pillar: 'q', parent: 'top', indicators: ['y'] }),
				initiative('unquantified'),
				initiative('orphan', { parent: 'missing', indicators: ['y'] }),
			],
			[indicator('x', 1, 0.5), indicator('y', 0, 0.5)],
			pillars,
		),
	);

	it('counts initiatives without a parent directly and children through their parent', () => {
		const pillar = built.pillars.get('p')!;
		expect(pillar.items.map((part) => part.slug)).toEqual(['top', 'unquantified', 'orphan']);
		const top = built.initiatives.get('top')!;
		expect(top.progress).toBeCloseTo((1 + 0 + 0) / 3);
		expect(pillar.progress).toBeCloseTo((3 * top.progress! + 0) / 4);
		expect(pillar).toMatchObject({ reporting: 2, parts: 3 });
		expect(describeReporting(pillar, 'pillar')).toBe('根据3项举措中的2项计算');
	});

	it('counts an initiative whose parent is in another pillar in its own pillar too', () => {
		const pillar = built.pillars.get('q')!;
		expect(pillar.items.map((part) => part.slug)).toEqual(['other-pillar-child']);
		expect(pillar.progress).toBe(0);
		expect(pillar.evaluation).toBe('behind');
	});

	it('says a pillar without initiatives has none', () => {
		const pillar = built.pillars.get('empty')!;
		expect(pillar).toMatchObject({ reporting: 0, parts: 0 });
		expect(describeReporting(pillar, 'pillar')).toBe('暂无举措');
	});
});

describe('parent cycles', () => {
	it('ends, counting the initiatives on the cycle as top-level ones of their pillar', () => {
		const built = buildRollups(
			content(
				[
					initiative('a', { parent: 'b', indicators: ['x'] }),
					initiative('b', { parent: 'a', indicators: ['y'] }),
					initiative('self', { parent: 'self', indicators: ['x'] }),
					initiative('hanging', { parent: 'a', indicators: ['y'] }),
				],
				[indicator('x', 1, 1), indicator('y', 0, 1)],
			),
		);
		expect(built.initiatives.get('a')!.items.map((part) => part.slug)).toEqual(['x', 'hanging']);
		expect(built.initiatives.get('b')!.items.map((part) => part.slug)).toEqual(['y']);
		expect(built.initiatives.get('self')!.items.map((part) => part.slug)).toEqual(['x']);
		expect(built.pillars.get('p')!.items.map((part) => part.slug)).toEqual(['a', 'b', 'self']);
	});
});

describe('listWeights', () => {
	it('lists only the weights that differ from 1, with the roll-ups they count in', () => {
		const weights = listWeights(
			content(
				[
					initiative('top', { indicators: ['x', 'y'], weight: 2 }),
					initiative('child', { parent: 'top', indicators: ['x'], weight: 1 }),
					initiative('away', { pillar: 'q', parent: 'top', weight: 0.5 }),
				],
				[indicator('x', 0.5, 0.5, { weight: 4 }), indicator('y', 0.5, 0.5)],
				[
					{ slug: 'p', title: '安业安居' },
					{ slug: 'q', title: '安逸安居' },
				],
			),
		);
		expect(weights).toEqual([
			{
				kind: 'indicator',
				slug: 'x',
				title: '指标x',
				weight: 4,
				within: [
					{ kind: 'initiative', slug: 'top', title: '举措top' },
					{ kind: 'initiative', slug: 'child', title: '举措child' },
				],
			},
			{ kind: 'initiative', slug: 'top', title: '举措top', weight: 2, within: [{ kind: 'pillar', slug: 'p', title: '安业安居' }] },
			{
				kind: 'initiative',
				slug: 'away',
				title: '举措away',
				weight: 0.5,
				within: [
					{ kind: 'initiative', slug: 'top', title: '举措top' },
					{ kind: 'pillar', slug: 'q', title: '安逸安居' },
				],
			},
		]);
	});

	it('is empty when every weight is the default', () => {
		expect(listWeights(content([initiative('a', { indicators: ['x'] })], [indicator('x', 0.5, 0.5)]))).toEqual([]);
	});
});
