/**
 * `npm run docs:fields`: rewrites the field tables in docs/编辑指南.md from the schemas
 * (scripts/field-tables.ts). Run it after changing a field's text in src/schemas/.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { withFieldTables } from './field-tables.ts';

const guidePath = fileURLToPath(new URL('../docs/编辑指南.md', import.meta.url));
const guide = await readFile(guidePath, 'utf8');
const updated = withFieldTables(guide);
if (updated === guide) {
	console.log('docs/编辑指南.md 的字段表已是最新（field tables up to date）');
} else {
	await writeFile(guidePath, updated);
	console.log('已更新 docs/编辑指南.md 的字段表（field tables rewritten）');
}
