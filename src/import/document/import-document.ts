/**
 * A Word or WPS report (.docx) made into a draft update, for `npm run import -- 报告.docx
 * --as update`: read (read-docx.ts), cleaned (clean-tree.ts), its front matter read from
 * it (front-matter.ts), its images placed (images.ts), written as
 * `content/updates/<date>-baogao.md` (draft-file.ts, to-markdown.ts; always .md, so no text
 * of the document can be read as MDX), then put through the content check. The report, in
 * Chinese, says what was written, what was read from the document, what was cleaned, and
 * everything the editor must complete: every 待填写 and every problem the check found in
 * the draft.
 *
 * Exit codes. A draft is meant to be incomplete: its placeholders are what the report lists,
 * so they do not fail the import.
 * - 0: the draft was written (in a dry run: would be), whatever the check found in it;
 * - 1: no draft could be written: the document has no text, or the file could not be created;
 * - 2: the file cannot be read: missing, a folder, not a .docx or a corrupt one.
 *
 * A dry run writes nothing: the draft and its images are checked in a temporary copy of the
 * content folder, so the report is the one a real import would give.
 */
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Element, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';
import { PLACEHOLDER_PREFIX } from '../../schemas/site.ts';
import { checkContent } from '../../validation/check-content.ts';
import { formatProblem } from '../../validation/format-problems.ts';
import type { Problem } from '../../validation/problem.ts';
import { CLEAN_UP_NAMES, cleanTree, levelHeadings, type Tally } from './clean-tree.ts';
import { draftSlug, draftText } from './draft-file.ts';
import { inferFrontMatter, type InferredFrontMatter } from './front-matter.ts';
import { placeImages, writeImages, type PlacedImage } from './images.ts';
import { EMBEDDED_SRC, readDocx, UnreadableDocument, type ReadDocx } from './read-docx.ts';
import { dropUnsafeLinks, toMarkdown } from './to-markdown.ts';

export interface ImportDocumentOptions {
	/** The .docx, as the editor named it. */
	file: string;
	/** The content folder the draft goes into (its updates/). */
	contentDir: string;
	/** The project: images go into its public/images/, and paths are shown from it. */
	projectRoot: string;
	/** YYYY-MM-DD: the draft's date when the document has none, and the check's today. */
	today: string;
	dryRun: boolean;
}

export interface ImportDocumentResult {
	exitCode: 0 | 1 | 2;
	report: string;
}

/** The alt text of every imported image: the editor describes it, and the report lists it until then. */
export const IMAGE_ALT = `${PLACEHOLDER_PREFIX}：图片说明`;

export async function importDocument(options: ImportDocumentOptions): Promise<ImportDocumentResult> {
	const { file, contentDir, projectRoot, today, dryRun } = options;
	const shown = (absolute: string) => path.relative(projectRoot, absolute).split(path.sep).join('/');

	const read = await readDocument(file);
	if ('report' in read) return read;
	const { tree, images } = read;

	const cleaned = cleanTree(tree);
	const inferred = inferFrontMatter(tree, today);
	levelHeadings(tree);
	const droppedLinks = dropUnsafeLinks(tree);
	if (inferred.title === undefined && toString(tree).trim() === '' && images.length === 0) {
		return { exitCode: 1, report: `“${file}”里没有文字，未生成草稿（the document is empty）` };
	}

	const slug = await draftSlug(contentDir, inferred.date.value);
	const target = path.join(contentDir, 'updates', `${slug}.md`);
	const placed = await placeImages(
		images.map((image) => image.bytes),
		slug,
		projectRoot,
	);
	pointImages(tree, placed);
	const text = await draftText(
		{ date: inferred.date.value, ...(inferred.title && { title: inferred.title.value }), ...(inferred.summary && { summary: inferred.summary.value }) },
		toMarkdown(tree),
	);

	let problems: Problem[];
	if (dryRun) {
		problems = await checkStaged({ contentDir, projectRoot, today, target, text, placed });
	} else {
		try {
			await mkdir(path.dirname(target), { recursive: true });
			await writeFile(target, text, { flag: 'wx' });
			await writeImages(placed, projectRoot);
		} catch (error) {
			return { exitCode: 1, report: `无法写入草稿 ${shown(target)} 或它的图片：${(error as Error).message}（could not write the draft）` };
		}
		problems = (await checkContent(contentDir, projectRoot, { today, publicDir: path.join(projectRoot, 'public') })).problems;
	}

	const draft = shown(target);
	return {
		exitCode: 0,
		report: report({
			draft,
			dryRun,
			placed,
			inferred,
			cleaned,
			droppedLinks,
			toComplete: toComplete(
				draft,
				text,
				problems.filter((problem) => problem.file === draft),
			),
		}),
	};
}

/** The document's tree and images, or the report of why it cannot be read. */
async function readDocument(file: string): Promise<ReadDocx | ImportDocumentResult> {
	let bytes: Uint8Array;
	try {
		bytes = await readFile(file);
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code;
		const reason = code === 'ENOENT' ? '找不到这个文件' : code === 'EISDIR' ? '这是一个文件夹，不是文件' : '文件无法打开';
		return { exitCode: 2, report: `读不了“${file}”：${reason}（cannot read the file）` };
	}
	try {
		return await readDocx(bytes);
	} catch (error) {
		if (!(error instanceof UnreadableDocument)) throw error;
		return {
			exitCode: 2,
			report: `读不了“${file}”：它不是 Word 文档（.docx），或者文件已损坏。旧版 Word 的 .doc、WPS 的 .wps 文件，请先用“另存为”存成 .docx 再导入（not a readable .docx file）`,
		};
	}
}

