/**
 * An audit of one built page for anything active or third-party, read the way a browser
 * reads it (jsdom's HTML parser). A page may run only the site's own bundled scripts and the
 * one inline reading-aids script, and load only its own files. Each finding is a sentence, so
 * a failing test says exactly what reached the page.
 */
import { JSDOM } from 'jsdom';
import { LINK_SCHEMES } from '../../src/markdown/allowlist.ts';
import { READING_AIDS_INIT } from '../../src/utils/reading-aids-init.ts';

/** Elements that embed, redirect or submit; none may come from content. */
const EMBEDDING = ['iframe', 'frame', 'object', 'embed', 'applet', 'base', 'portal', 'video', 'audio'];

/** What is wrong with a built public page; empty when nothing active or third-party is on it. */
export function activeContentIn(html: string, base: string): string[] {
	const document = new JSDOM(html).window.document;
	const findings: string[] = [];
	const local = (url: string) => url.startsWith(base) && !url.startsWith('//');

	for (const script of document.querySelectorAll('script')) {
		const src = script.getAttribute('src');
		if (src === null ? script.textContent !== READING_AIDS_INIT : !local(src) || !src.startsWith(`${base}_astro/`)) {
			findings.push(`script: ${script.outerHTML.slice(0, 120)}`);
		}
	}
	for (const element of document.querySelectorAll('*')) {
		for (const attribute of element.attributes) {
			if (/^on/i.test(attribute.name)) findings.push(`event attribute ${attribute.name} on <${element.localName}>`);
			if (attribute.name === 'style') findings.push(`style attribute on <${element.localName}>`);
		}
	}
	for (const tag of EMBEDDING) for (const element of document.querySelectorAll(tag)) findings.push(`<${tag}>: ${element.outerHTML.slice(0, 120)}`);
	for (const meta of document.querySelectorAll('meta[http-equiv]')) {
		if (meta.getAttribute('http-equiv')?.toLowerCase() !== 'content-security-policy') findings.push(`meta: ${meta.outerHTML}`);
	}
	for (const form of document.querySelectorAll('form')) {
		if (!local(form.getAttribute('action') ?? '')) findings.push(`form posting to ${form.getAttribute('action')}`);
	}
	for (const element of document.querySelectorAll('input, textarea, select')) {
		if (!element.closest('form')) findings.push(`input outside the site's own forms: ${element.outerHTML.slice(0, 120)}`);
	}
	for (const element of document.querySelectorAll('img[src], source[src], link[href]')) {
		const url = element.getAttribute('src') ?? element.getAttribute('href') ?? '';
		const rel = element.getAttribute('rel') ?? '';
		// <link rel="canonical"> and feed alternates name the site's public address; they load nothing.
		if (element.localName === 'link' && /^(canonical|alternate)$/.test(rel)) continue;
		if (!local(url)) findings.push(`<${element.localName}> loads ${url}`);
	}
	for (const link of document.querySelectorAll('a[href]')) {
		const href = link.getAttribute('href') ?? '';
		const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(href.replace(/[\t\n\r]/g, ''))?.[1]?.toLowerCase();
		if (scheme !== undefined && !(LINK_SCHEMES as readonly string[]).includes(scheme)) findings.push(`link to ${href}`);
	}
	return findings;
}

/** The Content-Security-Policy a page's <meta> carries, and whether that <meta> comes before every script. */
export function pagePolicy(html: string): { policy: string | undefined; beforeScripts: boolean } {
	const document = new JSDOM(html).window.document;
	const meta = document.querySelector('meta[http-equiv="Content-Security-Policy" i]');
	const firstScript = document.querySelector('script');
	const beforeScripts = meta !== null && (firstScript === null || Boolean(meta.compareDocumentPosition(firstScript) & 4));
	return { policy: meta?.getAttribute('content') ?? undefined, beforeScripts };
}
