/**
 * The built site, page by page: nothing active or third-party on any public page, and every
 * page carries the Content-Security-Policy of its kind before any script, at the root and
 * under the portal sub-path.
 */
import { describe, expect, it } from 'vitest';
import { metaPolicy } from '../../src/security/csp.ts';
import { activeContentIn, pagePolicy } from '../helpers/active-content.ts';
import { builtSite, type SiteKind } from '../helpers/built-site.ts';
import { publicPages, readSite } from './files.ts';

describe.each(['root', 'subpath'] as SiteKind[])('every public page of the %s build', (kind) => {
	const site = builtSite(kind);
	const pages = publicPages(site.dist);

	it('has pages to audit', () => {
		expect(pages.length).toBeGreaterThan(50);
	});

	it('runs only the site’s own scripts and loads only its own files', () => {
		const findings = pages.flatMap((page) => activeContentIn(readSite(site.dist, page), site.base).map((finding) => `${page}: ${finding}`));
		expect(findings).toEqual([]);
	});

	it('carries its policy as the first thing after the charset, before any script', () => {
		const wrong = pages.flatMap((page) => {
			const { policy, beforeScripts } = pagePolicy(readSite(site.dist, page));
			const expected = metaPolicy(page === 'search/index.html' ? 'search' : 'page');
			return policy === expected && beforeScripts ? [] : [`${page}: ${policy ?? 'no policy'}${beforeScripts ? '' : ' (after a script)'}`];
		});
		expect(wrong).toEqual([]);
	});
});
