/** How many of `codes` there are of each code, in the order given, leaving out codes with none. */
export function countInOrder<Code extends string>(order: readonly Code[], codes: readonly Code[]): { code: Code; count: number }[] {
	return order.map((code) => ({ code, count: codes.filter((candidate) => candidate === code).length })).filter((row) => row.count > 0);
}
