/**
 * `npm run serve:nginx`: serves a built site through the system's real nginx with the
 * configuration in deploy/nginx/, as the district's server will, until Ctrl+C. It uses the
 * base path the site is built for (content/site.yaml `url`, or SITE_URL, as the build does).
 *
 *   npm run serve:nginx [-- --port N] [--dir DIR]     (default port 8088, folder dist/)
 *   npm run --silent serve:nginx -- --print-config [--dir /var/www/dbjj]
 *       prints the filled-in site configuration for IT staff, with DIR as the server's folder
 */
import { existsSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { exitOnConfigError, loadConfig } from '../src/config/index.ts';
import { INSTALL_HINT, nginxInstallation } from './nginx/installation.ts';
import { startNginx } from './nginx/server.ts';
import { INCLUDE_DIR, renderSiteConfig, SITE_TEMPLATE_FILE } from './nginx/site-config.ts';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DEFAULT_PORT = 8088;

const { values } = parseArgs({ options: { port: { type: 'string' }, dir: { type: 'string' }, 'print-config': { type: 'boolean', default: false } } });
const dir = path.resolve(values.dir ?? path.join(projectRoot, 'dist'));
const port = Number(values.port ?? DEFAULT_PORT);

function fail(message: string): never {
	console.error(message);
	process.exit(1);
}

/** The base path a built site was made for, from its sitemap index (`<loc>https://…/ztzl/dbjj/sitemap-0.xml</loc>`). */
function builtBase(siteDir: string): string | undefined {
	const index = path.join(siteDir, 'sitemap-index.xml');
	const loc = existsSync(index) ? /<loc>([^<]+)<\/loc>/.exec(readFileSync(index, 'utf8'))?.[1] : undefined;
	return loc ? new URL('./', loc).pathname : undefined;
}

const { address } = exitOnConfigError(() => loadConfig(projectRoot));
const base = address.base;

if (values['print-config']) {
	let brotli = false;
	try {
		brotli = nginxInstallation().brotliModule !== undefined;
	} catch {
		console.error(`# 本机没有 nginx，按没有 brotli 模块输出（服务器上装了 libnginx-mod-http-brotli-static 时，请在 gzip_static 后加 brotli_static on;）`);
	}
	try {
		const config = renderSiteConfig(await readFile(SITE_TEMPLATE_FILE, 'utf8'), { basePath: base, siteRoot: dir, brotli });
		process.stdout.write(`# 由 npm run serve:nginx -- --print-config 填写：BASE_PATH=${base}，SITE_ROOT=${dir}\n${config}`);
	} catch (error) {
		fail(error instanceof Error ? error.message : String(error));
	}
	console.error(`# 把上面的内容存为 /etc/nginx/${INCLUDE_DIR}/site.conf，deploy/nginx/security-headers.conf 复制到同一文件夹，详见 docs/部署指南.md。`);
	process.exit(0);
}

if (!Number.isInteger(port) || port < 1 || port > 65535) fail(`端口“${values.port}”不对：请写 1 到 65535 之间的整数，如 --port ${DEFAULT_PORT}`);
if (!existsSync(path.join(dir, 'index.html'))) fail(`${dir} 里没有生成好的网站。请先运行 npm run build，或用 --dir 指定网站文件夹。`);
const built = builtBase(dir);
if (built !== undefined && built !== base) {
	fail(
		`${dir} 是按网址路径 ${built} 生成的，而 ${address.setBy} 的路径是 ${base}，两者不一致时页面里的链接都会失效。` +
			`请按现在的网址重新运行 npm run build，或把 SITE_URL 设为生成时的网址。`,
	);
}

try {
	const nginx = await startNginx({ dir, base, port, echo: true });
	console.log(`\nnginx ${nginx.installation.version} 已启动：${nginx.url}`);
	console.log(`网站文件夹：${dir}；配置与正式部署相同（deploy/nginx/，见 docs/部署指南.md）。按 Ctrl+C 停止。`);
	if (nginx.installation.brotliModule === undefined) console.log(`没有 brotli 模块，只发送 gzip 压缩版本。安装：${INSTALL_HINT}`);
	console.log('');
	// Ctrl+C reaches nginx too (same process group), so it may exit before stop() asks it to.
	let stopping = false;
	for (const signal of ['SIGINT', 'SIGTERM'] as const) {
		process.once(signal, () => {
			stopping = true;
			void nginx.stop().then(() => process.exit(0));
		});
	}
	const code = await nginx.exited;
	if (!stopping) {
		await nginx.stop();
		fail(`nginx 意外停止（退出码 ${code}），见上面的出错信息。`);
	}
} catch (error) {
	const message = error instanceof Error ? error.message : String(error);
	fail(/Address already in use/.test(message) ? `端口 ${port} 已被占用。请关闭占用它的程序，或换一个端口：npm run serve:nginx -- --port ${port + 1}` : message);
}
