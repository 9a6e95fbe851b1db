/**
 * The real site, built once per test run by tests/global-setup.ts: at the site root and
 * under a portal sub-path. Tests read or serve these folders instead of building again.
 */
import { inject } from 'vitest';

export type SiteKind = 'root' | 'subpath';

export interface BuiltSite {
	/** Absolute path of the built output folder. */
	dist: string;
	/** The base path every internal URL starts with. */
	base: string;
	/** The public URL the site was built for. */
	siteUrl: string;
}

declare module 'vitest' {
	export interface ProvidedContext {
		builtSites: Record<SiteKind, BuiltSite>;
	}
}

export function builtSite(kind: SiteKind): BuiltSite {
	return inject('builtSites')[kind];
}
