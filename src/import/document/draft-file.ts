/**
 * The file of a draft update: its name, and its text as `npm run new -- update` writes it
 * (scripts/templates/update.md through renderTemplate, with a Chinese comment on each field
 * and 相关举措 commented out), with the values read from the document put in.
 *
 * The name is `<date>-baogao` (报告), then `<date>-baogao-2`, `-3`… for the first that no
 * update of any extension has: a slug must be lowercase ASCII and there is no pinyin
 * converter, so the date says which report it is and the editor may rename the file.
 * `sample` keeps the template's `false`: an imported report is a real document. What keeps an
 * unreviewed draft from being published is REVIEW_LINE, the body's first line: it starts with
 * 待填写, so the content check refuses the draft (placeholder) until the editor has read it
 * through and deleted the line.
 */
import { access, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { stringify } from 'yaml';
import { renderTemplate } from '../../../scripts/templates/render.ts';
import { COLLECTIONS } from '../../schemas/index.ts';
import { PLACEHOLDER_PREFIX } from '../../schemas/site.ts';

const TEMPLATE = fileURLToPath(new URL('../../../scripts/templates/update.md', import.meta.url));

/** The stem every draft's name starts with after its date. */
export const DRAFT_STEM = 'baogao';

const exists = (file: string) =>
	access(file).then(
		() => true,
		() => false,
	);

/** The first free slug for a draft dated `date` in `contentDir`/updates/. */
export async function draftSlug(contentDir: string, date: string): Promise<string> {
	const folder = path.join(contentDir, 'updates');
	for (let number = 1; ; number++) {
		const slug = number === 1 ? `${date}-${DRAFT_STEM}` : `${date}-${DRAFT_STEM}-${number}`;
		const taken = await Promise.all(COLLECTIONS.updates.extensions.map((extension) => exists(path.join(folder, `${slug}${extension}`))));
		if (!taken.includes(true)) return slug;
	}
}

/** The first line of every draft's body, which the editor deletes once the draft is reviewed. */
export const REVIEW_LINE = `${PLACEHOLDER_PREFIX}：本文由 Word 文档导入，请核对全文后删除本行。`;

/** The values of the draft's front matter; one not given keeps the template's 待填写. */
export interface DraftValues {
	title?: string;
	date: string;
	summary?: string;
}

/** The whole text of the draft: the template's front matter with `values`, then `body` (or the template's body placeholder). */
export async function draftText(values: DraftValues, body: string): Promise<string> {
	const rendered = renderTemplate(await readFile(TEMPLATE, 'utf8'), COLLECTIONS.updates.schema, 'update.md');
	const end = rendered.indexOf('\n---\n', 4);
	const given: Record<string, string | undefined> = { ...values };
	// A value line is replaced, the comments around it are kept; YAML's own writer quotes what needs quoting.
	const frontMatter = rendered.slice(0, end).replace(/^(title|date|summary): .*$/gm, (line, key: string) => {
		const value = given[key];
		return value === undefined ? line : `${key}: ${stringify(value, { lineWidth: 0 }).trimEnd()}`;
	});
	const templateBody = rendered.slice(end + 5);
	return `${frontMatter}\n---\n\n${REVIEW_LINE}\n\n${body.trim() === '' ? templateBody.trimStart() : body}`;
}
