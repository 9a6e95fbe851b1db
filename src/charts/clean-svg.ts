/**
 * Turns svgcanvas's recording into a small, accessible SVG: no clip paths or wrapper
 * groups, rounded coordinates, colours as role classes, one path per run of identical
 * strokes, full circles as <circle>, and a <title>, <desc> and stylesheet.
 */
import { chartWindow } from './dom.ts';
import { CHART_STYLESHEET, roleClass, roleOf } from './palette.ts';

const SVG_NS = 'http://www.w3.org/2000/svg';

/** Attributes that only restate defaults or mean nothing to a static drawing. */
const NOISE: Record<string, (value: string) => boolean> = {
	'paint-order': () => true,
	'stroke-miterlimit': () => true,
	'text-decoration': () => true,
	'font-family': () => true,
	'font-style': (value) => value === 'normal',
	'font-weight': (value) => value === 'normal',
	'stroke-dasharray': (value) => value === '' || value === 'none',
	'stroke-width': (value) => value === '1',
	'stroke-opacity': (value) => value === '1',
	'fill-opacity': (value) => value === '1',
	opacity: (value) => value === '1',
	'dominant-baseline': (value) => value === 'central',
	'text-anchor': (value) => value === 'start',
	'clip-path': () => true,
};

const NUMERIC = ['x', 'y', 'width', 'height', 'cx', 'cy', 'r'];

/** Rounds every number in `text` to one decimal place, dropping trailing zeros. */
export function roundNumbers(text: string): string {
	return text.replace(/-?\d*\.?\d+(?:e-?\d+)?/gi, (number) => {
		const rounded = Math.round(Number(number) * 10) / 10;
		return String(Object.is(rounded, -0) ? 0 : rounded);
	});
}

/** A full circle recorded as an arc path (`M x y A r r 0 1 1 x' y'`): its centre and radius. */
function circleOf(d: string): { cx: number; cy: number; r: number } | undefined {
	const match = /^\s*M\s*(-?[\d.e-]+)\s+(-?[\d.e-]+)\s*A\s*([\d.e-]+)\s+\3\s+0\s+1\s+1\s+(-?[\d.e-]+)\s+(-?[\d.e-]+)\s*Z?\s*$/i.exec(d);
	if (!match) return undefined;
	const [x, y, r] = [Number(match[1]), Number(match[2]), Number(match[3])];
	// svgcanvas starts a full arc at angle 0, one radius right of the centre.
	return { cx: x - r, cy: y, r };
}

function unwrap(element: Element): void {
	const parent = element.parentNode;
	if (!parent) return;
	while (element.firstChild) parent.insertBefore(element.firstChild, element);
	element.remove();
}

function tidyAttributes(element: Element): void {
	const classes: string[] = [];
	for (const property of ['fill', 'stroke'] as const) {
		const value = element.getAttribute(property);
		if (value === null) continue;
		const role = roleOf(value);
		if (role) {
			element.removeAttribute(property);
			classes.push(roleClass(role, property));
		} else if (value === 'none' && property === 'stroke') {
			// The default.
			element.removeAttribute(property);
		}
	}
	if (classes.length > 0) element.setAttribute('class', classes.join(' '));
	for (const { name, value } of [...element.attributes]) {
		if (NOISE[name]?.(value)) element.removeAttribute(name);
	}
	const fontSize = element.getAttribute('font-size');
	if (fontSize) element.setAttribute('font-size', fontSize.replace(/px$/, ''));
	// Text is placed with a translation matrix; fold it into x and y.
	const translate = /^matrix\(1 0 0 1 (\S+) (\S+)\)$/.exec(element.getAttribute('transform') ?? '');
	if (translate) {
		element.setAttribute('x', String(Number(element.getAttribute('x') ?? 0) + Number(translate[1])));
		element.setAttribute('y', String(Number(element.getAttribute('y') ?? 0) + Number(translate[2])));
		element.removeAttribute('transform');
	}
}

function tidyGeometry(element: Element): Element {
	for (const name of NUMERIC) {
		const value = element.getAttribute(name);
		if (value !== null) element.setAttribute(name, roundNumbers(value));
	}
	if (element.localName !== 'path') return element;
	const d = element.getAttribute('d') ?? '';
	const circle = circleOf(d);
	if (!circle) {
		element.setAttribute(
			'd',
			roundNumbers(d)
				.replace(/\s+/g, ' ')
				.replace(/ ?([MLAZ]) ?/gi, '$1')
				.trim(),
		);
		return element;
	}
	const replacement = element.ownerDocument.createElementNS(SVG_NS, 'circle');
	for (const { name, value } of [...element.attributes]) if (name !== 'd') replacement.setAttribute(name, value);
	for (const [name, value] of Object.entries(circle)) replacement.setAttribute(name, roundNumbers(String(value)));
	element.replaceWith(replacement);
	return replacement;
}

/** Adjacent paths that differ only in geometry become one path. */
function mergePaths(parent: Element): void {
	const signature = (element: Element) =>
		element.localName === 'path'
			? [...element.attributes]
					.filter((attribute) => attribute.name !== 'd')
					.map((a) => `${a.name}=${a.value}`)
					.sort()
					.join(';')
			: undefined;
	let previous: Element | undefined;
	for (const child of [...parent.children]) {
		const key = signature(child);
		if (previous && key !== undefined && key === signature(previous)) {
			previous.setAttribute('d', `${previous.getAttribute('d')}${child.getAttribute('d')}`);
			child.remove();
		} else {
			previous = child;
		}
	}
}

export interface CleanOptions {
	/** Used for the ids of <title> and <desc>, which must be unique on a page. */
	id: string;
	title: string;
	description: string;
	width: number;
	height: number;
}

export function cleanSvg(recorded: SVGSVGElement, options: CleanOptions): string {
	const svg = recorded.cloneNode(true) as SVGSVGElement;
	for (const defs of [...svg.querySelectorAll('defs')]) defs.remove();
	for (const element of [...svg.querySelectorAll('*')]) {
		tidyAttributes(element);
		tidyGeometry(element);
	}
	// Innermost first, so nested wrappers dissolve completely.
	for (const group of [...svg.querySelectorAll('g')].reverse()) {
		if (group.attributes.length === 0) unwrap(group);
	}
	mergePaths(svg);
	for (const group of svg.querySelectorAll('g')) mergePaths(group);

	for (const name of [...svg.getAttributeNames()]) svg.removeAttribute(name);
	const titleId = `chart-${options.id}-title`;
	const descId = `chart-${options.id}-desc`;
	svg.setAttribute('viewBox', `0 0 ${options.width} ${options.height}`);
	svg.setAttribute('width', String(options.width));
	svg.setAttribute('height', String(options.height));
	svg.setAttribute('class', 'anju-chart');
	svg.setAttribute('role', 'img');
	svg.setAttribute('aria-labelledby', `${titleId} ${descId}`);

	const document = chartWindow().document;
	const head = (name: string, text: string, id?: string) => {
		const element = document.createElementNS(SVG_NS, name);
		if (id) element.setAttribute('id', id);
		element.textContent = text;
		return element;
	};
	svg.prepend(head('title', options.title, titleId), head('desc', options.description, descId), head('style', CHART_STYLESHEET));
	return new (chartWindow().XMLSerializer)().serializeToString(svg);
}
