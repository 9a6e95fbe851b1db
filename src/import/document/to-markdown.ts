/**
 * The cleaned document as the Markdown of a body: hast-util-to-mdast turns the HTML tree into
 * Markdown's, and remark with GFM (the parser the site reads bodies with) writes it. Text is
 * written as text: whatever in it looks like HTML, MDX or a link (`<script>`, `{…}`,
 * `[…](javascript:…)`, `<!-- -->`) is escaped by remark, so it reads back as the same
 * characters and never as markup. A link to an address the site refuses (javascript:, file:…)
 * keeps its text and loses the address.
 */
import type { Element, Root } from 'hast';
import type { Root as MdastRoot } from 'mdast';
import { toMdast } from 'hast-util-to-mdast';
import { remark } from 'remark';
import remarkGfm from 'remark-gfm';
import { visit } from 'unist-util-visit';
import { LINK_SCHEMES } from '../../markdown/allowlist.ts';

/** A scheme, as a URL starts with one: letters, then a colon, before any / ? or #. */
const SCHEME = /^\s*([a-z][a-z0-9+.-]*):/i;

/** True when the site would show a link to `href`: a relative address, or one of the schemes it allows. */
export function isAllowedHref(href: string): boolean {
	const scheme = SCHEME.exec(href)?.[1]?.toLowerCase();
	return scheme === undefined || (LINK_SCHEMES as readonly string[]).includes(scheme);
}

/** Unwraps the links the site would refuse, in place; returns how many. */
export function dropUnsafeLinks(tree: Root): number {
	let dropped = 0;
	visit(tree, 'element', (node: Element) => {
		node.children = node.children.flatMap((child) => {
			const href = child.type === 'element' && child.tagName === 'a' ? child.properties['href'] : undefined;
			if (child.type !== 'element' || typeof href !== 'string' || isAllowedHref(href)) return [child];
			dropped++;
			return child.children;
		});
	});
	return dropped;
}

/** The Markdown of `tree`, ending with one newline. */
export function toMarkdown(tree: Root): string {
	const markdown = remark()
		.use(remarkGfm)
		.data('settings', { bullet: '-', emphasis: '*', strong: '*', rule: '-', listItemIndent: 'one', fences: true })
		// A root converts to a root.
		.stringify(toMdast(tree) as MdastRoot);
	return markdown.endsWith('\n') ? markdown : `${markdown}\n`;
}
