/**
 * Chart colours by role. Chart.js draws with a placeholder colour per role; the SVG then
 * gets a class per role instead of a colour, styled through CSS custom properties
 * (`--chart-series` …), so the page's dark, high-contrast and print styles can restyle an
 * inline chart. The defaults here are what a chart shows on its own (downloaded SVG) and in
 * the PNG, where the literal colours are written in.
 */

/**
 * `variable` is the chart's own custom property; `page`, where given, is the page colour it
 * falls back to, so dark and high-contrast page styles reach charts without chart-specific
 * rules; `colour` is the last fallback, for a chart outside the page.
 */
export const CHART_ROLES = {
	series: { variable: '--chart-series', colour: '#0b57a4' },
	soft: { variable: '--chart-series-soft', colour: '#9dbfe3' },
	target: { variable: '--chart-target', colour: '#1b6b32' },
	baseline: { variable: '--chart-baseline', page: '--color-muted', colour: '#555d66' },
	grid: { variable: '--chart-grid', page: '--color-border', colour: '#d0d5dc' },
	text: { variable: '--chart-text', page: '--color-text', colour: '#1f2328' },
	muted: { variable: '--chart-muted', page: '--color-muted', colour: '#555d66' },
	bg: { variable: '--chart-bg', page: '--color-bg', colour: '#ffffff' },
	'sample-bg': { variable: '--chart-sample-bg', page: '--color-sample-bg', colour: '#fff4ce' },
	'sample-border': { variable: '--chart-sample-border', page: '--color-sample-border', colour: '#c28e00' },
} as const satisfies Record<string, { variable: string; page?: string; colour: string }>;

export type ChartRole = keyof typeof CHART_ROLES;

const ROLE_NAMES = Object.keys(CHART_ROLES) as ChartRole[];

/**
 * The placeholder colour Chart.js draws a role with: near-black, distinct per role, and never
 * a colour a chart would use for itself.
 */
export function placeholder(role: ChartRole): string {
	return `#0000${(ROLE_NAMES.indexOf(role) + 1).toString(16).padStart(2, '0')}`;
}

/** The role a placeholder colour stands for, if it is one. */
export function roleOf(colour: string): ChartRole | undefined {
	const match = /^#0000([0-9a-f]{2})$/i.exec(colour.trim());
	return match ? ROLE_NAMES[Number.parseInt(match[1] ?? '', 16) - 1] : undefined;
}

/** Class for painting `property` (fill or stroke) in `role`'s colour. */
export function roleClass(role: ChartRole, property: 'fill' | 'stroke'): string {
	return `ch-${role}-${property === 'fill' ? 'f' : 's'}`;
}

/** Fonts for chart text outside a page (downloaded SVG, PNG). */
const FONT_STACK = `"PingFang SC","Microsoft YaHei","Noto Sans CJK SC","Source Han Sans SC","WenQuanYi Micro Hei",sans-serif`;

/**
 * The stylesheet of every chart: each role's colour is a custom property with the default as
 * fallback, and text in the page's font, else a CJK system font. It is the same text in every
 * chart, so the Content-Security-Policy allows it by one hash (src/security/csp.ts) instead of
 * allowing inline styles.
 */
export const CHART_STYLESHEET = [
	`.anju-chart{font-family:var(--font-sans,${FONT_STACK})}`,
	'.anju-chart text{dominant-baseline:central}',
	...ROLE_NAMES.flatMap((role) => {
		const info: { variable: string; page?: string; colour: string } = CHART_ROLES[role];
		const colour = `var(${info.variable},${info.page ? `var(${info.page},${info.colour})` : info.colour})`;
		return [`.${roleClass(role, 'fill')}{fill:${colour}}`, `.${roleClass(role, 'stroke')}{stroke:${colour}}`];
	}),
].join('');
