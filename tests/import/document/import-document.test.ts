/**
 * `importDocument`: real .docx files (tests/fixtures/import/, written by make-docx.py) made into
 * draft updates in a temporary copy of the valid content, and the draft put through the check.
 */
import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { REVIEW_LINE } from '../../../src/import/document/draft-file.ts';
import { IMAGE_ALT, importDocument } from '../../../src/import/document/import-document.ts';
import { parseMarkdown } from '../../../src/markdown/body-tree.ts';
import { renderBody } from '../../../src/markdown/render-body.ts';
import { checkContent } from '../../../src/validation/check-content.ts';
import { activeContentIn } from '../../helpers/active-content.ts';

const fixtures = fileURLToPath(new URL('../../fixtures/', import.meta.url));
const report = path.join(fixtures, 'import', '报告.docx');
const wps = path.join(fixtures, 'import', 'WPS报告.docx');
const hostile = path.join(fixtures, 'import', '恶意内容.docx');
const empty = path.join(fixtures, 'import', '空白.docx');
const TODAY = '2026-12-01';

let root: string;
let contentDir: string;

beforeEach(async () => {
	root = await mkdtemp(path.join(os.tmpdir(), 'import-document-test-'));
	contentDir = path.join(root, 'content');
	await cp(path.join(fixtures, 'content-valid'), contentDir, { recursive: true });
});
afterEach(async () => {
	await rm(root, { recursive: true, force: true });
});

const run = (file: string, dryRun = false) => importDocument({ file, contentDir, projectRoot: root, today: TODAY, dryRun });
const draft = (name: string) => readFile(path.join(contentDir, 'updates', name), 'utf8');
const bodyOf = (text: string) => text.slice(text.indexOf('\n---\n', 4) + 5);
/** Every file under the temporary project, for “nothing was written”. */
const allFiles = async () => (await readdir(root, { recursive: true })).sort();

