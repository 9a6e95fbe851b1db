import { describe, expect, it } from 'vitest';
import { onePerBuild } from '../../src/utils/one-per-build.ts';

describe('onePerBuild', () => {
	it('in a build, works the result out once and gives every caller the same value', async () => {
		let calls = 0;
		const lists = onePerBuild(async () => [++calls], true);
		const [first, second] = await Promise.all([lists(), lists()]);
		expect(await lists()).toBe(first);
		expect(second).toBe(first);
		expect(calls).toBe(1);
	});

	it('outside a build (astro dev), works it out again on every call, so edited content shows', async () => {
		let calls = 0;
		const lists = onePerBuild(async () => ++calls, false);
		expect([await lists(), await lists()]).toEqual([1, 2]);
	});
});
