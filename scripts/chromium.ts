/**
 * Debian's Chromium, launched the one way that works on these machines: playwright-core
 * cannot download browsers here, and without the networking flags Chromium floods the
 * closed network with connection attempts.
 */
import { chromium, type Browser } from 'playwright-core';
import { readEnvironment } from '../src/config/environment.ts';

/** The Chromium to launch: CHROMIUM_PATH, or Debian's. */
export const CHROMIUM_PATH = readEnvironment().CHROMIUM_PATH;

export function launchChromium(): Promise<Browser> {
	return chromium.launch({
		executablePath: CHROMIUM_PATH,
		args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
	});
}
