/**
 * How the search page shows results: the status line over the list and one list item per
 * result. Text from the index is set as text, never parsed as HTML, except Pagefind's excerpt,
 * which Pagefind has already escaped and marked up. Titles and excerpts get Chinese punctuation
 * where Pagefind joined blocks with a half-width full stop.
 */
import { formatDate } from '../utils/format.ts';
import type { PagefindResultData } from './pagefind.ts';

/** The status line while a search runs. */
export const SEARCHING_MESSAGE = '正在搜索……';

/** The status line when the index cannot be loaded (offline, or the site was built without it). */
export const UNAVAILABLE_MESSAGE = '搜索索引暂时无法加载，请稍后再试，或通过导航按栏目浏览。';

/** The status line after a search: how many results, for the query or else for the filters alone. */
export function resultsMessage(query: string, count: number): string {
	const what = query ? `“${query}”` : '所选条件';
	return count === 0 ? `没有找到与${what}相关的内容，请换个词或减少筛选条件。` : `找到 ${count} 条与${what}相关的结果。`;
}

/** Full-width punctuation that already ends a clause, after which a joining full stop is dropped. */
const ENDS_CLAUSE = /[。！？；：，、…]/u;

/**
 * Where Pagefind joined two blocks of Chinese text: a Han character or full-width punctuation
 * (“” ‘’ … — included), perhaps closing a `<mark>`, then Pagefind's half-width ". " (or "." at the end).
 */
const HALF_WIDTH_JOIN = /([\p{Script=Han}\u3000-\u303f\uff00-\uffef“”‘’…—])(<\/mark>)?\.(?: |$)/gu;

/**
 * Text from the index with Chinese punctuation. Pagefind ends each block element (a heading, a
 * paragraph, a list item) with a half-width ". " when it builds excerpts, so “琼江生态走廊建成里程.
 * 琼江…” would show; after Chinese text that becomes 。, or nothing where the block already ends
 * with full-width punctuation. Full stops in numbers and Latin text are left alone. Safe on
 * Pagefind's escaped excerpt: it only adds 。 and removes ". ".
 */
export function withChinesePunctuation(text: string): string {
	return text.replace(HALF_WIDTH_JOIN, (_join, last: string, mark = '') => `${last}${mark}${ENDS_CLAUSE.test(last) ? '' : '。'}`);
}

/** The line under a result's title: its column, its status, and when it was updated or published. */
export function resultDetails(data: PagefindResultData): string {
	const details = [data.filters.column?.[0], data.filters.status?.[0]].filter(Boolean);
	const date = data.meta.updated ?? data.meta.published;
	if (date) details.push(`${data.meta.updated ? '更新于' : '发布于'}${formatDate(date)}`);
	return details.join(' · ');
}

/** One result as a list item: the linked title as a heading, the details line and the excerpt. */
export function resultItem(document: Document, data: PagefindResultData): HTMLLIElement {
	const item = document.createElement('li');
	const heading = document.createElement('h2');
	const link = document.createElement('a');
	link.href = data.url;
	link.textContent = data.meta.title === undefined ? data.url : withChinesePunctuation(data.meta.title);
	heading.append(link);
	const meta = document.createElement('p');
	meta.className = 'result-meta';
	meta.textContent = resultDetails(data);
	const excerpt = document.createElement('p');
	// Pagefind's excerpt is the page's own text, escaped, with <mark> around the matches.
	excerpt.innerHTML = withChinesePunctuation(data.excerpt);
	item.append(heading, meta, excerpt);
	return item;
}
