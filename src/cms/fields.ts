/**
 * What the web editor (/admin/) says about each collection and field: Chinese labels and
 * hints for staff. The widgets themselves come from the zod schemas (src/cms/config.ts);
 * the generator refuses a schema field without an entry here, and an entry here without
 * a schema field, so the two cannot drift apart.
 */
import { BENCHMARK_AREAS } from '../schemas/benchmark.ts';
import type { CollectionName } from '../schemas/index.ts';
import { STATUSES_NEEDING_REASON } from '../schemas/initiative.ts';
import { DIRECTION_LABELS, FREQUENCY_LABELS, MEASURE_LABELS, OBSERVATION_STATUS_LABELS } from '../utils/indicator-labels.ts';
import { STATUS_INFO, STATUS_ORDER } from '../utils/status.ts';
import { COLLECTION_WORDS } from '../vocabulary.ts';

export interface FieldText {
	/** Label shown above the field. */
	label: string;
	/** One line of help below it. */
	hint?: string;
	/** For a list: what one item is called (the “新增…” button). */
	singular?: string;
	/** A multi-line text box instead of a one-line input. */
	long?: true;
	/** For a reference (a slug): the collection it points into. */
	relation?: CollectionName;
	/** For a choice: the Chinese label of every allowed value. */
	options?: Readonly<Record<string, string>>;
	/** A format the schema checks in code (a refinement), repeated for the editor: pattern and message. */
	pattern?: readonly [string, string];
	/** For a list of objects: how a collapsed item is summarised, e.g. `{{fields.title}}`. */
	summary?: string;
	/** For an object or a list of objects: its fields. */
	fields?: Readonly<Record<string, FieldText>>;
}

export interface CollectionText {
	label: string;
	singular: string;
	description: string;
	/** Text for the Markdown body, for collections whose files have one. */
	body?: FieldText;
	/** Whether staff may add and delete entries (the four pillars are fixed by the plan). */
	create: boolean;
	fields: Readonly<Record<string, FieldText>>;
}

const MONTH_HINT = '在日历中选择该月任意一天即可，只保存年和月。';

/** Matches the three ways a period is written (see utils/period.ts). */
const PERIOD_PATTERN = ['^\\d{4}(-Q[1-4]|-(0[1-9]|1[0-2]))?$', '统计期应写作 2024、2024-Q3 或 2024-07'] as const;
const PERIOD_HINT = '年度写 2024，季度写 2024-Q3，月度写 2024-07，须与“发布频率”一致。';

const NEEDS_REASON = STATUSES_NEEDING_REASON.map((code) => `“${STATUS_INFO[code].label}”`).join('');

const sample = (what: string): FieldText => ({
	label: '示例数据',
	hint: `勾选表示${what}只是示例，网站会标注“示例数据”；换成正式数据后取消勾选。`,
});

const slugList = (label: string, singular: string, relation: CollectionName, hint: string): FieldText => ({ label, singular, relation, hint });

