/**
 * The web editor's preview templates (src/cms/preview-templates.js), run as /admin/preview.js runs
 * them, with stand-ins for Decap's `CMS`, `h` and `createClass`: what an initiative and an indicator
 * look like, and that whatever an entry holds stays text.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cmsConfig } from '../../src/cms/config.ts';
import { previewData, previewScript } from '../../src/cms/preview.ts';

const root = path.resolve(import.meta.dirname, '../..');
const templates = readFileSync(path.join(root, 'src/cms/preview-templates.js'), 'utf8');
const siteCss = readFileSync(path.join(root, 'src/styles/global.css'), 'utf8');
const data = previewData({ units: { 'shangwu-ju': '区商务局' }, siteCss, config: cmsConfig({ siteUrl: 'https://anju.example.gov.cn/' }) });

/** An element as the stand-in `h` builds it. */
interface Element {
	type: string;
	props: Record<string, unknown>;
	children: unknown[];
}
type Template = { render(this: { props: unknown }): Element };

/** Runs the script as the browser would and returns what it registered. */
function load() {
	const registered: { templates: Record<string, Template>; styles: { css: string; raw: boolean }[] } = { templates: {}, styles: [] };
	const CMS = {
		registerPreviewTemplate: (name: string, template: Template) => (registered.templates[name] = template),
		registerPreviewStyle: (css: string, options: { raw: boolean }) => registered.styles.push({ css, raw: options.raw }),
	};
	const h = (type: string, props: Record<string, unknown> | null, ...children: unknown[]): Element => ({ type, props: props ?? {}, children: children.flat() });
	const window = { CMS, h, createClass: (spec: Template) => spec };
	new Function('window', previewScript(templates, data))(window);
	return registered;
}

/** The text a reader would see. */
function textOf(node: unknown): string {
	if (node === null || node === undefined || node === false) return '';
	if (typeof node === 'string' || typeof node === 'number') return String(node);
	const element = node as Element;
	return element.children.map(textOf).join('');
}

function find(node: unknown, className: string): Element | undefined {
	if (!node || typeof node !== 'object') return undefined;
	const element = node as Element;
	if (
		String(element.props['className'] ?? '')
			.split(' ')
			.includes(className)
	)
		return element;
	for (const child of element.children) {
		const found = find(child, className);
		if (found) return found;
	}
	return undefined;
}

/** Decap's entry: `getIn(['data', key])`. */
const entry = (values: Record<string, unknown>) => ({ getIn: ([, key]: [string, string]) => values[key] });

const render = (template: Template | undefined, values: Record<string, unknown>) =>
	template!.render.call({ props: { entry: entry(values), widgetFor: () => '（正文预览）' } });

describe('the web editor’s preview', () => {
	const registered = load();

	it('previews initiatives (.md and .mdx) and indicators, with the site’s own stylesheet', () => {
		expect(Object.keys(registered.templates).sort()).toEqual(['indicators', 'initiatives', 'initiatives-mdx']);
		expect(registered.styles).toHaveLength(1);
		expect(registered.styles[0]?.raw).toBe(true);
		expect(registered.styles[0]?.css).toContain('.status-badge {');
		expect(registered.styles[0]?.css).toContain('.sample-label {');
	});

	it('shows an initiative’s status as the site’s badge, in words and symbol, with its reason, unit names and milestones', () => {
		const page = render(registered.templates['initiatives'], {
			title: '网红街区',
			summary: '繁荣城市商贸业态。',
			status: 'delayed',
			status_reason: '招引进度慢于计划。',
			status_as_of: '2026-11-18',
			lead_unit: 'shangwu-ju',
			partner_units: ['shangwu-ju', 'xin-danwei'],
			start: '2021-06',
			due: '2025-12',
			milestones: [{ title: '首个街区开街', planned: '2022-09', done: true }],
			sample: true,
		});
		const badge = find(page, 'status-badge');
		expect(badge?.props['className']).toBe('status-badge status-bad');
		expect(textOf(badge)).toBe('◆ 进度滞后');
		const text = textOf(page);
		expect(text).toContain('示例数据');
		expect(text).toContain('原因说明：招引进度慢于计划。');
		// A unit added in the editor since the build shows its file name.
		expect(text).toContain('配合单位区商务局、xin-danwei');
		expect(text).toContain('实施期限2021年6月至2025年12月');
		expect(text).toContain('✔ 首个街区开街 · 已完成 · 计划 2022年9月');
		expect(text).toContain('（正文预览）');
	});

	it('shows an indicator’s figures with its decimals, its data statuses, target and a decorative chart', () => {
		const page = render(registered.templates['indicators'], {
			title: '琼江生态走廊建成里程',
			unit: '公里',
			decimals: 1,
			target: { period: '2027', value: 50 },
			series: [
				{ period: '2025', value: 39.5, status: 'final' },
				{ period: '2026-Q3', value: 45, status: 'preliminary', note: '截至9月底' },
			],
			source: { publisher: '区住房和城乡建设局', title: '《统计报表》' },
		});
		const text = textOf(page);
		expect(text).toContain('目标2027年 50.0公里');
		expect(text).toContain('2025年39.5最终核实数');
		expect(text).toContain('2026年第三季度45.0初步数截至9月底');
		expect(text).toContain('数据来源：区住房和城乡建设局《统计报表》');
		const chart = find(page, 'preview-chart');
		expect(chart?.props['aria-hidden']).toBe('true');
	});

	it('hands whatever an entry holds to React as text, never as markup, and survives a half-typed entry', () => {
		const hostile = '<img src=x onerror=alert(1)><script>alert(1)</script>';
		const page = render(registered.templates['initiatives'], {
			title: hostile,
			summary: hostile,
			status: 'nonsense',
			milestones: 'not a list',
			partner_units: 7,
		});
		expect(textOf(page)).toContain(hostile);
		expect(JSON.stringify(page)).not.toContain('dangerouslySetInnerHTML');
		expect(textOf(find(page, 'status-badge'))).toBe('nonsense');
		expect(textOf(render(registered.templates['indicators'], {}))).toContain('（未填写指标名称）');
	});

	it('writes its data so that no value can end the script early', () => {
		const script = previewScript(templates, { ...data, units: { x: '</script><script>alert(1)</script>' } });
		expect(script).not.toContain('</script>');
	});
});
