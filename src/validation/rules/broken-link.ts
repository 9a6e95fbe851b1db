/** `broken-link`: an internal link in a body must lead to a page the site generates, or readers meet a 404. */
import type { InternalLink } from '../links.ts';
import type { Problem } from '../problem.ts';
import { didYouMean, nearest } from '../suggest.ts';
import { defineRule, problemOf } from './rule.ts';

/** Whether `path` is `page`, where a `*` in the page matches any one segment. */
function matches(path: string, page: string): boolean {
	if (!page.includes('*')) return path === page;
	const pattern = new RegExp(
		`^${page
			.split('*')
			.map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
			.join('[^/]+')}$`,
	);
	return pattern.test(path);
}

/** `to` written relative to the page `from`, both paths under the base: `../../indicators/x/`. */
export function relativeLink(from: string, to: string): string {
	const depth = from.split('/').filter(Boolean).length;
	return `${'../'.repeat(depth)}${to}`;
}

export const brokenLink = defineRule({
	id: 'broken-link',
	severity: 'error',
	title: '站内链接无效',
	anchor: 'broken-link站内链接无效',
	source: 'cross-file',
	/**
	 * @param links internal links of every body
	 * @param pages the site's pages (from sitePages)
	 * @param base the path the site is published under, e.g. `/` or `/ztzl/dbjj/`
	 */
	check(links: readonly InternalLink[], pages: readonly string[], base: string): Problem[] {
		const problems: Problem[] = [];
		const concrete = pages.filter((page) => !page.includes('*'));
		for (const link of links) {
			const resolved = new URL(link.url, `https://site.invalid${base}${link.page}`);
			const inSite = resolved.pathname.startsWith(base);
			let path = decodeURIComponent(resolved.pathname.slice(base.length)).replace(/(^|\/)index\.html$/, '$1');
			if (inSite && pages.some((page) => matches(path, page))) continue;
			// A link to a source file (../x.md) means its page; a missing slash means the page too.
			path = path.replace(/\.(?:mdx?|ya?ml)$/, '/').replace(/^([^.]*[^/])$/, '$1/');
			const target = nearest(path, concrete);
			problems.push(
				problemOf(brokenLink, {
					file: link.file,
					line: link.line,
					column: link.column,
					message: `站内链接“${link.url}”指向的页面不存在${didYouMean(target === undefined ? undefined : relativeLink(link.page, target))}（internal link to a page the site does not have）`,
				}),
			);
		}
		return problems;
	},
});