export const COLLECTION_TEXT: Readonly<Record<CollectionName, CollectionText>> = {
	pillars: {
		label: COLLECTION_WORDS.pillars.plural,
		singular: COLLECTION_WORDS.pillars.singular,
		description: '“安业安居、安逸安居、安心安居、竞进安居”四个方面。共四项，由规划确定，只能修改、不能新增或删除。',
		create: false,
		body: { label: '正文', hint: '对标体会、差距与方向、下一步要求。用“二级标题”分节。' },
		fields: {
			title: { label: '名称', hint: '如“安业安居”。' },
			motto: { label: '始终语', hint: '如“始终专注发展定力”。' },
			goal: { label: '目标', hint: '如“在对标竞进中保持‘安业安居’领跑态势”。' },
			order: { label: '排列顺序', hint: '在菜单和首页中的位置，从 1 开始。' },
			summary: { label: '摘要', long: true, hint: '一两句话，显示在列表中，也用作网页描述。' },
		},
	},
	initiatives: {
		label: COLLECTION_WORDS.initiatives.plural,
		singular: COLLECTION_WORDS.initiatives.singular,
		description: '每项举措的推进状态、牵头单位、期限和里程碑。修改状态时，请同时更新“状态截至日期”和“最近更新日期”。',
		create: true,
		body: { label: '正文', hint: '写规划要求、进展、下一步和困难，用“二级标题”分节。' },
		fields: {
			title: { label: '举措名称', hint: '与规划文件一致的全称，如“琼江生态走廊建设”。' },
			short_title: { label: '简称', hint: '用于列表和导航，可不填。' },
			pillar: { label: '所属方面', relation: 'pillars', hint: '属于“四个始终”中的哪一个方面。' },
			parent: { label: '上级举措', relation: 'initiatives', hint: '是某项较大举措的组成部分时选择该举措，否则留空。' },
			summary: { label: '摘要', long: true, hint: '一两句话概括，不超过 140 个字，显示在列表中。' },
			status: {
				label: '推进状态',
				options: Object.fromEntries(STATUS_ORDER.map((code) => [code, STATUS_INFO[code].label])),
				hint: `选择最符合实际的状态。状态为${NEEDS_REASON}时，必须填写“状态原因”。`,
			},
			status_reason: {
				label: '状态原因',
				long: true,
				hint: `状态为${NEEDS_REASON}或填写了“调整后完成时间”时必填，将在网站上公开。`,
			},
			status_as_of: { label: '状态截至日期', hint: '状态所反映情况的截止日期，网站显示为“数据截至”。' },
			lead_unit: { label: '牵头单位', hint: '填写单位全称，不写个人姓名。' },
			partner_units: { label: '配合单位', singular: '配合单位', hint: '每个单位一项，填写全称。' },
			start: { label: '开始时间', hint: MONTH_HINT },
			due: { label: '计划完成时间', hint: MONTH_HINT },
			revised_due: { label: '调整后完成时间', hint: `计划调整后新的完成月份；填写后必须说明状态原因。${MONTH_HINT}` },
			location: { label: '实施地点', hint: '如“常理镇”，可不填。' },
			indicators: slugList('相关指标', '指标', 'indicators', '衡量这项举措进展的指标，可选多个。'),
			milestones: {
				label: '里程碑',
				singular: '里程碑',
				summary: '{{fields.planned}} {{fields.title}}',
				hint: '计划步骤，按时间先后排列，网站显示为时间线。',
				fields: {
					title: { label: '事项', hint: '要达成的事项，如“完成可研批复”。' },
					planned: { label: '计划时间', hint: MONTH_HINT },
					actual: { label: '实际完成日期', hint: '完成后填写，同时勾选“已完成”。' },
					done: { label: '已完成', hint: '达成后勾选。' },
				},
			},
			commitment_source: {
				label: '承诺来源',
				hint: '提出这项工作的文件。',
				fields: {
					title: { label: '文件名称', hint: '带书名号，如《……》。' },
					date: { label: '文件日期', hint: '文件印发日期，可不填。' },
					url: { label: '文件网址', hint: '以 http:// 或 https:// 开头，可不填。' },
				},
			},
			published: { label: '首次发布日期', hint: '第一次在网站上公开的日期，之后不再修改。' },
			updated: { label: '最近更新日期', hint: '每次修改内容时改为当天。' },
			tags: { label: '关键词', singular: '关键词', hint: '每个关键词一项，可不填。' },
			sample: sample('状态和数字'),
		},
	},
	indicators: {
		label: COLLECTION_WORDS.indicators.plural,
		singular: COLLECTION_WORDS.indicators.singular,
		description: '指标的口径、单位、目标和各期数值。新的一期数值加在“各期数值”末尾，并更新“数据更新日期”。',
		create: true,
		fields: {
			title: { label: '指标名称', hint: '如“琼江生态走廊绿道建成里程”。' },
			definition: { label: '统计口径', long: true, hint: '准确说明统计什么、怎么统计。' },
			unit: { label: '计量单位', hint: '如 公里、亿元、%。数值中不要再写单位。' },
			decimals: { label: '显示小数位数', hint: '0 到 6，可不填。' },
			measure: { label: '统计方式', options: MEASURE_LABELS, hint: '累计值、当期值、时点值或比率，按统计部门口径选择。' },
			frequency: { label: '发布频率', options: FREQUENCY_LABELS, hint: '多久公布一次数值；决定统计期的写法。' },
			direction: { label: '变化方向', options: DIRECTION_LABELS, hint: '数值越高越好，还是越低越好。' },
			chart: { label: '图表类型', options: { line: '折线图', bar: '柱状图' }, hint: '可不填，默认折线图。' },
			baseline: {
				label: '基期',
				hint: '衡量进展的起点，可不填。',
				fields: {
					period: { label: '统计期', pattern: PERIOD_PATTERN, hint: PERIOD_HINT },
					value: { label: '数值', hint: '只填数字，不带单位或汉字。' },
				},
			},
			target: {
				label: '目标',
				hint: '没有设定目标时留空，网站显示“无目标”。',
				fields: {
					period: { label: '目标期', pattern: PERIOD_PATTERN, hint: PERIOD_HINT },
					value: { label: '目标值', hint: '只填数字，不带单位或汉字。' },
				},
			},
			source: {
				label: '数据来源',
				hint: '数据由谁发布、出自哪里。',
				fields: {
					publisher: { label: '发布单位', hint: '如“区统计局”。' },
					title: { label: '资料名称', hint: '可不填。' },
					url: { label: '网址', hint: '以 http:// 或 https:// 开头，可不填。' },
				},
			},
			sample: sample('数值'),
			updated: { label: '数据更新日期', hint: '每次增加或修改数值时改为当天。' },
			next_update: { label: '下次更新时间', hint: MONTH_HINT },
			notes: { label: '说明', long: true, hint: '读者需要了解的数据情况，可不填。' },
			series: {
				label: '各期数值',
				singular: '一期数值',
				summary: '{{fields.period}}：{{fields.value}}',
				hint: '按时间先后排列，最早的在前。',
				fields: {
					period: { label: '统计期', pattern: PERIOD_PATTERN, hint: PERIOD_HINT },
					value: { label: '数值', hint: '只填数字，不带单位或汉字。' },
					status: { label: '数据状态', options: OBSERVATION_STATUS_LABELS, hint: '可不填。' },
					note: { label: '备注', hint: '如修订原因，可不填。' },
				},
			},
		},
	},
	benchmarks: {
		label: COLLECTION_WORDS.benchmarks.plural,
		singular: COLLECTION_WORDS.benchmarks.singular,
		description: '对标地区的原文数据及出处。数字按原文填写，不换算单位。',
		create: true,
		fields: {
			name: { label: '地区名称', hint: '如“绵阳市游仙区”。' },
			province: { label: '所属省（市）', hint: '如“四川省”。' },
			group: { label: '对标类别', options: { overall: '比拼综合实力', specialty: '较量优势特色' }, hint: '对应“2+3+N”中的“2”（综合实力）或“3”（优势特色）。' },
			areas: { label: '对标领域', options: Object.fromEntries(BENCHMARK_AREAS.map((area) => [area, area])), hint: '可选多个。' },
			highlights: {
				label: '亮点数据',
				singular: '亮点',
				summary: '{{fields.label}}',
				hint: '每条须有“数值”或“文字说明”之一。',
				fields: {
					label: { label: '项目', hint: '如“游仙高新区主营业务收入”。' },
					value: { label: '数值', hint: '按原文填写，可不填。' },
					unit: { label: '单位', hint: '按原文填写，如 亿元。' },
					year: { label: '年份', hint: '数据所属年份，可不填。' },
					text: { label: '文字说明', long: true, hint: '没有数字的成绩，或“近”“超过”等限定语。' },
				},
			},
			lesson: { label: '对标启示', long: true, hint: '安居从中学习借鉴什么。' },
			source: {
				label: '出处',
				hint: '数据引自哪篇文献。',
				fields: {
					title: { label: '文献名称', hint: '带书名号。' },
					author: { label: '作者', hint: '可不填。' },
				},
			},
		},
	},
	updates: {
		label: COLLECTION_WORDS.updates.plural,
		singular: COLLECTION_WORDS.updates.singular,
		description: '有日期的进展消息。网站须定期更新，首页两周未更新会被判为不合格。',
		create: true,
		body: { label: '正文', hint: '消息全文。' },
		fields: {
			title: { label: '标题', hint: '简明说明发生了什么。' },
			date: { label: '发布日期', hint: '网站上显示的发布日期；首页按它判断是否及时更新。' },
			initiatives: slugList('相关举措', '举措', 'initiatives', '这条动态报道的举措，可选多个。'),
			summary: { label: '摘要', long: true, hint: '一两句话，显示在列表和订阅中。' },
			sample: sample('内容'),
		},
	},
};

