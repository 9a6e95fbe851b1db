/** An initiative (举措): `content/initiatives/<slug>.md|mdx`. Its body is the narrative. */
// First: utils/status.ts, imported below, reads the codes from this module while it loads (see initiative-status.ts).
export { INITIATIVE_STATUSES, STATUSES_NEEDING_REASON, type InitiativeStatus } from './initiative-status.ts';
import { INITIATIVE_STATUSES, STATUSES_NEEDING_REASON } from './initiative-status.ts';
import { z } from 'astro/zod';
import { STATUS_INFO, STATUS_ORDER } from '../utils/status.ts';
import { isoDate, MONTH_HINT, reference, text, textUpTo, url, yearMonth } from './common.ts';
import { field } from './field-meta.ts';
import { addOwnIssue } from './own-issue.ts';
import { sampleField } from './sample.ts';
import { weightField } from './weight.ts';

/**
 * The statuses that need a reason, by their public labels. A function, and the status field's text
 * getters, because utils/status.ts imports this module: its labels are read when the metadata is.
 */
const needingReason = () => STATUSES_NEEDING_REASON.map((code) => `“${STATUS_INFO[code].label}”`).join('');

const milestoneSchema = z
	.strictObject({
		/** What is to be achieved, e.g. 完成可研批复. */
		title: field(text, { label: '事项', hint: '要达成的事项，如“完成可研批复”。' }),
		/** Planned month, YYYY-MM. */
		planned: field(yearMonth, { label: '计划时间', hint: MONTH_HINT, written: '计划年月，`"YYYY-MM"`（加引号）' }),
		/** Actual completion date, YYYY-MM-DD; only once done. */
		actual: field(isoDate.optional(), {
			label: '实际完成日期',
			hint: '完成后填写，同时勾选“已完成”。',
			written: '实际完成日期，`YYYY-MM-DD`，完成后填写，同时把 `done` 改为 `true`',
		}),
		/** Whether the milestone has been reached. */
		done: field(z.boolean(), { label: '已完成', hint: '达成后勾选。', written: '已完成：`true` 或 `false`' }),
	})
	.superRefine(
		(milestone, ctx) => {
			// Runs even when the item has other problems (`when`), so it may not be an object at all.
			if (milestone?.actual !== undefined && milestone.done !== true) {
				addOwnIssue(ctx, {
					path: ['actual'],
					rule: 'format',
					message: '填写了实际完成日期，但 done 不是 true（a milestone with an actual date must be done: true）',
				});
			}
		},
		{ when: () => true },
	);

