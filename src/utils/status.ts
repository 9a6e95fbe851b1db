/**
 * What each initiative status means, in public: a label, a symbol (status is never shown
 * by colour alone) and the one-line definition published on the about page.
 */
import type { InitiativeStatus } from '../schemas/initiative.ts';
import { INITIATIVE_STATUSES } from '../schemas/initiative.ts';
import { countInOrder } from './count-in-order.ts';

export interface StatusInfo {
	code: InitiativeStatus;
	label: string;
	/** A text symbol read together with the label; shapes differ so they work in greyscale. */
	symbol: string;
	/** Public definition, for the about page and tooltips. */
	definition: string;
	/** Whether the status needs a published reason. */
	needsReason: boolean;
	/** Colour family for CSS (`status-<tone>`); never the only signal. */
	tone: 'neutral' | 'good' | 'warn' | 'bad' | 'done' | 'muted';
}

export const STATUS_INFO: Record<InitiativeStatus, StatusInfo> = {
	not_started: { code: 'not_started', label: '未启动', symbol: '○', tone: 'neutral', needsReason: false, definition: '已列入计划，尚未开始实施。' },
	on_track: { code: 'on_track', label: '按计划推进', symbol: '▶', tone: 'good', needsReason: false, definition: '正在实施，进度与计划一致。' },
	at_risk: {
		code: 'at_risk',
		label: '存在困难',
		symbol: '▲',
		tone: 'warn',
		needsReason: true,
		definition: '正在实施，但遇到可能影响按期完成的困难；须说明原因。',
	},
	delayed: {
		code: 'delayed',
		label: '进度滞后',
		symbol: '◆',
		tone: 'bad',
		needsReason: true,
		definition: '进度落后于计划；须说明原因，如有调整须公布新的完成时间。',
	},
	ongoing: { code: 'ongoing', label: '常态化推进', symbol: '↻', tone: 'good', needsReason: false, definition: '长期性工作，没有终点，按常态化机制持续推进。' },
	completed: { code: 'completed', label: '已完成', symbol: '✔', tone: 'done', needsReason: false, definition: '已按原定目标全部完成。' },
	completed_modified: {
		code: 'completed_modified',
		label: '已完成（有调整）',
		symbol: '✔',
		tone: 'done',
		needsReason: true,
		definition: '已完成，但目标或方式与原计划相比有调整；须说明调整内容和原因。',
	},
	discontinued: { code: 'discontinued', label: '调整不再实施', symbol: '✕', tone: 'muted', needsReason: true, definition: '经研究决定不再实施；须说明原因。' },
};

/** Statuses in the order they are listed and counted. */
export const STATUS_ORDER: readonly InitiativeStatus[] = INITIATIVE_STATUSES;

/** How many items have each status, in display order, leaving out statuses with none. */
export function countByStatus(items: readonly { status: InitiativeStatus }[]): { info: StatusInfo; count: number }[] {
	return countInOrder(
		STATUS_ORDER,
		items.map((item) => item.status),
	).map(({ code, count }) => ({ info: STATUS_INFO[code], count }));
}

/** A one-line count for lists: `4 项举措：按计划推进 1，常态化推进 2`. */
export function describeStatusCounts(items: readonly { status: InitiativeStatus }[]): string {
	const counts = countByStatus(items).map((row) => `${row.info.label} ${row.count}`);
	return `${items.length} 项举措：${counts.join('，')}`;
}
