/**
 * A body as it reaches the page: the tree from body-tree.ts run through hast-util-sanitize
 * with the allowlist, images kept only when they are the site's own, then cut into HTML
 * strings and the site's components for ContentBody.astro to render. This runs in every
 * build, `astro build` and `astro dev` included, whatever the content check said.
 */
import { randomUUID } from 'node:crypto';
import type { Element, ElementContent, Root } from 'hast';
import GithubSlugger from 'github-slugger';
import { sanitize } from 'hast-util-sanitize';
import { toHtml } from 'hast-util-to-html';
import { toString } from 'hast-util-to-string';
import { BODY_SCHEMA, LOCAL_IMAGE } from './allowlist.ts';
import type { BodyComponentName } from './body-components.ts';
import { bodyTree, type BodyKind, type ComponentNode } from './body-tree.ts';

/** A piece of a rendered body: safe HTML, or one of the site's components with its content. */
export type BodySegment = { html: string } | { component: BodyComponentName; props: Record<string, unknown>; children: BodySegment[] };

export interface RenderOptions {
	/** Turns `images/x.jpg` into the URL the page uses, e.g. `/ztzl/dbjj/images/x.jpg`. */
	imageUrl: (src: string) => string;
}

/** The body, sanitised, as segments; a body MDX cannot read renders as nothing. */
export function renderBody(text: string, kind: BodyKind, options: RenderOptions): BodySegment[] {
	const tree = bodyTree(text, kind);
	if ('error' in tree) return [];
	return segmentsOf(sanitizeBody(tree.hast, options).children as ElementContent[]);
}

/** The tree with everything outside the allowlist removed, the components kept with sanitised content. */
export function sanitizeBody(tree: Root, options: RenderOptions): Root {
	// Components are swapped for an element whose name content cannot guess, so raw HTML cannot forge one.
	const marker = `x-component-${randomUUID()}`;
	const components: ComponentNode[] = [];
	const hide = (nodes: ElementContent[]): ElementContent[] =>
		nodes.map((node) => {
			if (node.type === 'bodyComponent') {
				components.push(node);
				return { type: 'element', tagName: marker, properties: { dataIndex: String(components.length - 1) }, children: hide(node.children) };
			}
			return node.type === 'element' ? { ...node, children: hide(node.children) } : node;
		});
	const restore = (nodes: ElementContent[]): ElementContent[] =>
		nodes.flatMap((node): ElementContent[] => {
			if (node.type !== 'element') return [node];
			const children = restore(node.children);
			if (node.tagName === marker) {
				const original = components[Number(node.properties['dataIndex'])];
				return original ? [{ ...original, children }] : [];
			}
			if (node.tagName === 'img') return localImage(node, options);
			return [{ ...node, children }];
		});
	const schema = {
		...BODY_SCHEMA,
		tagNames: [...(BODY_SCHEMA.tagNames ?? []), marker],
		attributes: { ...BODY_SCHEMA.attributes, [marker]: ['dataIndex'] },
	};
	const clean = sanitize({ type: 'root', children: hide(tree.children as ElementContent[]) }, schema) as Root;
	const children = restore(clean.children as ElementContent[]);
	addHeadingIds(children);
	return { type: 'root', children };
}

/**
 * Headings get ids from their text, so a section can be linked to (`#进展`). The page's own ids
 * are all ASCII (`main`, `facts`…); an ASCII-only heading id is prefixed so it can never take one.
 */
function addHeadingIds(nodes: readonly ElementContent[], slugger = new GithubSlugger()): void {
	for (const node of nodes) {
		if (node.type === 'element' && /^h[2-6]$/.test(node.tagName) && node.properties['id'] === undefined) {
			const slug = slugger.slug(toString(node));
			if (slug !== '') node.properties['id'] = /^\p{ASCII}*$/u.test(slug) ? `section-${slug}` : slug;
		}
		if (node.type === 'element' || node.type === 'bodyComponent') addHeadingIds(node.children, slugger);
	}
}

/** An image of the site's own, pointed at its URL; any other image is removed. */
function localImage(node: Element, options: RenderOptions): ElementContent[] {
	const src = node.properties['src'];
	if (typeof src !== 'string' || !LOCAL_IMAGE.test(src)) return [];
	return [{ ...node, properties: { ...node.properties, src: options.imageUrl(src), loading: 'lazy', decoding: 'async' } }];
}

/** Consecutive HTML joined into one string; an element holding a component is opened and closed around it. */
function segmentsOf(nodes: readonly ElementContent[]): BodySegment[] {
	const segments: BodySegment[] = [];
	const html = (text: string) => {
		const last = segments.at(-1);
		if (last && 'html' in last) last.html += text;
		else segments.push({ html: text });
	};
	for (const node of nodes) {
		if (node.type === 'bodyComponent') {
			segments.push({ component: node.name, props: node.props, children: segmentsOf(node.children) });
		} else if (node.type === 'element' && containsComponent(node)) {
			const tags = tagsOf(node);
			// A void element (<img>, <br>) written around a component keeps nothing inside it, as a browser would.
			if (tags === undefined) {
				html(toHtml({ ...node, children: [] }));
				continue;
			}
			html(tags.open);
			for (const segment of segmentsOf(node.children)) {
				if ('html' in segment) html(segment.html);
				else segments.push(segment);
			}
			html(tags.close);
		} else {
			html(toHtml(node));
		}
	}
	return segments;
}

/**
 * An element's opening and closing tags, from the element written empty. Cutting the written
 * element anywhere else (at a marker in its content, say) could cut inside an attribute value
 * the author wrote, and turn the rest of the body into markup.
 */
function tagsOf(node: Element): { open: string; close: string } | undefined {
	const empty = toHtml({ ...node, children: [] });
	const close = `</${node.tagName}>`;
	return empty.endsWith(close) ? { open: empty.slice(0, -close.length), close } : undefined;
}

function containsComponent(node: ElementContent): boolean {
	return node.type === 'bodyComponent' || (node.type === 'element' && node.children.some(containsComponent));
}
