/**
 * Reporting periods: `2024` (a year), `2024-Q3` (a quarter) and `2024-07` (a month).
 * Everything that compares or orders periods goes through `parsePeriod`, so that a
 * quarterly series can be compared with an annual target.
 */

export type Frequency = 'annual' | 'quarterly' | 'monthly';

export interface Period {
	/** The period as written, e.g. `2024-Q3`. */
	text: string;
	frequency: Frequency;
	year: number;
	/** Quarter (1–4) or month (1–12); 0 for a year. */
	part: number;
	/** First month covered, counted from year 0 (`year * 12 + month - 1`). */
	firstMonth: number;
	/** Last month covered, counted the same way. */
	lastMonth: number;
}

const PATTERNS: Record<Frequency, RegExp> = {
	annual: /^(\d{4})$/,
	quarterly: /^(\d{4})-Q([1-4])$/,
	monthly: /^(\d{4})-(0[1-9]|1[0-2])$/,
};

/** How each frequency's periods are written, for error messages. */
export const PERIOD_EXAMPLES: Record<Frequency, string> = {
	annual: '2024',
	quarterly: '2024-Q3',
	monthly: '2024-07',
};

/** Parses a period in any of the three forms; `undefined` when it is none of them. */
export function parsePeriod(text: string): Period | undefined {
	for (const frequency of Object.keys(PATTERNS) as Frequency[]) {
		const match = PATTERNS[frequency].exec(text);
		if (!match) continue;
		const year = Number(match[1]);
		const part = match[2] === undefined ? 0 : Number(match[2]);
		const [first, last] = frequency === 'annual' ? [0, 11] : frequency === 'quarterly' ? [(part - 1) * 3, part * 3 - 1] : [part - 1, part - 1];
		return { text, frequency, year, part, firstMonth: year * 12 + first, lastMonth: year * 12 + last };
	}
	return undefined;
}

/** Whether `text` is a period written the way `frequency` requires. */
export function matchesFrequency(text: string, frequency: Frequency): boolean {
	return PATTERNS[frequency].test(text);
}
