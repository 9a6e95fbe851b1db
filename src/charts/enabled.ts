/**
 * Which charts exist: whether charts are on (ANJU_NO_CHARTS=1 turns them off, for the bench's
 * comparison run) and whether an indicator or a comparison has something to draw. Kept apart
 * from the drawing code (index.ts), so that pages and the build can ask without loading it.
 */
import { readEnvironment } from '../config/environment.ts';
import type { Indicator } from '../schemas/indicator.ts';
import type { ComparisonView } from '../utils/comparison.ts';

export function chartsEnabled(): boolean {
	return !readEnvironment().ANJU_NO_CHARTS;
}

/** Whether an indicator gets a chart: charts are on and there is at least one value. */
export function hasChart(indicator: Indicator): boolean {
	return chartsEnabled() && indicator.series.length > 0;
}

/** Whether a comparison gets a chart: charts are on and both sides have a value (a comparison in words has none). */
export function hasComparisonChart(view: ComparisonView): boolean {
	return chartsEnabled() && view.benchmarkSeries.length > 0 && view.anjuSeries.length > 0;
}
