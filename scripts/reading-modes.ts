/**
 * The reading modes a citizen can be in: the page's own colour schemes (light, and dark when
 * the system prefers it) and each reading aid. Browser tests and screenshots open pages in
 * each mode the way a returning reader does: the choice is in localStorage before the page
 * loads, and the page's own <head> script applies it.
 */
import type { Browser, BrowserContext, BrowserContextOptions } from 'playwright-core';
import { READING_AIDS_KEY, type ReadingAidSettings } from '../src/utils/reading-aids.ts';

export interface ReadingMode {
	/** Short name for file names and test titles. */
	name: string;
	/** What a reader sees it called. */
	label: string;
	settings: ReadingAidSettings;
	colorScheme: 'light' | 'dark';
}

export const READING_MODES: readonly ReadingMode[] = [
	{ name: 'default', label: '标准', settings: {}, colorScheme: 'light' },
	{ name: 'text-l', label: '大字号', settings: { textSize: 'l' }, colorScheme: 'light' },
	{ name: 'text-xl', label: '特大字号', settings: { textSize: 'xl' }, colorScheme: 'light' },
	{ name: 'contrast', label: '高对比度', settings: { contrast: 'high' }, colorScheme: 'light' },
	{ name: 'cursor', label: '大光标', settings: { cursor: 'large' }, colorScheme: 'light' },
	{ name: 'dark', label: '深色（系统设置）', settings: {}, colorScheme: 'dark' },
	{ name: 'dark-contrast', label: '深色高对比度', settings: { contrast: 'high' }, colorScheme: 'dark' },
];

/** A browser context whose every page opens in this mode. */
export async function newContextInMode(browser: Browser, mode: ReadingMode, options: BrowserContextOptions = {}): Promise<BrowserContext> {
	const context = await browser.newContext({ ...options, colorScheme: mode.colorScheme });
	await context.addInitScript(([key, settings]) => localStorage.setItem(key, settings), [READING_AIDS_KEY, JSON.stringify(mode.settings)] as const);
	return context;
}