/** content/site.yaml: one file, edited as the “网站设置” collection. */
export const SITE_TEXT: CollectionText = {
	label: '网站设置',
	singular: '网站信息',
	description: '网站名称、网址、主办和承办单位、联系方式及备案信息，显示在每个页面的页脚。以“待填写”开头的内容上线前必须填写。',
	create: false,
	fields: {
		title: { label: '网站名称', hint: '显示在每个页面顶部和浏览器标签上。' },
		description: { label: '网站简介', long: true, hint: '一句话说明网站内容，用作首页描述。' },
		url: { label: '网站网址', hint: '完整网址，以 / 结尾，如 https://www.example.gov.cn/ztzl/dbjj/。修改后须重新生成网站。' },
		host_org: { label: '主办单位', hint: '对网站负责的单位全称，显示在页脚。' },
		operator_org: { label: '承办单位', hint: '负责日常运行维护的单位全称，显示在页脚。' },
		contact: {
			label: '联系方式',
			hint: '显示在页脚，供群众联系网站。',
			fields: {
				phone: { label: '联系电话', hint: '如“0825-1234567”。' },
				email: { label: '联系邮箱', hint: '单位公共邮箱，不用个人邮箱。' },
				address: { label: '联系地址', hint: '单位地址及邮编。' },
			},
		},
		site_code: { label: '政府网站标识码', hint: '开办审批后下发的标识码，显示在页脚。' },
		icp: { label: 'ICP备案号', hint: '如“蜀ICP备……号”。' },
		police_record: { label: '公安机关备案号', hint: '如“川公网安备……号”。' },
		campaign_start: { label: '计划起始年份', hint: '对标竞进工作开始的年份，阶段时间线从这一年算起。' },
		update_cycle_days: { label: '更新周期（天）', hint: '承诺多少天内更新一次；政府网站检查要求不超过 14 天。' },
	},
};
