/**
 * tests/fixtures/content-broken and helpers.ts's MORE_BROKEN: one broken file per rule, laid
 * over a copy of the valid fixture. Each file must produce exactly its rule's message, at its
 * line, column and field.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/validation/check-content.ts';
import type { Problem } from '../../src/validation/problem.ts';
import { expectMessage, makeBrokenContent, removeContent, TODAY } from './helpers.ts';

/** `warning content/updates/x.md:10:11 [punctuation]`, with the field when there is one. */
const placed = (problem: Problem) =>
	`${problem.severity} ${problem.file}:${problem.line ?? '-'}:${problem.column ?? '-'}${problem.field ? ` ${problem.field}` : ''} [${problem.rule}]`;

/** Each broken file: the problems it must produce (placed, in line and column order) and words each message must contain. */
const EXPECTED: Record<string, [string, string[]][]> = {
	'updates/rule-punctuation.md': [['warning :10:11 [punctuation]', ['中文里的半角标点“,”应改为全角“，”', '（use full-width punctuation in Chinese text）']]],
	'updates/rule-full-width-alphanumeric.md': [['warning :2:18 title [full-width-alphanumeric]', ['全角数字或字母“４５”应改为半角“45”']]],
	'updates/rule-abbreviated-year.md': [['warning :8:14 [abbreviated-year]', ['年份“26年”不能省略', '“2026年”']]],
	'updates/rule-unbalanced-pair.md': [['warning :2:10 title [unbalanced-pair]', ['左侧的 《 后面缺少与之配对的 》']]],
	'updates/rule-traditional-chinese.md': [['warning :8:8 [traditional-chinese]', ['繁体字“進”混在简体文字中，应为“进”']]],
	'updates/rule-mojibake.md': [['error :8:16 [mojibake]', ['出现乱码“��”']]],
	'updates/rule-term.md': [['error :2:8 title [term]', ['“对标竟进”是错误表述，应为“对标竞进”', '依据：市委“对标竞进、比学赶超、提质晋位”活动']]],
	'updates/rule-broken-link.md': [
		[
			'error :8:3 [broken-link]',
			['站内链接“../../initiatives/qiongjiang-shengtai-zoulan/”指向的页面不存在', '是否应为“../../initiatives/qiongjiang-shengtai-zoulang/”'],
		],
	],
	'updates/rule-placeholder.md': [['error :4:1 summary [placeholder]', ['仍是占位内容“待填写：一两句话的摘要”，发布前须填写']]],
	'updates/rule-date.md': [['error :3:1 date [format]', ['应为真实存在的日期', '"2026-09-31"']]],
	'updates/rule-raw-html.md': [['error :10:1 [raw-html]', ['正文中不允许使用 <iframe> 标签']]],
	'updates/rule-unsafe-attribute.md': [['error :10:1 [unsafe-attribute]', ['正文中不允许使用 onclick 事件属性']]],
	'updates/rule-unsafe-url.md': [['error :10:3 [unsafe-url]', ['链接地址“javascript:alert(1)”不安全']]],
	'updates/rule-external-image.md': [['error :10:1 [external-image]', ['不是本网站的图片', '请把图片下载后放到 public/images/ 文件夹']]],
	'updates/rule-mdx-esm.mdx': [['error :10:1 [mdx-esm]', ['正文中不能写 import 或 export 语句']]],
	'updates/rule-mdx-expression.mdx': [['error :10:5 [mdx-expression]', ['正文中不能写 {…} 代码表达式']]],
	'updates/rule-mdx-component.mdx': [['error :10:1 [mdx-component]', ['不认识组件 <Video>']]],
	'updates/rule-mdx-props.mdx': [['error :10:1 [mdx-props]', ['不支持属性 indicater，是否应为 indicator？']]],
	'updates/rule-body-reference.mdx': [
		['error :10:1 [body-reference]', ['<Chart> 的指标“qiongjiang-lvdao-lichen”不存在', '是否应为“qiongjiang-lvdao-licheng”？']],
	],
	'updates/rule-yaml-syntax.md': [
		[
			'error :5:5 [yaml-syntax]',
			['YAML 格式错误：值里含有半角冒号加空格（“: ”），YAML 会把它当成新的字段', '（YAML syntax error: Nested mappings are not allowed in compact mappings）'],
		],
	],
	'initiatives/rule-stale-status.md': [['warning :6:1 status_as_of [stale-status]', [`状态截至 2026-05-31，到生成日期 ${TODAY} 已 173 天（超过 90 天）`]]],
	'initiatives/rule-reason-required.md': [['error :5:1 status_reason [reason-required]', ['状态为 delayed 时必须填写原因']]],
	'initiatives/rule-reference.md': [['error :3:1 pillar [reference]', ['找不到方面 "anyi-anjv"', '是否应为 "anyi-anju"？']]],
	'updates/rule-paste-artefact.md': [
		['warning :8:1 [paste-artefact]', ['行首的全角空格是 Word 或 WPS 的首行缩进']],
		['warning :8:21 [paste-artefact]', ['中文里的直引号 "家门口的好去处" 应改为中文引号“家门口的好去处”']],
	],
	'initiatives/rule-overdue-milestone.md': [
		['warning :16:5 milestones[1].planned [overdue-milestone]', [`里程碑“全线开工”（举措：琼江绿道四期）计划2026年9月完成，到生成日期 ${TODAY} 仍未完成`]],
	],
	'initiatives/rule-reference-unit.md': [
		[
			'error :7:1 lead_unit [reference]',
			['找不到责任单位 "区住房和城乡建设局"', '“区住房和城乡建设局”是名称，这里应写它的文件名 "zhufang-chengxiang-jianshe-ju"'],
		],
		['error :9:5 partner_units[0] [reference]', ['找不到责任单位 "shuili-jv"', '是否应为 "shuili-ju"？']],
	],
	'indicators/rule-value-type.yaml': [['error :15:5 series[1].value [value-type]', ['应为数字，实为 "6公里"，数值中不能带单位或汉字']]],
	'indicators/rule-unknown-field.yaml': [
		['error :1:1 series [required]', ['缺少必填字段']],
		['error :11:1 seires [unknown-field]', ['未知字段 "seires"，是否应为 "series"？']],
	],
	'updates/Rule-File-Name.md': [['error :-:- [file-name]', ['文件名只能使用小写英文字母、数字和连字符', '可改为 rule-file-name.md']]],
	'updates/rule-file-type.docx': [['warning :-:- [file-type]', ['此文件不会被读取：updates 只接受 .md、.mdx 文件']]],
	'updates/rule-empty-file.md': [['error :-:- [empty-file]', ['文件为空']]],
	'updates/rule-front-matter.md': [['error :1:- [front-matter]', ['文件开头缺少以 --- 包围的字段区']]],
	'updates/rule-duplicate-slug.md': [['error :-:- [duplicate-slug]', ['与 content/updates/rule-duplicate-slug.mdx 使用了相同的文件名（标识）']]],
	'updates/rule-duplicate-slug.mdx': [['error :-:- [duplicate-slug]', ['与 content/updates/rule-duplicate-slug.md 使用了相同的文件名（标识）']]],
	'updates/rule-mdx-syntax.mdx': [['error :11:- [mdx-syntax]', ['MDX 语法错误：Expected a closing tag for `<Callout>`']]],
	'initiatives/rule-type.md': [['error :9:1 partner_units [type]', ['应为列表（每项以 - 开头），实为 "shuili-ju"']]],
	'initiatives/rule-parent-cycle.md': [['error :4:1 parent [parent-cycle]', ['举措不能是自己的上级：rule-parent-cycle → rule-parent-cycle']]],
	'initiatives/rule-status-vs-indicators.md': [
		[
			'warning :6:- status [status-vs-indicators]',
			['状态为“进度滞后”，但其全部指标评估为“超序时进度”或“达到序时进度”：琼江生态走廊建成里程（qiongjiang-lvdao-licheng）达到序时进度'],
		],
	],
	'indicators/rule-enum.yaml': [['error :7:1 direction [enum]', ['应为以下之一：increase | decrease，实为 "up"']]],
	'indicators/rule-range.yaml': [['error :4:1 decimals [range]', ['应不大于 6，实为 8']]],
	'benchmarks/rule-unverified-figure.yaml': [
		['error :29:11 comparisons[0].series[0].source.trust [unverified-figure]', ['待核实（第三方转载）的数字只能作示例数据，请把 sample 改为 true']],
	],
	'site.yaml': [['error :19:5 key_indicators[3] [reference]', ['找不到指标 "qiongjiang-lvdao-lichen"', '是否应为 "qiongjiang-lvdao-licheng"？']]],
	'benchmarks/rule-reference-comparison.yaml': [
		['error :22:5 comparisons[0].indicator [reference]', ['找不到指标 "qiongjiang-lvdao-lichen"', '是否应为 "qiongjiang-lvdao-licheng"？']],
	],
	'benchmarks/rule-comparison-unit.yaml': [
		[
			'error :21:5 comparisons[0].unit [comparison-unit]',
			['单位“万元”与安居区指标“工业园区营业收入”（gongye-yuanqu-yingye-shouru）的单位“亿元”不同', '请填写换算系数 conversion.factor'],
		],
	],
	'benchmarks/rule-comparison-period.yaml': [
		[
			'error :30:9 comparisons[0].series[1].period [comparison-period]',
			['安居区指标“琼江生态走廊建成里程”（qiongjiang-lvdao-licheng）的频率为 annual，统计期应写作 2024 的形式，实为 "2024-Q2"'],
		],
	],
	'benchmarks/rule-comparison-direction.yaml': [
		[
			'error :23:5 comparisons[0].direction [comparison-direction]',
			['变化方向为 decrease（越低越好），与安居区指标“琼江生态走廊建成里程”（qiongjiang-lvdao-licheng）的 increase（越高越好）相反'],
		],
	],
};

let root: string;
let problems: Problem[];

beforeAll(async () => {
	const { root: made, contentDir } = await makeBrokenContent();
	root = made;
	({ problems } = await checkContent(contentDir, root, { today: TODAY }));
});
afterAll(async () => {
	await removeContent(root);
});

describe('one broken file per rule', () => {
	it.each(Object.entries(EXPECTED))('%s gives exactly its rule’s message at its line, column and field', (relative, expected) => {
		const file = `content/${relative}`;
		const found = problems
			.filter((problem) => problem.file === file)
			.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0) || (a.message < b.message ? -1 : 1));
		expect(found.map(placed)).toEqual(expected.map(([brief]) => brief.replace(/^(\w+) :/, `$1 ${file}:`)));
		expected.forEach(([, parts], index) => expectMessage(found[index] as Problem, ...parts));
	});

	it('has a broken file for every file in the folder, and nothing else goes wrong', () => {
		expect(new Set(problems.map((problem) => problem.file.replace(/^content\//, '')))).toEqual(new Set(Object.keys(EXPECTED)));
	});
});
