/**
 * Writes the Pagefind search index for a built site into its pagefind/ folder.
 *
 * Only the <main data-pagefind-body> of each page is indexed (BaseLayout), so the header,
 * navigation, sample-data notice and footer never match a query; the 404 and search pages
 * have no body and stay out. Pagefind is pinned (package.json): its Chinese query
 * segmentation changed in 1.5 (upstream issue 1237), and tests/search/ checks a list of
 * domain terms against every build, and how high each ranks its page.
 *
 * Ranking is set in the pages and in the browser: each page's own h1 is weighted up
 * (data-pagefind-weight="10"), the titles of cards that name other pages weighted down to plain
 * text ("1"), and the search page ranks with SEARCH_RANKING (src/client/pagefind.ts).
 */
import { rm } from 'node:fs/promises';
import path from 'node:path';
import * as pagefind from 'pagefind';
import type { BuildStep } from './build-step.ts';

/** Pagefind's stock interfaces, which the search page does not use (SearchPanel runs on its JS API). */
const UNUSED_UI = [
	'pagefind-ui.js',
	'pagefind-ui.css',
	'pagefind-modular-ui.js',
	'pagefind-modular-ui.css',
	'pagefind-component-ui.js',
	'pagefind-component-ui.css',
	'pagefind-highlight.js',
];

/** Indexes the site built in `dir` into its pagefind/ folder. */
export async function indexSite(dir: string): Promise<void> {
	// Every page is zh-CN; one language means one index, whatever a page's lang says.
	const { index, errors } = await pagefind.createIndex({ forceLanguage: 'zh-cn' });
	if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
	try {
		const added = await index.addDirectory({ path: dir });
		if (added.errors.length > 0) throw new Error(`Pagefind: ${added.errors.join('; ')}`);
		if (added.page_count === 0) throw new Error('Pagefind: 没有可索引的页面（no pages with data-pagefind-body）');
		const outputPath = path.join(dir, 'pagefind');
		const written = await index.writeFiles({ outputPath });
		if (written.errors.length > 0) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
		await Promise.all(UNUSED_UI.map((file) => rm(path.join(outputPath, file), { force: true })));
	} finally {
		await pagefind.close();
	}
}

/** The build step: the search index, written to pagefind/. */
export function searchIndex(): BuildStep {
	return { name: '生成搜索索引', phase: '搜索索引（Pagefind index）', run: indexSite };
}