export const initiativeSchema = z
	.strictObject({
		/** Full name as in the plan, e.g. 琼江生态走廊建设. */
		title: field(text, { label: '举措名称', hint: '与规划文件一致的全称，如“琼江生态走廊建设”。', written: '举措全称，与规划文件一致，如“琼江生态走廊建设”' }),
		/** Shorter name for lists and breadcrumbs. */
		short_title: field(text.optional(), { label: '简称', hint: '用于列表和导航，可不填。' }),
		/** Slug of the pillar it belongs to. */
		pillar: field(reference('pillars'), {
			label: '所属方面',
			hint: '属于“四个始终”中的哪一个方面。',
			written: '所属方面的文件名：`anye-anju`（安业安居）、`anyi-anju`（安逸安居）、`anxin-anju`（安心安居）、`jingjin-anju`（竞进安居）',
		}),
		/** Slug of a larger initiative this one is part of. */
		parent: field(reference('initiatives').optional(), {
			label: '上级举措',
			hint: '是某项较大举措的组成部分时选择该举措，否则留空。',
			written: '上级举措的文件名，本举措是某项大举措的一部分时填写',
		}),
		/** Plain-language summary for lists, at most 140 characters. */
		summary: field(textUpTo(140, '摘要不超过 140 个字符（expected at most 140 characters）'), {
			label: '摘要',
			long: true,
			hint: '一两句话概括，不超过 140 个字，显示在列表中。',
			written: '一两句话的通俗摘要，不超过 140 个字',
		}),
		/** Current status; see `utils/status.ts` for what each means. */
		status: field(z.enum(INITIATIVE_STATUSES), {
			label: '推进状态',
			get choices() {
				return Object.fromEntries(STATUS_ORDER.map((code) => [code, STATUS_INFO[code].label]));
			},
			get hint() {
				return `选择最符合实际的状态。状态为${needingReason()}时，必须填写“状态原因”。`;
			},
			written: '状态代码，含义见编辑指南第四节',
		}),
		/** Why: required for at_risk, delayed, completed_modified, discontinued, and with revised_due. */
		status_reason: field(text.optional(), {
			label: '状态原因',
			long: true,
			get hint() {
				return `状态为${needingReason()}或填写了“调整后完成时间”时必填，将在网站上公开。`;
			},
			written: '状态原因；哪些情况必须填写见编辑指南第四节',
			requiredWhen: '视情况',
		}),
		/** The date the status reflects (数据截至). */
		status_as_of: field(isoDate, {
			label: '状态截至日期',
			hint: '状态所反映情况的截止日期，网站显示为“数据截至”。',
			written: '状态截至日期（数据截至），`YYYY-MM-DD`',
		}),
		/** 牵头单位: the lead body (a unit, never a person), by its slug in content/units/. */
		lead_unit: field(reference('units'), {
			label: '牵头单位',
			hint: '从责任单位中选择；没有的单位先在“责任单位”中新增。',
			written: '牵头单位的文件名（content/units/ 下），如 `fazhan-gaige-ju`（区发展和改革局）',
		}),
		/** 配合单位, by their slugs. */
		partner_units: field(z.array(reference('units')).optional(), {
			label: '配合单位',
			singular: '配合单位',
			hint: '从责任单位中选择，每个单位一项。',
			written: '配合单位的文件名，一行一个',
		}),
		/** Start month, YYYY-MM. */
		start: field(yearMonth, { label: '开始时间', hint: MONTH_HINT, written: '开始年月，`"YYYY-MM"`（加引号）' }),
		/** Planned completion month, YYYY-MM. */
		due: field(yearMonth, { label: '计划完成时间', hint: MONTH_HINT, written: '计划完成年月，`"YYYY-MM"`，不能早于 `start`' }),
		/** New completion month after a change of plan; needs status_reason. */
		revised_due: field(yearMonth.optional(), {
			label: '调整后完成时间',
			hint: `计划调整后新的完成月份；填写后必须说明状态原因。${MONTH_HINT}`,
			written: '调整后的完成年月；填写时必须写 `status_reason`',
		}),
		/** Where it happens, e.g. 常理镇. */
		location: field(text.optional(), { label: '实施地点', hint: '如“常理镇”，可不填。', written: '实施地点，如“常理镇”' }),
		/** Slugs of the indicators that measure it. */
		indicators: field(z.array(reference('indicators')).optional(), {
			label: '相关指标',
			singular: '指标',
			hint: '衡量这项举措进展的指标，可选多个。',
			written: '衡量本举措的指标文件名，一行一个',
		}),
		/** Planned steps, shown as a timeline. */
		milestones: field(z.array(milestoneSchema).optional(), {
			label: '里程碑',
			singular: '里程碑',
			summary: '{{fields.planned}} {{fields.title}}',
			hint: '计划步骤，按时间先后排列，网站显示为时间线。',
			written:
				'里程碑：`title` 节点名称、`planned` 计划年月、`actual` 实际完成日期（完成后填）、`done` 是否完成（`true`/`false`）；填了 `actual` 就必须 `done: true`',
		}),
		/** The document in which the commitment was made. */
		commitment_source: field(
			z.strictObject({
				/** The document's title, in 《》. */
				title: field(text, { label: '文件名称', hint: '带书名号，如《……》。' }),
				/** Its date of issue. */
				date: field(isoDate.optional(), { label: '文件日期', hint: '文件印发日期，可不填。' }),
				/** Where it is published. */
				url: field(url.optional(), { label: '文件网址', hint: '以 http:// 或 https:// 开头，可不填。' }),
			}),
			{
				label: '承诺来源',
				hint: '提出这项工作的文件。',
				written: '承诺来源：`title` 文件名称（书名用《》），可选 `date` 文件日期、`url` 原文网址',
			},
		),
		/** First published on the site. */
		published: field(isoDate, { label: '首次发布日期', hint: '第一次在网站上公开的日期，之后不再修改。' }),
		/** Last changed. */
		updated: field(isoDate, { label: '最近更新日期', hint: '每次修改内容时改为当天。', written: '最后修改日期，不能早于 `published`' }),
		/** Its weight in its parent initiative's roll-up, or its pillar's when it has no parent. */
		weight: weightField('上级举措（没有上级举措时为所属方面）'),
		/** Free keywords. */
		tags: field(z.array(text).optional(), { label: '关键词', singular: '关键词', hint: '每个关键词一项，可不填。', written: '关键词，一行一个' }),
		/** True while status and figures are illustrative (shown as 示例数据). */
		sample: field(z.boolean(), sampleField('状态和数字')),
	})
	.superRefine(
		(initiative, ctx) => {
			const needsReason = STATUSES_NEEDING_REASON.includes(initiative.status);
			if (initiative.status_reason === undefined && needsReason) {
				addOwnIssue(ctx, {
					path: ['status_reason'],
					// The reason is missing, so it has no line: the editor is pointed at the status that needs it.
					rule: 'reason-required',
					near: ['status'],
					message: `状态为 ${initiative.status} 时必须填写原因（status_reason is required when status is ${initiative.status}）`,
				});
			} else if (initiative.status_reason === undefined && initiative.revised_due !== undefined) {
				addOwnIssue(ctx, {
					path: ['status_reason'],
					rule: 'reason-required',
					near: ['revised_due'],
					message: '填写了调整后完成时间 revised_due，必须说明原因（status_reason is required with revised_due）',
				});
			}
			if (typeof initiative.start === 'string' && typeof initiative.due === 'string' && initiative.due < initiative.start) {
				addOwnIssue(ctx, {
					path: ['due'],
					rule: 'format',
					message: `计划完成时间 ${initiative.due} 早于开始时间 ${initiative.start}（expected due not before start）`,
				});
			}
			if (typeof initiative.published === 'string' && typeof initiative.updated === 'string' && initiative.updated < initiative.published) {
				addOwnIssue(ctx, {
					path: ['updated'],
					rule: 'format',
					message: `更新日期 ${initiative.updated} 早于发布日期 ${initiative.published}（expected updated not before published）`,
				});
			}
		},
		{ when: () => true },
	);

export type Initiative = z.output<typeof initiativeSchema>;
export type Milestone = z.output<typeof milestoneSchema>;
