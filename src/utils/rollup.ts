/**
 * Progress rolled up: an initiative's from its indicators and its child initiatives, a pillar's
 * from its initiatives, each set against 序时进度 as county bulletins do. Pure and deterministic:
 * the pages (through src/data/rollup.ts) and the tests call the same functions, and the method is
 * published on the about page (ROLLUP_METHOD), with the weights in use (listWeights).
 *
 * - A part *reports* when it has both a completion figure and a 序时进度: an indicator with a
 *   target and data after its baseline (utils/progress.ts), a child initiative with at least one
 *   reporting part of its own.
 * - The rolled-up completion is the weighted mean of the reporting parts' completion; an
 *   indicator's is clamped to 0–100% first, so one indicator far past its target, or one that has
 *   gone backwards, cannot outweigh the others. The rolled-up 序时进度 is the same weighted mean
 *   of their 序时进度, and the evaluation is the indicators' rule, `evaluate()`.
 * - Every roll-up says how many of its parts reported (n of m): a figure built on two of nine parts
 *   must say so. With no reporting part there is no figure; with no parts at all the work is 其它类
 *   (it cannot be quantified).
 * - A pillar's parts are its initiatives that have no parent initiative, or whose parent belongs to
 *   another pillar: every initiative then counts in its own pillar exactly once, directly or through
 *   its parent. One whose parent is in another pillar counts in both pillars' figures.
 * - The content check refuses parent cycles, but the roll-up must end anyway: a parent link that
 *   leads back round to the initiative itself is ignored, so the initiatives on a cycle count as
 *   top-level ones of their pillars.
 */
import { DEFAULT_WEIGHT } from '../schemas/weight.ts';
import { computeProgress, evaluate, type Evaluation, type IndicatorProgress } from './progress.ts';

/** An indicator as the roll-up sees it: its figures from computeProgress, and its weight. */
export interface RollupIndicator {
	slug: string;
	title: string;
	weight?: number | undefined;
	sample: boolean;
	progress?: number | undefined;
	expected?: number | undefined;
}

export interface RollupInitiative {
	slug: string;
	title: string;
	pillar: string;
	parent?: string | undefined;
	/** The slugs of the indicators that measure it. */
	indicators?: readonly string[] | undefined;
	weight?: number | undefined;
}

export interface RollupPillar {
	slug: string;
	title: string;
}

/** Everything a roll-up is built from. */
export interface RollupContent {
	pillars: readonly RollupPillar[];
	initiatives: readonly RollupInitiative[];
	indicators: readonly RollupIndicator[];
}

/** One part of a roll-up, as it was counted. */
export interface RollupPart {
	kind: 'indicator' | 'initiative';
	slug: string;
	weight: number;
	/** Completion, clamped to 0–1; absent when the part does not report. */
	progress?: number;
	expected?: number;
	sample: boolean;
}

export interface Rollup {
	/** Weighted mean completion of the reporting parts, 0–1; absent when none reports. */
	progress?: number;
	/** The rolled-up 序时进度, 0–1; absent when no part reports. */
	expected?: number;
	/** By `evaluate()` when a part reports; 暂无数据 when none does. Meaningless when `parts` is 0 (其它类). */
	evaluation: Evaluation;
	/** How many parts reported (n). */
	reporting: number;
	/** How many parts there are (m). */
	parts: number;
	/** The parts, in content order: indicators first, then child initiatives. */
	items: RollupPart[];
	/** Whether any indicator it is built on, at any depth, is sample data. */
	sample: boolean;
}

export interface Rollups {
	initiatives: Map<string, Rollup>;
	pillars: Map<string, Rollup>;
}

/** The roll-up's input for one indicator, with its figures worked out the way every page works them out. */
export function rollupIndicator(
	slug: string,
	indicator: Parameters<typeof computeProgress>[0] & { title: string; weight?: number | undefined; sample: boolean },
): RollupIndicator {
	const { progress, expected }: IndicatorProgress = computeProgress(indicator);
	return { slug, title: indicator.title, weight: indicator.weight, sample: indicator.sample, progress, expected };
}

