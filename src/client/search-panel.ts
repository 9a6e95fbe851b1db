/**
 * The search page's script (SearchPanel.astro): fills the filters from the index, searches as
 * the reader types or chooses, keeps the search in the address bar so it can be bookmarked or
 * shared, and shows the results ten at a time. Pure functions for the state and the options;
 * `start` wires them to the page's form.
 */
import { loadPagefind, type Pagefind, type PagefindResult } from './pagefind.ts';
import { resultItem, resultsMessage, SEARCHING_MESSAGE, UNAVAILABLE_MESSAGE } from './search-results.ts';

/** How many results are shown at first, and how many more each press of 显示更多结果 adds. */
export const PAGE_SIZE = 10;

/** How long typing must pause before a search starts, in milliseconds. */
const DEBOUNCE_MS = 250;

/** What the reader is searching for: the query, and the chosen value of each filter that has one. */
export interface SearchState {
	query: string;
	filters: Record<string, string>;
}

/** The form's state: the trimmed query, and each filter select (`data-filter="key"`) that has a value. */
export function readState(input: HTMLInputElement | null, selects: readonly HTMLSelectElement[]): SearchState {
	const filters: Record<string, string> = {};
	for (const select of selects) if (select.value && select.dataset['filter']) filters[select.dataset['filter']] = select.value;
	return { query: input?.value.trim() ?? '', filters };
}

/** The page's address for a state, `/search/?q=…&pillar=…`, or just the path when there is nothing to search for. */
export function stateAddress(pathname: string, { query, filters }: SearchState): string {
	const params = new URLSearchParams({ ...(query ? { q: query } : {}), ...filters });
	return `${pathname}${params.size > 0 ? `?${params}` : ''}`;
}

/** A filter's options from the index's counts, in Chinese collation order: `安业安居（12）`. */
export function filterOptions(counts: Record<string, number>): { label: string; value: string }[] {
	return Object.entries(counts)
		.sort(([a], [b]) => a.localeCompare(b, 'zh-CN'))
		.map(([value, count]) => ({ label: `${value}（${count}）`, value }));
}

/**
 * Runs the search page in `document`: restores the search in the address, loads the index,
 * and searches on every change. Without the index it says so and leaves the form to submit
 * natively, filters hidden.
 */
export async function start(document: Document, load: () => Promise<Pagefind> = loadPagefind): Promise<void> {
	const form = document.querySelector<HTMLFormElement>('#search-form');
	const input = document.querySelector<HTMLInputElement>('#search-q');
	const filterBox = document.querySelector<HTMLFieldSetElement>('#search-filters');
	const selects = [...document.querySelectorAll<HTMLSelectElement>('select[data-filter]')];
	const status = document.querySelector<HTMLElement>('#search-message');
	const list = document.querySelector<HTMLOListElement>('#search-results');
	const more = document.querySelector<HTMLButtonElement>('#search-more');
	let pending: PagefindResult[] = [];

	const setStatus = (text: string) => {
		if (status) status.textContent = text;
	};

	/** Shows the next page of results; Pagefind loads each result's text only now. */
	const appendBatch = async (): Promise<HTMLLIElement[]> => {
		const batch = pending.slice(0, PAGE_SIZE);
		pending = pending.slice(PAGE_SIZE);
		const items = (await Promise.all(batch.map((result) => result.data()))).map((data) => resultItem(document, data));
		list?.append(...items);
		if (more) more.hidden = pending.length === 0;
		return items;
	};

	const run = async (pagefind: Pagefind): Promise<void> => {
		const state = readState(input, selects);
		history.replaceState(null, '', stateAddress(location.pathname, state));
		if (!state.query && Object.keys(state.filters).length === 0) {
			list?.replaceChildren();
			if (more) more.hidden = true;
			setStatus('');
			return;
		}
		setStatus(SEARCHING_MESSAGE);
		const search = await pagefind.debouncedSearch(state.query || null, { filters: state.filters }, DEBOUNCE_MS);
		if (!search) return; // a newer keystroke superseded this search
		pending = search.results;
		list?.replaceChildren();
		setStatus(resultsMessage(state.query, search.results.length));
		await appendBatch();
	};

	const params = new URLSearchParams(location.search);
	if (input) input.value = params.get('q') ?? '';
	let pagefind: Pagefind;
	try {
		pagefind = await load();
	} catch {
		setStatus(UNAVAILABLE_MESSAGE);
		return;
	}
	const available = await pagefind.filters();
	for (const select of selects) {
		const key = select.dataset['filter'] ?? '';
		for (const { label, value } of filterOptions(available[key] ?? {})) select.add(new Option(label, value));
		select.value = params.get(key) ?? '';
		select.addEventListener('change', () => void run(pagefind));
	}
	if (filterBox) filterBox.hidden = false;
	form?.addEventListener('submit', (event) => {
		event.preventDefault();
		void run(pagefind);
	});
	input?.addEventListener('input', () => void run(pagefind));
	// Keyboard users continue from the first new result rather than back at the button.
	more?.addEventListener('click', () => void appendBatch().then((items) => items[0]?.querySelector('a')?.focus()));
	await run(pagefind);
}
