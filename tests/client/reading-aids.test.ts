/**
 * The reading aids' script on the component's real markup in jsdom: the panel opens and
 * closes, each setting lands on <html>, is stored and announced, switches turn off again,
 * reset clears everything, and what is stored is what the <head> script applies on the next
 * page. Chromium checks the rest (tests/browser/a11y): focus order, the styles, forced colours.
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import ReadingAids from '../../src/components/ReadingAids.astro';
import { applyAid, choose, currentSettings, start } from '../../src/client/reading-aids.ts';
import { READING_AIDS_INIT } from '../../src/utils/reading-aids-init.ts';
import { READING_AIDS_KEY } from '../../src/utils/reading-aids.ts';
import { openPage } from './page.ts';

let markup = '';
let close: () => Promise<void>;
beforeAll(async () => {
	({ markup, close } = await openPage('/initiatives/qiongjiang-shengtai-zoulang/', ReadingAids));
});
afterAll(() => close());

const root = () => document.documentElement;
const button = (name: string) => [...document.querySelectorAll('button')].find((candidate) => candidate.textContent.trim() === name)!;
const toggle = () => button('长者模式');
const panel = () => document.getElementById('reading-aids-panel')!;
const status = () => document.querySelector('[data-aids-status]')!;
const stored = () => JSON.parse(localStorage.getItem(READING_AIDS_KEY) ?? 'null') as unknown;
const pressed = () =>
	[...document.querySelectorAll<HTMLButtonElement>('button[data-aid]')]
		.filter((item) => item.getAttribute('aria-pressed') === 'true')
		.map((item) => item.textContent.trim());

/** The announcement once the status line has been refilled. */
function announced(): string {
	vi.advanceTimersByTime(100);
	return status().textContent;
}

/** A fresh page: no stored settings, none on <html>, the panel as the server renders it. */
function page(settings: Record<string, string> = {}): void {
	localStorage.clear();
	for (const name of Object.keys(root().dataset)) delete root().dataset[name];
	Object.assign(root().dataset, settings);
	document.body.innerHTML = `<header>${markup}</header><main><h1>琼江生态走廊</h1></main>`;
}

beforeEach(() => {
	vi.useFakeTimers();
	page();
});
afterEach(() => {
	vi.useRealTimers();
	vi.restoreAllMocks();
	vi.unstubAllGlobals();
});

describe('choose', () => {
	it('sets the text size to the pressed value, also when it is already set', () => {
		expect(choose('textSize', 'xl', 'l', '大')).toEqual({ value: 'l', message: '字号已设为大' });
		expect(choose('textSize', 'xl', 'xl', '特大')).toEqual({ value: 'xl', message: '字号已设为特大' });
		expect(choose('textSize', 'xl', '', '标准')).toEqual({ value: '', message: '字号已设为标准' });
	});

	it('switches the other aids on and, pressed again, off', () => {
		expect(choose('contrast', undefined, 'high', '高对比度')).toEqual({ value: 'high', message: '高对比度已开启' });
		expect(choose('contrast', 'high', 'high', '高对比度')).toEqual({ value: '', message: '高对比度已关闭' });
		expect(choose('cursor', undefined, 'large', '大光标')).toEqual({ value: 'large', message: '大光标已开启' });
	});
});

describe('applyAid and currentSettings', () => {
	it('set and remove the data attributes on <html>, and read back only the aids that are set', () => {
		applyAid(root(), 'textSize', 'xl');
		applyAid(root(), 'cursor', 'large');
		expect(root().getAttribute('data-text-size')).toBe('xl');
		expect(currentSettings(root())).toEqual({ textSize: 'xl', cursor: 'large' });
		applyAid(root(), 'textSize', '');
		expect(root().hasAttribute('data-text-size')).toBe(false);
		root().dataset['unrelated'] = 'kept out';
		expect(currentSettings(root())).toEqual({ cursor: 'large' });
	});
});

