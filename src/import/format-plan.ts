/**
 * The import's summary, one block per indicator: the periods it adds (新增), each value, status
 * or note it changes (修改 old → new), the periods that stay as they are (不变) and the new
 * update date, then the totals. The dry run and the real import print the same summary.
 */
import { headerOf } from './match-columns.ts';
import { statusLabel, type FieldChange, type IndicatorPlan } from './plan-import.ts';

/** Up to this many unchanged periods are listed by name; more are counted, first to last. */
const LISTED_UNCHANGED = 6;

const FIELD_HEADERS = { value: headerOf('value'), status: headerOf('status'), note: headerOf('note') } as const;

function shown(change: FieldChange, value: FieldChange['from']): string {
	if (value === undefined) return '（空）';
	if (change.field === 'status') return statusLabel(value) ?? '（空）';
	return change.field === 'note' ? `“${value}”` : String(value);
}

function unchangedText(periods: readonly string[]): string {
	if (periods.length <= LISTED_UNCHANGED) return `  不变 ${periods.join('、')}`;
	const sorted = [...periods].sort();
	return `  不变 ${periods.length} 期（${sorted[0]} 至 ${sorted.at(-1)}）`;
}

/** One indicator's block. */
export function formatIndicatorPlan(plan: IndicatorPlan): string {
	const lines = [`${plan.slug}（${plan.title}）`];
	for (const { observation } of plan.added) lines.push(`  新增 ${observation.period}：${observation.value}`);
	for (const { period, changes } of plan.modified) {
		for (const change of changes) lines.push(`  修改 ${period} ${FIELD_HEADERS[change.field]}：${shown(change, change.from)} → ${shown(change, change.to)}`);
	}
	if (plan.unchanged.length > 0) lines.push(unchangedText(plan.unchanged));
	if (plan.updated) lines.push(`  更新日期 ${plan.updated.from} → ${plan.updated.to}`);
	return lines.join('\n');
}

/** Every indicator's block, then `合计：新增 1 期，修改 3 处，不变 6 期`. */
export function formatPlan(plans: readonly IndicatorPlan[]): string {
	const added = plans.reduce((sum, plan) => sum + plan.added.length, 0);
	const modified = plans.reduce((sum, plan) => sum + plan.modified.reduce((count, modification) => count + modification.changes.length, 0), 0);
	const unchanged = plans.reduce((sum, plan) => sum + plan.unchanged.length, 0);
	return [...plans.map(formatIndicatorPlan), `合计：${plans.length} 个指标，新增 ${added} 期，修改 ${modified} 处，不变 ${unchanged} 期`].join('\n\n');
}
