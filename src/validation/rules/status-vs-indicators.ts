/**
 * `status-vs-indicators`: an initiative's status is the editor's judgement; its indicators'
 * evaluations are computed (src/utils/progress.ts). When the two clearly disagree, the editor is
 * asked to check one or the other before publishing. A warning, not an error: a status may
 * rightly rest on more than the figures show.
 */
import type { Indicator } from '../../schemas/indicator.ts';
import type { Initiative } from '../../schemas/initiative.ts';
import { computeProgress, EVALUATION_INFO, type Evaluation } from '../../utils/progress.ts';
import { STATUS_INFO } from '../../utils/status.ts';
import type { LoadedEntry } from '../check-references.ts';
import type { Problem } from '../problem.ts';
import { defineRule, problemOf } from './rule.ts';

/** Statuses that claim the work is going well, and the evaluations that contradict them; and the reverse. */
const CONTRADICTIONS: { statuses: readonly Initiative['status'][]; evaluations: readonly Evaluation[] }[] = [
	{ statuses: ['on_track', 'completed'], evaluations: ['behind', 'regressing'] },
	{ statuses: ['delayed', 'at_risk'], evaluations: ['ahead', 'on_track'] },
];

/** `其全部指标评估为“未达到序时进度”或“退步”`, in the site's own labels. */
function claimOf(evaluations: readonly Evaluation[]): string {
	return `其全部指标评估为${evaluations.map((code) => `“${EVALUATION_INFO[code].label}”`).join('或')}`;
}

export const statusVsIndicators = defineRule({
	id: 'status-vs-indicators',
	severity: 'warning',
	title: '状态与指标评估矛盾',
	anchor: 'status-vs-indicators状态与指标评估矛盾',
	source: 'cross-file',
	check(entries: readonly LoadedEntry[]): Problem[] {
		const indicators = new Map(entries.filter((entry) => entry.collection === 'indicators').map((entry) => [entry.slug, entry.data as unknown as Indicator]));
		const problems: Problem[] = [];
		for (const entry of entries) {
			if (entry.collection !== 'initiatives') continue;
			const initiative = entry.data as unknown as Initiative;
			const evaluated = (initiative.indicators ?? []).flatMap((slug) => {
				const indicator = indicators.get(slug);
				return indicator ? [{ slug, title: indicator.title, evaluation: computeProgress(indicator).evaluation }] : [];
			});
			if (evaluated.length === 0) continue;
			const contradiction = CONTRADICTIONS.find(
				({ statuses, evaluations }) => statuses.includes(initiative.status) && evaluated.every((item) => evaluations.includes(item.evaluation)),
			);
			if (!contradiction) continue;
			const named = evaluated.map((item) => `${item.title}（${item.slug}）${EVALUATION_INFO[item.evaluation].label}`).join('、');
			const line = entry.lineOf(['status']);
			problems.push(
				problemOf(statusVsIndicators, {
					file: entry.file,
					...(line === undefined ? {} : { line }),
					field: 'status',
					message: `状态为“${STATUS_INFO[initiative.status].label}”，但${claimOf(contradiction.evaluations)}：${named}。请核实状态或指标数据（status contradicts the indicators' evaluation）`,
				}),
			);
		}
		return problems;
	},
});