describe('the reading aids panel', () => {
	it('does nothing on a page without the panel', () => {
		document.body.innerHTML = '<main></main>';
		expect(() => start(document)).not.toThrow();
	});

	it('starts closed, with the current settings pressed', () => {
		start(document);
		expect(panel().hidden).toBe(true);
		expect(toggle().getAttribute('aria-expanded')).toBe('false');
		expect(pressed()).toEqual(['标准']);
	});

	it('shows the settings the <head> script applied as pressed', () => {
		page({ textSize: 'xl', contrast: 'high' });
		start(document);
		expect(pressed()).toEqual(['特大', '高对比度']);
		expect(button('标准').getAttribute('aria-pressed')).toBe('false');
	});

	it('opens and closes with the toggle', () => {
		start(document);
		toggle().click();
		expect(toggle().getAttribute('aria-expanded')).toBe('true');
		expect(panel().hidden).toBe(false);
		toggle().click();
		expect(toggle().getAttribute('aria-expanded')).toBe('false');
		expect(panel().hidden).toBe(true);
	});

	it('sets the text size on <html>, stores it and announces it', () => {
		start(document);
		button('特大').click();
		expect(root().dataset['textSize']).toBe('xl');
		expect(pressed()).toEqual(['特大']);
		expect(stored()).toEqual({ textSize: 'xl' });
		expect(announced()).toBe('字号已设为特大');
		// Emptied at once and refilled a moment later, so that a repeated choice is announced again.
		button('特大').click();
		expect(status().textContent).toBe('');
		expect(announced()).toBe('字号已设为特大');
		expect(root().dataset['textSize']).toBe('xl');

		button('标准').click();
		expect(root().hasAttribute('data-text-size')).toBe(false);
		expect(pressed()).toEqual(['标准']);
		expect(stored()).toEqual({});
		expect(announced()).toBe('字号已设为标准');
	});

	it('turns contrast and the large cursor on and, pressed again, off', () => {
		start(document);
		button('高对比度').click();
		expect(root().getAttribute('data-contrast')).toBe('high');
		expect(announced()).toBe('高对比度已开启');
		button('大光标').click();
		expect(root().getAttribute('data-cursor')).toBe('large');
		expect(announced()).toBe('大光标已开启');
		expect(pressed()).toEqual(['标准', '高对比度', '大光标']);
		expect(stored()).toEqual({ contrast: 'high', cursor: 'large' });

		button('高对比度').click();
		expect(root().hasAttribute('data-contrast')).toBe(false);
		expect(button('高对比度').getAttribute('aria-pressed')).toBe('false');
		expect(announced()).toBe('高对比度已关闭');
		expect(stored()).toEqual({ cursor: 'large' });
	});

	it('ignores clicks in the panel outside the setting buttons', () => {
		start(document);
		document.getElementById('aids-text-size')!.click();
		expect(localStorage.getItem(READING_AIDS_KEY)).toBeNull();
		expect(announced()).toBe('');
	});

	it('resets every aid to the standard display', () => {
		page({ textSize: 'l', contrast: 'high', cursor: 'large' });
		start(document);
		button('恢复默认').click();
		expect({ ...root().dataset }).toEqual({});
		expect(pressed()).toEqual(['标准']);
		expect(stored()).toEqual({});
		expect(announced()).toBe('已恢复默认显示');
	});

	it('still applies a choice when storage is blocked', () => {
		vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
			throw new DOMException('blocked', 'SecurityError');
		});
		start(document);
		expect(() => button('大').click()).not.toThrow();
		expect(root().dataset['textSize']).toBe('l');
		expect(announced()).toBe('字号已设为大');
	});

	it('stores what the <head> script applies on the next page', () => {
		start(document);
		button('特大').click();
		button('高对比度').click();
		button('大光标').click();
		const saved = localStorage.getItem(READING_AIDS_KEY);
		page();
		localStorage.setItem(READING_AIDS_KEY, saved ?? '');
		new Function(READING_AIDS_INIT)();
		expect({ ...root().dataset }).toEqual({ scripted: '', textSize: 'xl', contrast: 'high', cursor: 'large' });
	});

	it('offers read aloud only where the browser can speak', () => {
		start(document);
		expect(button('朗读正文').hidden).toBe(true);
		vi.stubGlobal('speechSynthesis', { speak: vi.fn(), cancel: vi.fn(), getVoices: () => [] });
		page();
		start(document);
		expect(button('朗读正文').hidden).toBe(false);
	});
});