describe('a Word report becomes a draft update', () => {
	it('writes the cleaned Markdown with the front matter read from the document', async () => {
		const result = await run(report);
		expect(result.exitCode).toBe(0);
		const text = await draft('2026-11-30-baogao.md');
		const lines = text.split('\n');
		expect(lines).toContain('title: 安居区琼江生态走廊建设推进情况报告');
		expect(lines).toContain('date: 2026-11-30');
		expect(lines).toContain('summary: 今年以来，我区按照“对标竞进”工作部署，扎实推进琼江生态走廊建设，累计完成投资3.2亿元，各项工作取得阶段性成效。');
		// The template's default and comments: an imported report is real, the placeholders keep it from being published unreviewed.
		expect(lines).toContain('# sample: false');
		expect(lines).toContain('# initiatives:');

		const body = bodyOf(text);
		expect(body.split('\n')).toEqual(
			expect.arrayContaining([
				// Bold kept, the red colour not; straight quotes around Chinese become “”; the zero-width space is gone.
				'今年以来，我区按照“对标竞进”工作部署，扎实推进琼江生态走廊建设，**累计完成投资3.2亿元**，各项工作取得阶段性成效。',
				// 一、 and （一） typed by hand become the page's section and subsection headings.
				'## 总体进展',
				'### 生态修复',
				// Full-width digits, the indentation and the non-breaking space between Chinese characters cleaned.
				'完成河道清淤12公里，新建湿地公园2处，沿江植被恢复率达到90%。',
				// A soft line break splits the paragraph.
				'主要做法如下：',
				'一是统筹规划；',
				'二是分段实施。',
				// 1. 2. 3． typed by hand become a list.
				'1. 完成沿江绿道建设18公里；',
				'2. 建成亲水平台6处；',
				'3. 启动三期工程前期工作。',
				'### 项目建设',
				`![${IMAGE_ALT}](images/2026-11-30-baogao-1.png)`,
				'## 下一步工作',
				// A half-width comma between Chinese characters becomes full-width.
				'我们将继续加强统筹，确保三期工程按期开工。',
			]),
		);
		expect(body).toMatch(/^\| 项目 +\| 进度 +\| 完成投资（亿元） \|$/m);
		expect(body).toMatch(/^\| 沿江绿道 \| 已完工 \| 1\.8 +\|$/m);
		// The title and the date line are in the front matter, not repeated in the body.
		expect(body).not.toContain('推进情况报告');
		expect(body).not.toContain('2026年11月30日');
		expect(body).not.toMatch(/^# /m);
		expect(body).not.toMatch(/[\u3000\u00a0\u200b]|一、|（一）|FF0000|style/);
		// No empty paragraphs: blocks are separated by exactly one blank line.
		expect(body).not.toMatch(/\n\n\n/);
	});

	it('saves the image under the draft’s name, and the report lists what to complete', async () => {
		const result = await run(report);
		const image = await readFile(path.join(root, 'public', 'images', '2026-11-30-baogao-1.png'));
		expect([...image.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
		expect(result.report).toContain('已生成工作动态草稿：content/updates/2026-11-30-baogao.md');
		expect(result.report).toContain('  public/images/2026-11-30-baogao-1.png');
		expect(result.report).toContain('  标题：安居区琼江生态走廊建设推进情况报告（取自文档的第一个标题）');
		expect(result.report).toContain('  日期：2026-11-30（取自日期行“2026年11月30日”）');
		expect(result.report).toContain('手工编号改为标题或列表 7 处');
		expect(result.report).toContain('空段落 2 处');
		expect(result.report).toContain('全角空格缩进 4 处');
		expect(result.report).toMatch(/content\/updates\/2026-11-30-baogao\.md:\d+:3 {2}错误 {2}图片说明仍是占位内容“!\[待填写：图片说明\]/);
	});

	it('leaves the check nothing to find in the draft but the review line and the image description, which keep it from being published unread', async () => {
		await run(report);
		const { problems } = await checkContent(contentDir, root, { today: TODAY, publicDir: path.join(root, 'public') });
		const inDraft = problems.filter((problem) => problem.file === 'content/updates/2026-11-30-baogao.md');
		const text = await draft('2026-11-30-baogao.md');
		const imageLine = text.split('\n').findIndex((line) => line.startsWith('![待填写')) + 1;
		expect(inDraft.map(({ rule, severity, line }) => ({ rule, severity, line }))).toEqual([
			{ rule: 'placeholder', severity: 'error', line: 15 },
			{ rule: 'placeholder', severity: 'error', line: imageLine },
		]);
		expect((await draft('2026-11-30-baogao.md')).split('\n')[14]).toBe(REVIEW_LINE);
	});

	it('reads the title of a WPS report from its first line and its date written 2026-10-15', async () => {
		const result = await run(wps);
		expect(result.exitCode).toBe(0);
		const text = await draft('2026-10-15-baogao.md');
		expect(text).toContain('title: 安居区农业园区十月工作进展\n');
		expect(text).toContain('date: 2026-10-15\n');
		expect(bodyOf(text)).toBe(`\n${REVIEW_LINE}\n\n十月份，园区新引进农产品加工企业3家，完成基础设施投资0.6亿元。\n\n下一步，园区将加快冷链物流中心建设。\n`);
		expect(result.report).toContain('  标题：安居区农业园区十月工作进展（取自文档的第一行）');
		expect(result.report).toContain(
			`请补充和修改：\n  content/updates/2026-10-15-baogao.md:15:1  错误  正文仍是占位内容“${REVIEW_LINE}”，发布前须改写（placeholder text still present）  placeholder\n改完后运行 npm run check，没有错误再发布。`,
		);
	});
});

describe('nothing is written that should not be', () => {
	it('a dry run writes nothing and reports what it would write', async () => {
		const before = await allFiles();
		const result = await run(report, true);
		expect(result.exitCode).toBe(0);
		expect(await allFiles()).toEqual(before);
		expect(result.report).toContain('试运行（--dry-run），没有写入任何文件。将生成工作动态草稿：content/updates/2026-11-30-baogao.md');
		expect(result.report).toContain('将保存图片 1 张：\n  public/images/2026-11-30-baogao-1.png');
		// The draft was checked all the same: its image exists in the staged copy, only the alt text is left.
		expect(result.report).not.toContain('找不到图片');
		expect(result.report).toContain('图片说明仍是占位内容');
	});

	it('never overwrites an update, of either extension, or an image', async () => {
		const updates = path.join(contentDir, 'updates');
		await writeFile(path.join(updates, '2026-11-30-baogao.md'), '已有的动态\n');
		await writeFile(path.join(updates, '2026-11-30-baogao-2.mdx'), '已有的动态\n');
		await mkdir(path.join(root, 'public', 'images'), { recursive: true });
		await writeFile(path.join(root, 'public', 'images', '2026-11-30-baogao-3-1.png'), 'old');

		const result = await run(report);
		expect(result.report).toContain('已生成工作动态草稿：content/updates/2026-11-30-baogao-3.md');
		expect(await readFile(path.join(updates, '2026-11-30-baogao.md'), 'utf8')).toBe('已有的动态\n');
		expect(await readFile(path.join(updates, '2026-11-30-baogao-2.mdx'), 'utf8')).toBe('已有的动态\n');
		expect(await readFile(path.join(root, 'public', 'images', '2026-11-30-baogao-3-1.png'), 'utf8')).toBe('old');
		expect(await draft('2026-11-30-baogao-3.md')).toContain(`![${IMAGE_ALT}](images/2026-11-30-baogao-3-2.png)`);
	});
});

describe('files that cannot be read', () => {
	const unreadable =
		'它不是 Word 文档（.docx），或者文件已损坏。旧版 Word 的 .doc、WPS 的 .wps 文件，请先用“另存为”存成 .docx 再导入（not a readable .docx file）';

	it('refuses a corrupt .docx with exit code 2 and a Chinese message, writing nothing', async () => {
		const bytes = await readFile(report);
		const corrupt = path.join(root, '损坏.docx');
		await writeFile(corrupt, bytes.subarray(0, bytes.length / 2));
		const before = await allFiles();
		const result = await run(corrupt);
		expect(result).toEqual({ exitCode: 2, report: `读不了“${corrupt}”：${unreadable}` });
		expect(await allFiles()).toEqual(before);
	});

	it('refuses a text file named .docx, a missing file and a folder', async () => {
		const text = path.join(root, '文本.docx');
		await writeFile(text, '这不是 Word 文档');
		expect(await run(text)).toEqual({ exitCode: 2, report: `读不了“${text}”：${unreadable}` });
		const missing = path.join(root, '没有.docx');
		expect(await run(missing)).toEqual({ exitCode: 2, report: `读不了“${missing}”：找不到这个文件（cannot read the file）` });
		expect(await run(contentDir)).toEqual({ exitCode: 2, report: `读不了“${contentDir}”：这是一个文件夹，不是文件（cannot read the file）` });
	});

	it('writes no draft for a document without text (exit code 1)', async () => {
		const before = await allFiles();
		expect(await run(empty)).toEqual({ exitCode: 1, report: `“${empty}”里没有文字，未生成草稿（the document is empty）` });
		expect(await allFiles()).toEqual(before);
	});
});

describe('hostile text in a document', () => {
	it('reaches the draft as text: nothing in it is HTML, MDX or a link', async () => {
		const result = await run(hostile);
		expect(result.exitCode).toBe(0);
		expect(result.report).toContain('已生成工作动态草稿：content/updates/2026-11-02-baogao.md');
		expect(result.report).toContain('去掉了网站不允许的链接地址 1 处（如 javascript:），只保留文字');
		const text = await draft('2026-11-02-baogao.md');
		const body = bodyOf(text);

		// Markdown, never MDX: no `import`, `export` or `{…}` can run.
		expect(await readdir(path.join(contentDir, 'updates'))).not.toContain('2026-11-02-baogao.mdx');
		const kinds = new Set<string>();
		const visit = (node: { type: string; children?: unknown[] }) => {
			kinds.add(node.type);
			for (const child of node.children ?? []) visit(child as typeof node);
		};
		visit(parseMarkdown(body, 'md'));
		expect([...kinds].filter((kind) => ['html', 'link', 'image', 'definition', 'linkReference'].includes(kind))).toEqual([]);

		// As the page renders it: every character is there, as text.
		const html = renderBody(body, 'md', { imageUrl: (src) => src })
			.map((segment) => ('html' in segment ? segment.html : ''))
			.join('');
		expect(activeContentIn(`<!doctype html><html><body>${html}</body></html>`, '/')).toEqual([]);
		expect(html).toContain('<p>&#x3C;script>alert("x")&#x3C;/script></p>');
		expect(html).toContain("<p>{import('fs')}</p>");
		expect(html).toContain('<p>[点这里](javascript:alert(1))</p>');
		expect(html).toContain('<p>&#x3C;!-- 注释 --></p>');
		expect(html).toContain('<p>看这里</p>');
		expect(html).not.toMatch(/<script|<img|<a /);

		// The title and summary are YAML strings, which pages print escaped; the check finds nothing active, only the review line.
		const { problems } = await checkContent(contentDir, root, { today: TODAY, publicDir: path.join(root, 'public') });
		expect(problems.filter((problem) => problem.file === 'content/updates/2026-11-02-baogao.md').map((problem) => problem.rule)).toEqual(['placeholder']);
	});
});
