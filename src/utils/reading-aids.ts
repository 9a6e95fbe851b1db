/**
 * The reading aids (长者模式 / 无障碍): which settings exist and where they are stored. Each
 * setting is a data attribute on <html> (data-text-size="xl", data-contrast="high",
 * data-cursor="large") that global.css styles; no attribute means the standard display.
 * READING_AIDS_INIT (reading-aids-init.ts) applies them in <head> before the first paint.
 */

export const READING_AIDS_KEY = 'anju-reading-aids';

/** The values each setting may take besides its standard (absent) value. */
export const READING_AIDS = {
	textSize: ['l', 'xl'],
	contrast: ['high'],
	cursor: ['large'],
} as const;

export type ReadingAid = keyof typeof READING_AIDS;
export type ReadingAidSettings = { [K in ReadingAid]?: (typeof READING_AIDS)[K][number] };
