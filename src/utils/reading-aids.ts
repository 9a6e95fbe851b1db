/**
 * The reading aids (长者模式 / 无障碍): which settings exist and where they are stored. Each
 * setting is a data attribute on <html> (data-text-size="xl", data-contrast="high",
 * data-cursor="large") that global.css styles; no attribute means the standard display.
 * The panel's script (src/client/reading-aids.ts) sets and stores them; READING_AIDS_INIT
 * (reading-aids-init.ts) applies the stored ones in <head> before the first paint.
 */

/** The localStorage key holding the settings, as JSON: `{"textSize":"xl"}`. */
export const READING_AIDS_KEY = 'anju-reading-aids';

/** The values each setting may take besides its standard (absent) value. */
export const READING_AIDS = {
	textSize: ['l', 'xl'],
	contrast: ['high'],
	cursor: ['large'],
} as const;

/** A setting's name, also its data attribute on <html> (`textSize` → `data-text-size`). */
export type ReadingAid = keyof typeof READING_AIDS;
/**
 * The choices as stored: each setting that is not standard, with its value. Values are plain
 * strings because storage can hold anything; READING_AIDS_INIT applies only the known ones.
 */
export type ReadingAidSettings = Partial<Record<ReadingAid, string>>;
