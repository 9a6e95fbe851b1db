/** An initiative (举措): `content/initiatives/<slug>.md|mdx`. Its body is the narrative. */
import { z } from 'astro/zod';
import { isoDate, slug, text, url, yearMonth } from './common.ts';

/** Every status an initiative can have; labels and definitions live in `utils/status.ts`. */
export const INITIATIVE_STATUSES = ['not_started', 'on_track', 'at_risk', 'delayed', 'ongoing', 'completed', 'completed_modified', 'discontinued'] as const;

export type InitiativeStatus = (typeof INITIATIVE_STATUSES)[number];

/** Statuses that must say why: readers are owed an explanation for bad news and changes. */
export const STATUSES_NEEDING_REASON: readonly InitiativeStatus[] = ['at_risk', 'delayed', 'completed_modified', 'discontinued'];

const milestoneSchema = z
	.strictObject({
		/** What is to be achieved, e.g. 完成可研批复. */
		title: text,
		/** Planned month, YYYY-MM. */
		planned: yearMonth,
		/** Actual completion date, YYYY-MM-DD; only once done. */
		actual: isoDate.optional(),
		/** Whether the milestone has been reached. */
		done: z.boolean(),
	})
	.superRefine(
		(milestone, ctx) => {
			if (milestone.actual !== undefined && milestone.done !== true) {
				ctx.addIssue({
					code: 'custom',
					path: ['actual'],
					message: '填写了实际完成日期，但 done 不是 true（a milestone with an actual date must be done: true）',
				});
			}
		},
		{ when: () => true },
	);

export const initiativeSchema = z
	.strictObject({
		/** Full name as in the plan, e.g. 琼江生态走廊建设. */
		title: text,
		/** Shorter name for lists and breadcrumbs. */
		short_title: text.optional(),
		/** Slug of the pillar it belongs to. */
		pillar: slug,
		/** Slug of a larger initiative this one is part of. */
		parent: slug.optional(),
		/** Plain-language summary for lists, at most 140 characters. */
		summary: text.max(140, { message: '摘要不超过 140 个字符（expected at most 140 characters）' }),
		/** Current status; see `utils/status.ts` for what each means. */
		status: z.enum(INITIATIVE_STATUSES),
		/** Why: required for at_risk, delayed, completed_modified, discontinued, and with revised_due. */
		status_reason: text.optional(),
		/** The date the status reflects (数据截至). */
		status_as_of: isoDate,
		/** 牵头单位: the lead body (a unit, never a person). */
		lead_unit: text,
		/** 配合单位. */
		partner_units: z.array(text).optional(),
		/** Start month, YYYY-MM. */
		start: yearMonth,
		/** Planned completion month, YYYY-MM. */
		due: yearMonth,
		/** New completion month after a change of plan; needs status_reason. */
		revised_due: yearMonth.optional(),
		/** Where it happens, e.g. 常理镇. */
		location: text.optional(),
		/** Slugs of the indicators that measure it. */
		indicators: z.array(slug).optional(),
		/** Planned steps, shown as a timeline. */
		milestones: z.array(milestoneSchema).optional(),
		/** The document in which the commitment was made. */
		commitment_source: z.strictObject({
			title: text,
			date: isoDate.optional(),
			url: url.optional(),
		}),
		/** First published on the site. */
		published: isoDate,
		/** Last changed. */
		updated: isoDate,
		/** Free keywords. */
		tags: z.array(text).optional(),
		/** True while status and figures are illustrative (shown as 示例数据). */
		sample: z.boolean(),
	})
	.superRefine(
		(initiative, ctx) => {
			const needsReason = STATUSES_NEEDING_REASON.includes(initiative.status);
			if (initiative.status_reason === undefined && needsReason) {
				ctx.addIssue({
					code: 'custom',
					path: ['status_reason'],
					// The reason is missing, so it has no line: the editor is pointed at the status that needs it.
					params: { rule: 'reason-required', near: ['status'] },
					message: `状态为 ${initiative.status} 时必须填写原因（status_reason is required when status is ${initiative.status}）`,
				});
			} else if (initiative.status_reason === undefined && initiative.revised_due !== undefined) {
				ctx.addIssue({
					code: 'custom',
					path: ['status_reason'],
					params: { rule: 'reason-required', near: ['revised_due'] },
					message: '填写了调整后完成时间 revised_due，必须说明原因（status_reason is required with revised_due）',
				});
			}
			if (typeof initiative.start === 'string' && typeof initiative.due === 'string' && initiative.due < initiative.start) {
				ctx.addIssue({
					code: 'custom',
					path: ['due'],
					message: `计划完成时间 ${initiative.due} 早于开始时间 ${initiative.start}（expected due not before start）`,
				});
			}
			if (typeof initiative.published === 'string' && typeof initiative.updated === 'string' && initiative.updated < initiative.published) {
				ctx.addIssue({
					code: 'custom',
					path: ['updated'],
					message: `更新日期 ${initiative.updated} 早于发布日期 ${initiative.published}（expected updated not before published）`,
				});
			}
		},
		{ when: () => true },
	);

export type Initiative = z.output<typeof initiativeSchema>;
export type Milestone = z.output<typeof milestoneSchema>;
