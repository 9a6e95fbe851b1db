/**
 * One of the home page's key figures (关键指标, chosen in site.yaml): an indicator as its card
 * shows it. The latest value, unit and period; the target clause of the indicator's summary
 * (progress beside 序时进度); the evaluation; whether it is sample data; the link; the sparkline.
 * Pure: the page passes the indicator (src/data/key-figures.ts).
 */
import type { Indicator } from '../schemas/indicator.ts';
import { indicatorUrl } from '../site-map.ts';
import { formatFigure, formatPeriod } from './format.ts';
import { OBSERVATION_STATUS_LABELS } from './indicator-labels.ts';
import { computeProgress, describeTarget, type Evaluation } from './progress.ts';
import { sparkline, type Sparkline } from './sparkline.ts';

export interface KeyFigure {
	slug: string;
	title: string;
	/** The indicator's page. */
	href: string;
	/** The latest value: its figure as the site writes numbers (no unit), its unit, and its period in words. */
	latest?: {
		figure: string;
		unit: string;
		period: string;
		/** 初步数 or 修订数 when the value is not final yet or has been revised. */
		status?: string;
	};
	/** Progress against the target beside 序时进度, in words: “已完成2027年目标（50.0公里）的91%，序时进度86%”. */
	progress: string;
	evaluation: Evaluation;
	sample: boolean;
	/** The series pictured; none without values. */
	sparkline?: Sparkline;
}

export function keyFigure(slug: string, indicator: Indicator): KeyFigure {
	const progress = computeProgress(indicator);
	const latest = indicator.series.at(-1);
	const line = sparkline(indicator.series.map((observation) => observation.value));
	return {
		slug,
		title: indicator.title,
		href: indicatorUrl(slug),
		...(latest && {
			latest: {
				figure: formatFigure(latest.value, indicator.unit, indicator.decimals),
				unit: indicator.unit,
				period: formatPeriod(latest.period),
				...(latest.status && latest.status !== 'final' && { status: OBSERVATION_STATUS_LABELS[latest.status] }),
			},
		}),
		progress: describeTarget(indicator, progress),
		evaluation: progress.evaluation,
		sample: indicator.sample,
		...(line && { sparkline: line }),
	};
}
