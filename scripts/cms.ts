/**
 * `npm run cms`: the web editor on this computer, editing the files in content/ directly.
 * `npm run cms -- --workflow` runs the 三审 review workflow on local Git branches instead;
 * it needs a clean working copy, because Decap commits everything in it.
 * `--port N` chooses the editor's port (default 8080).
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { startCms } from './cms/server.ts';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DEFAULT_PORT = 8080;

const { values } = parseArgs({ options: { workflow: { type: 'boolean', default: false }, port: { type: 'string' } } });
const workflow = values.workflow;
const port = values.port === undefined ? DEFAULT_PORT : Number(values.port);

if (workflow) {
	const changes = execFileSync('git', ['status', '--porcelain'], { cwd: projectRoot, encoding: 'utf8' }).trim();
	if (changes !== '') {
		console.error('三审流程模式需要干净的工作副本：下面这些修改尚未提交，编辑器保存时会把它们一起提交。');
		console.error(changes);
		console.error('请先提交或撤销这些修改，或者不带 --workflow 运行 npm run cms。');
		process.exit(1);
	}
}

try {
	const cms = await startCms({ repoDir: projectRoot, mode: workflow ? 'git' : 'fs', port });
	console.log(`\n网页编辑器已启动：${cms.url}\n`);
	console.log(
		workflow
			? '三审流程模式：保存的内容先放在本机 Git 分支上，经“审核中”“待签发”，发布后才合并进当前分支。'
			: '本机模式：点“发布”后修改直接写入 content/ 文件夹。',
	);
	console.log('改完后运行 npm run check 检查内容，运行 npm run dev 预览网站。按 Ctrl+C 停止。\n');
	for (const signal of ['SIGINT', 'SIGTERM'] as const) {
		process.once(signal, () => {
			void cms.close().then(() => process.exit(0));
		});
	}
} catch (error) {
	const code = (error as NodeJS.ErrnoException).code;
	console.error(
		code === 'EADDRINUSE'
			? `端口 ${port} 已被占用。请关闭占用它的程序，或换一个端口：npm run cms -- --port ${port + 1}`
			: `网页编辑器未能启动：${error instanceof Error ? error.message : String(error)}`,
	);
	process.exit(1);
}
