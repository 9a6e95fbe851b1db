/**
 * The plan's phases, 一年初步见效、三年基本目标、五年总体谋划, anchored on the year the
 * campaign started. Each phase ends at the end of its Nth year.
 */

export interface Phase {
	label: string;
	/** Years from the start, inclusive of the start year. */
	years: number;
	startYear: number;
	endYear: number;
	state: 'past' | 'current' | 'future';
}

const PHASES = [
	{ label: '一年初步见效', years: 1 },
	{ label: '三年基本目标', years: 3 },
	{ label: '五年总体谋划', years: 5 },
] as const;

/** @param today ISO date the site is built on; decides which phase is current. */
export function planPhases(campaignStart: number, today: string): Phase[] {
	const year = Number(today.slice(0, 4));
	let previousEnd = campaignStart - 1;
	return PHASES.map(({ label, years }) => {
		const startYear = previousEnd + 1;
		const endYear = campaignStart + years - 1;
		previousEnd = endYear;
		const state = year > endYear ? 'past' : year >= startYear ? 'current' : 'future';
		return { label, years, startYear, endYear, state };
	});
}