/** Every initiative's and every pillar's roll-up, by slug. */
export function buildRollups(content: RollupContent): Rollups {
	const indicators = new Map(content.indicators.map((indicator) => [indicator.slug, indicator]));
	const initiatives = new Map(content.initiatives.map((initiative) => [initiative.slug, initiative]));
	const parentOf = effectiveParents(content.initiatives);
	const childrenOf = new Map<string, RollupInitiative[]>();
	for (const initiative of content.initiatives) {
		const parent = parentOf.get(initiative.slug);
		if (parent !== undefined) childrenOf.set(parent, [...(childrenOf.get(parent) ?? []), initiative]);
	}

	const byInitiative = new Map<string, Rollup>();
	// With cycles broken, the parent links form a forest, so this recursion ends.
	const rollupOf = (initiative: RollupInitiative): Rollup => {
		const known = byInitiative.get(initiative.slug);
		if (known) return known;
		const indicatorParts = unique(initiative.indicators ?? []).flatMap((slug) => {
			const indicator = indicators.get(slug);
			return indicator ? [indicatorPart(indicator)] : [];
		});
		const childParts = (childrenOf.get(initiative.slug) ?? []).map((child) => initiativePart(child, rollupOf(child)));
		const rollup = combine([...indicatorParts, ...childParts]);
		byInitiative.set(initiative.slug, rollup);
		return rollup;
	};
	for (const initiative of content.initiatives) rollupOf(initiative);

	const pillars = new Map(
		content.pillars.map((pillar) => {
			const members = content.initiatives.filter((initiative) => {
				if (initiative.pillar !== pillar.slug) return false;
				const parent = parentOf.get(initiative.slug);
				return parent === undefined || initiatives.get(parent)?.pillar !== pillar.slug;
			});
			return [pillar.slug, combine(members.map((initiative) => initiativePart(initiative, rollupOf(initiative))))];
		}),
	);
	return { initiatives: byInitiative, pillars };
}

/** Each initiative's parent, when that parent exists and the link does not lead back round to the initiative. */
function effectiveParents(initiatives: readonly RollupInitiative[]): Map<string, string> {
	const declared = new Map(initiatives.flatMap((initiative) => (initiative.parent === undefined ? [] : [[initiative.slug, initiative.parent] as const])));
	const known = new Set(initiatives.map((initiative) => initiative.slug));
	const onCycle = (slug: string): boolean => {
		const seen = new Set<string>();
		for (let current = declared.get(slug); current !== undefined && !seen.has(current); current = declared.get(current)) {
			if (current === slug) return true;
			seen.add(current);
		}
		return false;
	};
	return new Map([...declared].filter(([slug, parent]) => known.has(parent) && !onCycle(slug)));
}

function indicatorPart(indicator: RollupIndicator): RollupPart {
	const reports = indicator.progress !== undefined && indicator.expected !== undefined;
	return {
		kind: 'indicator',
		slug: indicator.slug,
		weight: indicator.weight ?? DEFAULT_WEIGHT,
		...(reports && { progress: clamp(indicator.progress!), expected: indicator.expected! }),
		sample: indicator.sample,
	};
}

function initiativePart(initiative: RollupInitiative, rollup: Rollup): RollupPart {
	return {
		kind: 'initiative',
		slug: initiative.slug,
		weight: initiative.weight ?? DEFAULT_WEIGHT,
		...(rollup.progress !== undefined && rollup.expected !== undefined && { progress: rollup.progress, expected: rollup.expected }),
		sample: rollup.sample,
	};
}

/** The weighted mean of the reporting parts, with the n-of-m count. Weights are above 0 (the schema's `weightField`), so the total is too. */
function combine(items: RollupPart[]): Rollup {
	const reporting = items.filter((part) => part.progress !== undefined && part.expected !== undefined);
	const base = { reporting: reporting.length, parts: items.length, items, sample: items.some((part) => part.sample) };
	if (reporting.length === 0) return { ...base, evaluation: 'no_data' };
	const total = reporting.reduce((sum, part) => sum + part.weight, 0);
	const mean = (figure: (part: RollupPart) => number) => reporting.reduce((sum, part) => sum + part.weight * figure(part), 0) / total;
	const progress = mean((part) => part.progress!);
	const expected = mean((part) => part.expected!);
	return { ...base, progress, expected, evaluation: evaluate(progress, expected) };
}

function unique(slugs: readonly string[]): string[] {
	return [...new Set(slugs)];
}

function clamp(share: number): number {
	return Math.min(1, Math.max(0, share));
}

/** What a roll-up is of: a pillar's parts are initiatives; an initiative's are indicators and child initiatives. */
export type RollupSubject = 'pillar' | 'initiative';

/** The label for work with no parts to roll up, in the bulletins' word. */
export const UNQUANTIFIED_LABEL = '其它类';

/** What the parts are called in the n-of-m line, e.g. 指标, 下级举措, 指标和下级举措. */
function partsNoun(rollup: Rollup, subject: RollupSubject): string {
	if (subject === 'pillar') return '举措';
	const indicators = rollup.items.some((part) => part.kind === 'indicator');
	const children = rollup.items.some((part) => part.kind === 'initiative');
	return indicators && children ? '指标和下级举措' : children ? '下级举措' : '指标';
}

