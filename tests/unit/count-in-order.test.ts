import { describe, expect, it } from 'vitest';
import { countInOrder } from '../../src/utils/count-in-order.ts';

describe('countInOrder', () => {
	it('counts each code in the given order and leaves out codes with none', () => {
		expect(countInOrder(['a', 'b', 'c', 'd'], ['c', 'a', 'c', 'd', 'c'])).toEqual([
			{ code: 'a', count: 1 },
			{ code: 'c', count: 3 },
			{ code: 'd', count: 1 },
		]);
		expect(countInOrder(['a', 'b'], [])).toEqual([]);
	});
});
