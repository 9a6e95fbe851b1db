/**
 * Every built page is valid HTML by html-validate's recommended rules (.htmlvalidate.json),
 * with one exception: `prefer-native-element` allows role="region", because wide tables
 * scroll inside a focusable <div role="region" aria-label> (the ARIA pattern for scrollable
 * regions), where a <section> would add an outline section for a mere scroll container.
 */
import path from 'node:path';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { builtSite, type SiteKind } from '../helpers/built-site.ts';
import { siteFiles } from './files.ts';

const validator = new HtmlValidate(new FileSystemConfigLoader());

describe.each<SiteKind>(['root', 'subpath'])('html-validate over the %s build', (kind) => {
	it('finds no errors on any page', async () => {
		const { dist } = builtSite(kind);
		const pages = siteFiles(dist, '.html');
		expect(pages.length).toBeGreaterThan(50);
		const problems: string[] = [];
		for (const page of pages) {
			const report = await validator.validateFile(path.join(dist, page));
			for (const result of report.results) {
				for (const message of result.messages) problems.push(`${page}:${message.line} ${message.ruleId}: ${message.message}`);
			}
		}
		expect(problems).toEqual([]);
	});
});
