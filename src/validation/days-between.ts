/** Whole days from `from` to `to`, both YYYY-MM-DD: how old a date is on the build date. */
export function daysBetween(from: string, to: string): number {
	return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}
