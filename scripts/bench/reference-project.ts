/**
 * The bench's yardstick: a bare Astro project that renders the same synthetic content, each
 * initiative's Markdown as a page and each indicator's series as a table, with Astro's own
 * glob() loader and no schema, charts, cards, search, checks or compression. What the real
 * build costs beyond this is the price of its features.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { linkPackages } from './private-project.ts';

const FILES: Record<string, string> = {
	'package.json': '{ "name": "anju-bench-reference", "private": true, "type": "module" }\n',
	'astro.config.mjs': "import { defineConfig } from 'astro/config';\nexport default defineConfig({ build: { format: 'directory' } });\n",
	'src/content.config.ts': `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
const base = process.env.CONTENT_DIR;
export const collections = {
	initiatives: defineCollection({ loader: glob({ pattern: '*.md', base: \`\${base}/initiatives\` }) }),
	indicators: defineCollection({ loader: glob({ pattern: '*.yaml', base: \`\${base}/indicators\` }) }),
};
`,
	'src/pages/initiatives/[slug].astro': `---
import { getCollection, render } from 'astro:content';
export async function getStaticPaths() {
	return (await getCollection('initiatives')).map((entry) => ({ params: { slug: entry.id }, props: { entry } }));
}
const { entry } = Astro.props;
const { Content } = await render(entry);
---
<html lang="zh-CN"><head><meta charset="utf-8" /><title>{entry.data.title}</title></head>
<body><main><h1>{entry.data.title}</h1><p>{entry.data.summary}</p><Content /></main></body></html>
`,
	'src/pages/indicators/[slug].astro': `---
import { getCollection } from 'astro:content';
export async function getStaticPaths() {
	return (await getCollection('indicators')).map((entry) => ({ params: { slug: entry.id }, props: { entry } }));
}
const { entry } = Astro.props;
---
<html lang="zh-CN"><head><meta charset="utf-8" /><title>{entry.data.title}</title></head>
<body><main><h1>{entry.data.title}</h1><p>{entry.data.definition}</p>
<table><tr><th>时期</th><th>数值（{entry.data.unit}）</th></tr>{entry.data.series.map((point) => <tr><td>{point.period}</td><td>{point.value}</td></tr>)}</table>
</main></body></html>
`,
};

/** Writes the reference project into `dir`, sharing the project's installed packages. */
export function referenceProject(projectRoot: string, dir: string): string {
	for (const [name, text] of Object.entries(FILES)) {
		mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
		writeFileSync(path.join(dir, name), text);
	}
	linkPackages(projectRoot, dir);
	return dir;
}
