/**
 * Which indicator a row is for: by 指标代码 (the file name), or by 指标名称 when the code is
 * missing and exactly one indicator has that name. Only indicators that exist are matched, so a
 * code such as `../site` can never name a file outside content/indicators/.
 */
import { didYouMean, nearest, nearestName } from '../validation/suggest.ts';
import { headerOf } from './match-columns.ts';

export interface KnownIndicator {
	slug: string;
	title: string;
}

/** The matched indicator's slug, or the column and message of the failure. */
export type IndicatorMatch = { slug: string } | { column: string; error: string };

export function matchIndicator(code: string | undefined, name: string | undefined, indicators: readonly KnownIndicator[]): IndicatorMatch {
	if (code !== undefined) {
		if (indicators.some((indicator) => indicator.slug === code)) return { slug: code };
		const suggestion = nearest(
			code,
			indicators.map((indicator) => indicator.slug),
			{ typo: true },
		);
		return {
			column: headerOf('indicator'),
			error: `没有代码为“${code}”的指标${suggestion === undefined ? '；' : didYouMean(suggestion)}新指标请先用 npm run new -- indicator 创建（unknown indicator）`,
		};
	}
	if (name === undefined) return { column: headerOf('indicator'), error: '指标代码和指标名称都为空，无法确定是哪个指标（no indicator code or name）' };
	const named = indicators.filter((indicator) => indicator.title === name);
	if (named.length === 1) return { slug: named[0]!.slug };
	if (named.length > 1) {
		return {
			column: headerOf('title'),
			error: `名称为“${name}”的指标有 ${named.length} 个（${named.map((indicator) => indicator.slug).join('、')}），请填写指标代码（ambiguous indicator name）`,
		};
	}
	const suggestion = nearestName(
		name,
		indicators.map((indicator) => indicator.title),
	);
	return { column: headerOf('title'), error: `没有名称为“${name}”的指标${didYouMean(suggestion)}（unknown indicator name）` };
}