/**
 * The n-of-m line that stands beside every rolled-up figure:
 * 根据1项指标计算 · 根据全部2项指标计算 · 根据7项举措中的5项计算 · 3项指标暂无可计算的进度 · 其它类：没有量化指标，不计算汇总进度.
 */
export function describeReporting(rollup: Rollup, subject: RollupSubject): string {
	if (rollup.parts === 0) return subject === 'pillar' ? '暂无举措' : `${UNQUANTIFIED_LABEL}：没有量化指标，不计算汇总进度`;
	const noun = partsNoun(rollup, subject);
	if (rollup.reporting === 0) return `${rollup.parts}项${noun}暂无可计算的进度`;
	if (rollup.reporting === rollup.parts) return rollup.parts === 1 ? `根据1项${noun}计算` : `根据全部${rollup.parts}项${noun}计算`;
	return `根据${rollup.parts}项${noun}中的${rollup.reporting}项计算`;
}

/** The roll-up method as published on the about page: each line a rule readers can check. */
export const ROLLUP_METHOD: readonly string[] = [
	'举措的汇总进度由它的相关指标和下级举措汇总而来。“四个始终”每个方面的汇总进度由它的举措汇总而来：没有上级举措的举措直接计入；有上级举措的，通过上级举措计入；上级举措属于另一个方面的，既计入上级举措，也直接计入本方面。',
	'汇总完成进度 = 各组成部分完成进度的加权平均；汇总序时进度 = 同样权重下各部分序时进度的加权平均。评估标准与指标相同（见上表）。',
	'只有能计算进度的部分参与汇总：指标要设定目标、基期之后有数据；下级举措要至少有一项能计算进度的组成部分。每个汇总数都注明“根据几项中的几项计算”。',
	'单项指标的完成进度在汇总时按 0 至 100% 计：超额完成按 100% 计，比基期退步按 0 计，以免一项指标左右整体结果。因此汇总结果不会出现“退步”。',
	`权重由内容文件的“汇总权重”（weight）给出，不填为 ${DEFAULT_WEIGHT}，即各项同等权重；目前使用的权重见下表。`,
	`没有任何量化指标的举措列为“${UNQUANTIFIED_LABEL}”，不计算汇总进度，只公布推进状态和里程碑；它仍计入上级举措和所属方面的项数。`,
];

/** A weight that differs from the default, with what it weighs in. */
export interface WeightInUse {
	kind: 'indicator' | 'initiative';
	slug: string;
	title: string;
	weight: number;
	/** The roll-ups it counts in: the initiatives that list an indicator; an initiative's parent or pillar. */
	within: { kind: 'initiative' | 'pillar'; slug: string; title: string }[];
}

/** The weights that differ from the default, indicators first, each list in content order, for the about page. */
export function listWeights(content: RollupContent): WeightInUse[] {
	const initiatives = new Map(content.initiatives.map((initiative) => [initiative.slug, initiative]));
	const pillars = new Map(content.pillars.map((pillar) => [pillar.slug, pillar]));
	const parentOf = effectiveParents(content.initiatives);
	const custom = <Entry extends { weight?: number | undefined }>(entry: Entry): entry is Entry & { weight: number } =>
		entry.weight !== undefined && entry.weight !== DEFAULT_WEIGHT;

	const indicatorWeights = content.indicators.filter(custom).map((indicator) => ({
		kind: 'indicator' as const,
		slug: indicator.slug,
		title: indicator.title,
		weight: indicator.weight,
		within: content.initiatives
			.filter((initiative) => initiative.indicators?.includes(indicator.slug))
			.map((initiative) => ({ kind: 'initiative' as const, slug: initiative.slug, title: initiative.title })),
	}));
	const initiativeWeights = content.initiatives.filter(custom).map((initiative) => {
		const parent = initiatives.get(parentOf.get(initiative.slug) ?? '');
		const pillar = pillars.get(initiative.pillar);
		const inPillar = !parent || parent.pillar !== initiative.pillar;
		return {
			kind: 'initiative' as const,
			slug: initiative.slug,
			title: initiative.title,
			weight: initiative.weight,
			within: [
				...(parent ? [{ kind: 'initiative' as const, slug: parent.slug, title: parent.title }] : []),
				...(inPillar && pillar ? [{ kind: 'pillar' as const, slug: pillar.slug, title: pillar.title }] : []),
			],
		};
	});
	return [...indicatorWeights, ...initiativeWeights];
}
