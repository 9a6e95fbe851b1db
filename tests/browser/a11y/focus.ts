/** What the keyboard tests ask of the focused element, measured in the page. */

export interface FocusState {
	/** Tag, text or label: enough to tell readers which control it is. */
	name: string;
	/** Position among the page's focusable elements in document order, or -1. */
	index: number;
	outlineWidth: number;
	outlineColor: string;
	/** The nearest non-transparent background behind the element: what its outline is seen against. */
	background: string;
	inViewport: boolean;
}

/**
 * Runs in the page: numbers the visible, focusable elements in document order (the order the
 * Tab key must follow) and returns how many there are.
 */
export function markFocusables(): number {
	const focusables = [...document.querySelectorAll<HTMLElement>('a[href], button, input, select, textarea, summary, [tabindex]')].filter(
		(element) => element.tabIndex >= 0 && !element.matches(':disabled') && element.checkVisibility({ visibilityProperty: true }),
	);
	document.querySelectorAll('[data-focus-index]').forEach((element) => element.removeAttribute('data-focus-index'));
	focusables.forEach((element, index) => element.setAttribute('data-focus-index', String(index)));
	return focusables.length;
}

/** Runs in the page: the focused element and how visible its focus indicator is. */
export function focusState(): FocusState | undefined {
	const element = document.activeElement;
	if (!(element instanceof HTMLElement) || element === document.body) return undefined;
	const style = getComputedStyle(element);
	let background = 'rgb(255, 255, 255)';
	for (let node = element.parentElement; node; node = node.parentElement) {
		const color = getComputedStyle(node).backgroundColor;
		if (!/^rgba\(.*,\s*0\)$/.test(color)) {
			background = color;
			break;
		}
	}
	const box = element.getBoundingClientRect();
	return {
		name: `${element.tagName.toLowerCase()} ${(element.getAttribute('aria-label') ?? element.textContent).trim().slice(0, 30)}`,
		index: Number(element.dataset['focusIndex'] ?? -1),
		outlineWidth: style.outlineStyle === 'none' ? 0 : Number.parseFloat(style.outlineWidth),
		outlineColor: style.outlineColor,
		background,
		inViewport: box.width > 0 && box.height > 0 && box.bottom > 0 && box.top < innerHeight && box.right > 0 && box.left < innerWidth,
	};
}
