/** The change lines of one revision (src/history/describe-revision.ts): field by field, in Chinese, with the model's labels. */
import { describe, expect, it } from 'vitest';
import { describeRevision, QUOTE_LENGTH, type Version } from '../../src/history/describe-revision.ts';

const initiative = {
	title: '琼江生态走廊建设',
	status: 'on_track',
	status_as_of: '2026-09-30',
	lead_unit: 'zhufang-chengxiang-jianshe-ju',
	partner_units: ['caizheng-ju'],
	milestones: [{ title: '完成可研批复', planned: '2026-06', done: false }],
	sample: true,
};
const indicator = {
	title: '绿道建成里程',
	unit: '公里',
	source: { publisher: '区统计局' },
	target: { period: '2027', value: 50 },
	series: [
		{ period: '2024', value: 30 },
		{ period: '2025', value: 39.5 },
	],
	sample: true,
};

const version = (data: Record<string, unknown>, body?: string): Version => ({ data, ...(body === undefined ? {} : { body }) });
const lines = (
	collection: Parameters<typeof describeRevision>[0],
	before: Record<string, unknown>,
	after: Record<string, unknown>,
	bodies: [string?, string?] = [],
) => describeRevision(collection, version(before, bodies[0]), version(after, bodies[1])).lines;

describe('describeRevision', () => {
	it('writes a status change with the public labels, and a reason added, changed and removed', () => {
		const delayed = { ...initiative, status: 'delayed', status_reason: '征地拆迁进度慢于预期。', status_as_of: '2026-11-30' };
		expect(lines('initiatives', initiative, delayed)).toEqual([
			'推进状态：按计划推进 → 进度滞后',
			'状态原因：新增“征地拆迁进度慢于预期。”',
			'状态截至日期：2026年9月30日 → 2026年11月30日',
		]);
		expect(lines('initiatives', delayed, { ...delayed, status_reason: '二期征地已完成。' })).toEqual(['状态原因：改为“二期征地已完成。”']);
		expect(lines('initiatives', delayed, { ...delayed, status_reason: undefined })).toEqual(['状态原因：删除']);
	});

	it('writes a revised value, a new period and a removed period of a series by period', () => {
		const revised = {
			...indicator,
			series: [
				{ period: '2024', value: 30 },
				{ period: '2025', value: 39.8 },
				{ period: '2026', value: 45.3 },
			],
		};
		expect(lines('indicators', indicator, revised)).toEqual(['2025年数值：39.5 → 39.8', '新增2026年数值：45.3']);
		expect(lines('indicators', revised, { ...revised, series: revised.series.slice(0, 2) })).toEqual(['删除2026年数值']);
		// Every digit counts: a revision in the fourth decimal or of a large figure is never rounded away.
		expect(
			lines('indicators', indicator, {
				...indicator,
				series: [
					{ period: '2024', value: 123456 },
					{ period: '2025', value: 39.5001 },
				],
			}),
		).toEqual(['2024年数值：30 → 123456', '2025年数值：39.5 → 39.5001']);
	});

	it('names the sub-fields of objects and the items of lists', () => {
		expect(
			lines('indicators', indicator, { ...indicator, target: { period: '2027', value: 60 }, source: { publisher: '区统计局', title: '《统计年鉴》' } }),
		).toEqual(['目标（目标值）：50 → 60', '数据来源（资料名称）：新增“《统计年鉴》”']);
		expect(lines('indicators', { ...indicator, target: undefined }, indicator)).toEqual(['目标：新增“2027年 50”']);
		expect(lines('initiatives', initiative, { ...initiative, partner_units: ['caizheng-ju', 'shuili-ju'] })).toEqual(['配合单位：新增“shuili-ju”']);
		expect(lines('initiatives', initiative, { ...initiative, partner_units: undefined })).toEqual(['配合单位：删除']);
		const done = {
			...initiative,
			milestones: [
				{ title: '完成可研批复', planned: '2026-06', done: true, actual: '2026-06-12' },
				{ title: '开工建设', planned: '2026-10', done: false },
			],
		};
		expect(lines('initiatives', initiative, done)).toEqual([
			'里程碑“完成可研批复”实际完成日期：新增“2026年6月12日”',
			'里程碑“完成可研批复”已完成：否 → 是',
			'新增里程碑“开工建设”',
		]);
		expect(lines('initiatives', initiative, { ...initiative, sample: false })).toEqual(['示例数据：是 → 否']);
	});

	it('says 正文修改 for a body-only change, and adds it after the fields when both changed', () => {
		expect(lines('initiatives', initiative, initiative, ['旧的正文。\n', '新的正文。\n'])).toEqual(['正文修改']);
		expect(lines('initiatives', initiative, { ...initiative, lead_unit: 'fazhan-gaige-ju' }, ['旧', '新'])).toEqual([
			'牵头单位：zhufang-chengxiang-jianshe-ju → fazhan-gaige-ju',
			'正文修改',
		]);
		expect(lines('initiatives', initiative, initiative, ['正文。\n', '正文。\n\n'])).toEqual(['格式调整，内容未变']);
	});

	it('names referenced entries by their current names, so a reference respelt for the same entry is no change', () => {
		const units: Record<string, string> = { 'zhufang-chengxiang-jianshe-ju': '区住房和城乡建设局', 'caizheng-ju': '区财政局', 'shuili-ju': '区水利局' };
		const names = (collection: string, slug: string) => (collection === 'units' ? units[slug] : undefined);
		const described = (after: Record<string, unknown>, before: Record<string, unknown> = initiative) =>
			describeRevision('initiatives', version(before), version(after), names).lines;
		expect(described({ ...initiative, lead_unit: 'shuili-ju', partner_units: ['caizheng-ju', 'zhufang-chengxiang-jianshe-ju'] })).toEqual([
			'牵头单位：区住房和城乡建设局 → 区水利局',
			'配合单位：新增“区住房和城乡建设局”',
		]);
		// The names written before units were entries of their own, then the same units by file name.
		const byName = { ...initiative, lead_unit: '区住房和城乡建设局', partner_units: ['区财政局'] };
		expect(described(initiative, byName)).toEqual(['格式调整，内容未变']);
		// A reference to an entry that no longer exists is written as it is.
		expect(described({ ...initiative, lead_unit: 'chexiao-ju' })).toEqual(['牵头单位：区住房和城乡建设局 → chexiao-ju']);
	});

	it('says 首次发布 for a new file, 删除 for a deleted one, and never fails on a version it cannot parse', () => {
		expect(describeRevision('initiatives', undefined, version(initiative)).lines).toEqual(['首次发布']);
		expect(describeRevision('initiatives', version(initiative), undefined).lines).toEqual(['删除']);
		expect(describeRevision('initiatives', 'unparseable', version(initiative)).lines).toEqual(['内容修改（该版本无法解析）']);
	});

	it('names a field the model does not know by its key, and writes a value of an unexpected type as it is', () => {
		expect(lines('initiatives', { ...initiative, owner: '张三' }, initiative)).toEqual(['owner：删除']);
		expect(lines('initiatives', { ...initiative, status: 3 }, initiative)).toEqual(['推进状态：改为“按计划推进”']);
		expect(lines('indicators', { ...indicator, series: 'none' }, indicator)).toEqual(['各期数值：改为“2024年 30、2025年 39.5”']);
	});

	it('cuts long text to one line of QUOTE_LENGTH characters', () => {
		const long = `第一行\n${'很'.repeat(200)}`;
		const [line = ''] = lines('initiatives', initiative, { ...initiative, status_reason: long });
		expect(line).toBe(`状态原因：新增“第一行 ${'很'.repeat(QUOTE_LENGTH - 4)}…”`);
	});
});
