import { describe, expect, it } from 'vitest';
import { laterPageNumbers, listPage, listPageNumber, listPagePaths, pageLinks } from '../../src/utils/pagination.ts';

describe('list pagination', () => {
	const items = Array.from({ length: 1021 }, (_, index) => index);

	it('splits a long list into pages of the given size, the last one shorter', () => {
		expect(listPage(items, 1, 250)).toMatchObject({ number: 1, count: 5, offset: 0 });
		expect(listPage(items, 1, 250).items).toHaveLength(250);
		expect(listPage(items, 5, 250).items).toEqual([
			1000, 1001, 1002, 1003, 1004, 1005, 1006, 1007, 1008, 1009, 1010, 1011, 1012, 1013, 1014, 1015, 1016, 1017, 1018, 1019, 1020,
		]);
		expect(listPage(items, 5, 250).offset).toBe(1000);
	});

	it('keeps a short list, and an empty one, on one page with no later pages', () => {
		expect(listPage(items.slice(0, 21), 1)).toMatchObject({ count: 1, items: items.slice(0, 21) });
		expect(listPage([], 1)).toMatchObject({ count: 1, items: [] });
		expect(laterPageNumbers(21)).toEqual([]);
		expect(laterPageNumbers(250, 250)).toEqual([]);
		expect(laterPageNumbers(251, 250)).toEqual([2]);
		expect(laterPageNumbers(1021, 250)).toEqual([2, 3, 4, 5]);
	});

	it('links the first, the last and the neighbours of the current page, with an ellipsis for long gaps only', () => {
		expect(pageLinks(1, 1)).toEqual([1]);
		expect(pageLinks(1, 5)).toEqual([1, 2, '…', 5]);
		expect(pageLinks(3, 5)).toEqual([1, 2, 3, 4, 5]);
		expect(pageLinks(10, 20)).toEqual([1, '…', 9, 10, 11, '…', 20]);
		expect(pageLinks(20, 20)).toEqual([1, '…', 19, 20]);
		expect(pageLinks(4, 20)).toEqual([1, 2, 3, 4, 5, '…', 20]);
	});

	it('gives a [...list] route its paths, and reads the page number back from them', () => {
		const paths = listPagePaths(600, 250);
		expect(paths).toEqual([{ params: { list: undefined } }, { params: { list: 'page/2' } }, { params: { list: 'page/3' } }]);
		expect(paths.map(({ params }) => listPageNumber(params.list))).toEqual([1, 2, 3]);
		expect(listPagePaths(21)).toEqual([{ params: { list: undefined } }]);
	});
});
