/** The part of jsdom this project uses (jsdom bundles no types; @types/jsdom is not installed). */
declare module 'jsdom' {
	export class JSDOM {
		constructor(html?: string, options?: { contentType?: string; url?: string; [option: string]: unknown });
		readonly window: Window & typeof globalThis & { XMLSerializer: typeof XMLSerializer };
	}
}