/** Points each image of the tree at its file, with the alt text to fill in; an image refused is taken out. */
function pointImages(tree: Root, placed: readonly (PlacedImage | undefined)[]): void {
	visit(tree, 'element', (node: Element) => {
		node.children = node.children.flatMap((child) => {
			const src = child.type === 'element' && child.tagName === 'img' ? String(child.properties['src'] ?? '') : undefined;
			if (src === undefined || child.type !== 'element') return [child];
			const image = src.startsWith(EMBEDDED_SRC) ? placed[Number(src.slice(EMBEDDED_SRC.length))] : undefined;
			return image ? [{ ...child, properties: { src: image.src, alt: IMAGE_ALT } }] : [];
		});
	});
}

/** The draft and its images checked in a temporary copy of the content folder, which is then removed. */
async function checkStaged(draft: {
	contentDir: string;
	projectRoot: string;
	today: string;
	target: string;
	text: string;
	placed: readonly (PlacedImage | undefined)[];
}): Promise<Problem[]> {
	const staging = await mkdtemp(path.join(os.tmpdir(), 'import-document-'));
	try {
		// The copy sits where the content folder sits in the project, so the check shows the same paths.
		const inProject = path.relative(draft.projectRoot, draft.contentDir);
		const contentDir = path.join(staging, inProject.startsWith('..') ? path.basename(draft.contentDir) : inProject);
		await cp(draft.contentDir, contentDir, { recursive: true });
		const target = path.join(contentDir, path.relative(draft.contentDir, draft.target));
		await mkdir(path.dirname(target), { recursive: true });
		await writeFile(target, draft.text);
		await writeImages(draft.placed, staging);
		return (await checkContent(contentDir, staging, { today: draft.today, publicDir: path.join(staging, 'public') })).problems;
	} finally {
		await rm(staging, { recursive: true, force: true });
	}
}

/**
 * What the editor must complete: the check's problems in the draft, and every 待填写 the check
 * does not report itself (an image's alt text), each at its line.
 */
function toComplete(draft: string, text: string, problems: readonly Problem[]): string[] {
	const reported = new Set(problems.filter((problem) => problem.rule === 'placeholder').map((problem) => problem.line));
	const unreported = text.split('\n').flatMap((line, index) => {
		if (!line.includes(PLACEHOLDER_PREFIX) || reported.has(index + 1)) return [];
		return [{ line: index + 1, text: `${draft}:${index + 1}  待填写  仍是占位内容“${line.trim()}”` }];
	});
	return [...problems.map((problem) => ({ line: problem.line ?? 0, text: formatProblem(problem) })), ...unreported]
		.sort((a, b) => a.line - b.line)
		.map((item) => item.text);
}

interface ReportParts {
	draft: string;
	dryRun: boolean;
	placed: readonly (PlacedImage | undefined)[];
	inferred: InferredFrontMatter;
	cleaned: Tally;
	droppedLinks: number;
	toComplete: readonly string[];
}

function report(parts: ReportParts): string {
	const { draft, dryRun, placed, inferred, cleaned, droppedLinks, toComplete } = parts;
	const lines = [dryRun ? `试运行（--dry-run），没有写入任何文件。将生成工作动态草稿：${draft}` : `已生成工作动态草稿：${draft}`];
	const kept = placed.filter((image) => image !== undefined);
	if (kept.length > 0) lines.push(`${dryRun ? '将保存' : '已保存'}图片 ${kept.length} 张：`, ...kept.map((image) => `  ${image.file}`));
	placed.forEach((image, index) => {
		if (image === undefined) {
			lines.push(
				`第 ${index + 1} 张图片不是 PNG、JPEG、GIF 或 WebP 格式（如 EMF、WMF 矢量图），未保存：请另存为 PNG 或 JPEG，放入 public/images/，再在正文中引用`,
			);
		}
	});
	lines.push(
		'从文档中读出：',
		`  标题：${inferred.title ? `${inferred.title.value}（${inferred.title.from}）` : '未能读出，请填写'}`,
		`  日期：${inferred.date.value}（${inferred.date.from}）`,
		`  摘要：${inferred.summary ? `${inferred.summary.value}（${inferred.summary.from}，请核对是否概括了全文）` : '未能读出，请填写'}`,
		'  相关举措：无法从文档读出，如有请在草稿中去掉 initiatives 前的 #，填写举措文件名',
	);
	const done = [...cleaned].map(([kind, times]) => `${CLEAN_UP_NAMES[kind]} ${times} 处`);
	if (done.length > 0) lines.push(`已清理：${done.join('，')}`);
	if (droppedLinks > 0) lines.push(`去掉了网站不允许的链接地址 ${droppedLinks} 处（如 javascript:），只保留文字`);
	lines.push(
		...(toComplete.length > 0 ? ['请补充和修改：', ...toComplete.map((item) => `  ${item}`)] : ['内容检查没有发现草稿中的问题。']),
		'改完后运行 npm run check，没有错误再发布。',
	);
	return lines.join('\n');
}
