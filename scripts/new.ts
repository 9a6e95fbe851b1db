/**
 * `npm run new -- initiative <slug>` (or `indicator`, `update`): writes a new content file
 * from scripts/templates/, with every field present and a Chinese comment on each, made from
 * the schema's metadata (scripts/templates/render.ts). Optional fields are commented out;
 * required values start with 待填写, which `npm run check` reports until they are written.
 * Dates default to today (Beijing time).
 * Refuses an unknown kind, an invalid file name or a file that already exists.
 *
 * CONTENT_DIR points at another content folder (tests, a copy being edited).
 */
import { access, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { SLUG_PATTERN } from '../src/schemas/common.ts';
import { exitOnConfigError } from '../src/config/config-error.ts';
import { contentDirectory } from '../src/config/content-folder.ts';
import { readEnvironment } from '../src/config/environment.ts';
import { COLLECTIONS } from '../src/schemas/index.ts';
import { buildDate } from '../src/utils/build-date.ts';
import { suggestSlug } from '../src/validation/rules/file-name.ts';
import { renderTemplate } from './templates/render.ts';

const scriptDir = path.dirname(fileURLToPath(import.meta.url));
const contentDir = contentDirectory(
	path.join(scriptDir, '..'),
	exitOnConfigError(() => readEnvironment()),
);

/** Each kind editors can create: its folder, its template and what it is called. */
const KINDS = {
	initiative: { collection: 'initiatives', template: 'initiative.md', name: '举措', example: 'qiongjiang-lvdao-sanqi' },
	indicator: { collection: 'indicators', template: 'indicator.yaml', name: '指标', example: 'qiongjiang-lvdao-licheng' },
	update: { collection: 'updates', template: 'update.md', name: '动态', example: '2026-12-qiongjiang-zoulang-jinzhan' },
	unit: { collection: 'units', template: 'unit.yaml', name: '责任单位', example: 'shuili-ju' },
} as const;

function fail(message: string): never {
	console.error(message);
	process.exit(1);
}

const [kind, slug, ...extra] = process.argv.slice(2);
const usage =
	'用法：npm run new -- initiative|indicator|update 文件名，如 npm run new -- initiative qiongjiang-lvdao-sanqi（usage: npm run new -- <kind> <slug>）';
if (kind === undefined || !(kind in KINDS) || slug === undefined || extra.length > 0) {
	fail(kind !== undefined && !(kind in KINDS) ? `不认识的内容类型“${kind}”，只能是 initiative（举措）、indicator（指标）或 update（动态）。\n${usage}` : usage);
}
const { collection, template, name, example } = KINDS[kind as keyof typeof KINDS];

if (!SLUG_PATTERN.test(slug)) {
	const suggestion = suggestSlug(slug);
	fail(
		`文件名“${slug}”不可用：只能使用小写英文字母、数字和连字符（不能用中文、空格或大写），${
			suggestion ? `可改为 ${suggestion}` : `请改用拼音或英文，如 ${example}`
		}（invalid slug）`,
	);
}

const extension = path.extname(template);
const target = path.join(contentDir, collection, `${slug}${extension}`);
// The same slug with any extension the folder takes (.md or .mdx, .yaml or .yml) is the same page.
for (const taken of COLLECTIONS[collection].extensions) {
	const existing = path.join(contentDir, collection, `${slug}${taken}`);
	const exists = await access(existing).then(
		() => true,
		() => false,
	);
	if (exists) fail(`${name}“${slug}”已经存在：${path.relative(process.cwd(), existing)}。请直接编辑该文件，或换一个文件名（file exists）`);
}

const templateText = await readFile(path.join(scriptDir, 'templates', template), 'utf8');
const text = renderTemplate(templateText, COLLECTIONS[collection].schema, template).replaceAll('{{today}}', buildDate());
await writeFile(target, text, { flag: 'wx' });
console.log(
	`已创建${name}：${path.relative(process.cwd(), target)}\n请把所有以“待填写”开头的内容改为正式内容，按需去掉可选字段前的 #，然后运行 npm run check 检查（created; fill in every 待填写 and run npm run check）。`,
);
