/**
 * READING_AIDS_INIT, the inline <head> script, run in jsdom as the browser runs it: it copies
 * the stored reading aids onto <html> before the first paint, only known values, and never
 * fails, whatever storage holds or however it is blocked. (The Content-Security-Policy allows
 * it by hash; tests/server/config.test.ts keeps deploy/nginx/ in step with that hash.)
 */
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { READING_AIDS_INIT } from '../../src/utils/reading-aids-init.ts';
import { READING_AIDS_KEY } from '../../src/utils/reading-aids.ts';
import { openPage } from './page.ts';

let close: () => Promise<void>;
beforeAll(async () => {
	({ close } = await openPage('/'));
});
afterAll(() => close());
afterEach(() => {
	localStorage.clear();
	for (const name of Object.keys(document.documentElement.dataset)) delete document.documentElement.dataset[name];
	vi.restoreAllMocks();
});

/** Runs the script as the page's <head> does, and returns what it left on <html>. */
function runInit(stored?: string): Record<string, string | undefined> {
	if (stored !== undefined) localStorage.setItem(READING_AIDS_KEY, stored);
	new Function(READING_AIDS_INIT)();
	const { scripted, ...aids } = document.documentElement.dataset;
	// Every run marks the page as scripted, whatever storage holds: the 长者模式 button then shows from first paint.
	expect(scripted).toBe('');
	return aids;
}

describe('READING_AIDS_INIT', () => {
	it('applies every stored aid', () => {
		expect(runInit('{"textSize":"xl","contrast":"high","cursor":"large"}')).toEqual({ textSize: 'xl', contrast: 'high', cursor: 'large' });
		expect(document.documentElement.getAttribute('data-text-size')).toBe('xl');
	});

	it('leaves the standard display when nothing is stored', () => {
		expect(runInit()).toEqual({});
	});

	it('applies only known aids and values', () => {
		expect(runInit('{"textSize":"huge","contrast":"high","onclick":"alert(1)","cursor":["large"]}')).toEqual({ contrast: 'high' });
	});

	it('ignores storage that is not JSON, or not an object', () => {
		expect(runInit('{textSize:xl')).toEqual({});
		expect(runInit('null')).toEqual({});
		expect(runInit('"xl"')).toEqual({});
	});

	it('does not fail when storage is blocked', () => {
		vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
			throw new DOMException('blocked', 'SecurityError');
		});
		expect(() => runInit()).not.toThrow();
		expect(runInit()).toEqual({});
	});
});
