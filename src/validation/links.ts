/**
 * Links written in content, and the pages they may lead to. An internal link must lead to a
 * page the site generates (the routes in src/pages with the content's slugs filled in), or
 * readers meet a 404 (rules/broken-link.ts); an external link is only listed
 * (`npm run check -- --external`), never fetched, since the build machines may have no internet.
 */
import type { Node } from 'unist';
import { visit } from 'unist-util-visit';
import { INITIATIVE_STATUSES } from '../schemas/initiative.ts';
import type { CollectionName } from '../schemas/index.ts';

/** A link in a file, with its place. */
export interface LinkInFile {
	file: string;
	line: number;
	column: number;
	url: string;
}

export type ExternalLink = LinkInFile;

/** A body's link: the page the body is on (`initiatives/x/`) decides where relative links lead. */
export interface InternalLink extends LinkInFile {
	page: string;
}

/** The URLs of links and link definitions in a parsed body, with their line and column in the body. */
export function linksInTree(tree: Node): { url: string; line: number; column: number }[] {
	const links: { url: string; line: number; column: number }[] = [];
	visit(tree, (node) => {
		const url = (node as Node & { url?: unknown }).url;
		if ((node.type === 'link' || node.type === 'definition') && typeof url === 'string' && node.position) {
			links.push({ url, line: node.position.start.line, column: node.position.start.column });
		}
	});
	return links;
}

/**
 * `external`: another site (listed with --external); `internal`: a page of this site
 * (checked); `other`: an in-page anchor or a mail, phone or similar link (neither).
 */
export function linkKind(url: string): 'external' | 'internal' | 'other' {
	if (/^(?:https?:)?\/\//i.test(url)) return 'external';
	if (url === '' || url.startsWith('#') || /^[a-z][a-z0-9+.-]*:/i.test(url)) return 'other';
	return 'internal';
}

/**
 * The pages the site generates, as paths under the base (`''` is the home page,
 * `initiatives/x/` a page, `rss.xml` a file). A route parameter the content does not
 * determine matches any segment (`*`). `[...list]` is a paginated list (src/utils/pagination.ts):
 * the list itself and its `page/<n>/` pages, nothing else.
 *
 * @param routeFiles files under src/pages, relative to it, e.g. `initiatives/[slug].astro`
 * @param slugs the slugs of each collection's files
 */
export function sitePages(routeFiles: readonly string[], slugs: Partial<Record<CollectionName, readonly string[]>>): string[] {
	const pages: string[] = [];
	for (const routeFile of routeFiles) {
		const segments = routeFile.split('/');
		// Astro ignores files starting with _; the 404 page is not a link target.
		if (segments.some((segment) => segment.startsWith('_')) || /^404\./.test(routeFile)) continue;
		const endpoint = /\.(?:ts|js)$/.test(routeFile);
		const last = (segments.pop() ?? '').replace(/\.(?:astro|md|mdx|ts|js)$/, '');
		if (last !== 'index') segments.push(last);
		let expanded = [''];
		segments.forEach((segment, index) => {
			const param = /^\[(\.\.\.)?(\w+)\]$/.exec(segment);
			const folder = segments[index - 1] as CollectionName | undefined;
			const values = !param
				? [segment]
				: param[2] === 'status'
					? [...INITIATIVE_STATUSES]
					: param[1] && param[2] === 'list'
						? ['', 'page/*']
						: !param[1] && folder && slugs[folder]
							? [...(slugs[folder] ?? [])]
							: ['*'];
			expanded = expanded.flatMap((prefix) => values.map((value) => (value === '' ? prefix : `${prefix}${value}/`)));
		});
		pages.push(...expanded.map((page) => (endpoint ? page.replace(/\/$/, '') : page)));
	}
	return [...new Set(pages)].sort();
}
