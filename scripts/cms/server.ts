/**
 * Local editing: decap-server (Decap's local backend) reading and writing a folder on this
 * machine, and a small server for /admin/ whose config points the editor at it.
 *
 * Two decap-server modes:
 * - `fs`: saving writes the file straight into content/. No Git, no branches; the editor
 *   offers “发布” only (Decap drops the review workflow when the backend lacks it).
 * - `git`: the full 三审 workflow. Each entry under review lives on a local branch
 *   `cms/<collection>/<slug>` and is merged into the current branch when published. This
 *   mode commits with `git add .` and switches branches in the folder it works on.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { createRequire } from 'node:module';
import { createServer as createNetServer } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { adminPageHtml, ADMIN_PATH, PREVIEW_SCRIPT } from '../../src/cms/admin-page.ts';
import { decapAssetNames, decapDistDir } from '../../src/cms/assets.ts';
import { cmsConfig, cmsConfigYaml, type CmsConfig } from '../../src/cms/config.ts';
import { previewData, previewScript } from '../../src/cms/preview.ts';
import { readSiteFile } from '../../src/config/site-file.ts';

export type CmsMode = 'fs' | 'git';

export interface CmsOptions {
	/** The folder that holds content/ (for `git`, the root of a Git repository). */
	repoDir: string;
	mode: CmsMode;
	/** Port for the editor page; 0 picks a free one. */
	port?: number;
}

export interface RunningCms {
	/** The editor's address, e.g. `http://127.0.0.1:8080/admin/`. */
	url: string;
	close(): Promise<void>;
}

const HOST = '127.0.0.1';
const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

const TYPES: Record<string, string> = {
	'.js': 'text/javascript; charset=utf-8',
	'.wasm': 'application/wasm',
	'.txt': 'text/plain; charset=utf-8',
};

export async function startCms({ repoDir, mode, port = 0 }: CmsOptions): Promise<RunningCms> {
	// The page title and the editor's links; a wrong site.yaml is a ConfigError naming the field.
	const site = readSiteFile(path.join(repoDir, 'content'));
	const backendPort = await freePort();
	const backend = startDecapServer(repoDir, mode, backendPort);
	try {
		const backendUrl = `http://${HOST}:${backendPort}/api/v1`;
		await waitForBackend(backendUrl, backend);
		const options = { siteUrl: site.url, servedBase: '/', localBackendUrl: backendUrl };
		const preview = await localPreviewScript(path.join(repoDir, 'content/units'), cmsConfig(options));
		const server = await listen(
			editorServer(adminPageHtml({ base: '/', siteTitle: site.title, localBackendUrl: backendUrl }), cmsConfigYaml(options), preview),
			port,
		);
		const address = server.address();
		const actualPort = typeof address === 'object' && address ? address.port : port;
		return {
			url: `http://${HOST}:${actualPort}/${ADMIN_PATH}`,
			close: async () => {
				server.closeAllConnections();
				await new Promise<void>((resolve) => server.close(() => resolve()));
				await stop(backend);
			},
		};
	} catch (error) {
		await stop(backend);
		throw error;
	}
}

function startDecapServer(repoDir: string, mode: CmsMode, port: number): ChildProcess {
	const require = createRequire(path.join(projectRoot, 'package.json'));
	const child = spawn(process.execPath, [require.resolve('decap-server/dist/index.js')], {
		cwd: repoDir,
		env: { ...process.env, MODE: mode, PORT: String(port), BIND_HOST: HOST, GIT_REPO_DIRECTORY: repoDir, LOG_LEVEL: 'warn' },
		stdio: ['ignore', 'inherit', 'inherit'],
	});
	// Never leave the backend running (and writing to content/) after this process is gone.
	const killChild = () => child.kill();
	process.once('exit', killChild);
	child.once('exit', () => process.off('exit', killChild));
	return child;
}

/** Resolves once decap-server answers; fails if it exits first. */
async function waitForBackend(url: string, backend: ChildProcess): Promise<void> {
	let exited = false;
	backend.once('exit', () => (exited = true));
	for (let attempt = 0; attempt < 200 && !exited; attempt++) {
		const answer = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"action":"info"}' }).catch(() => undefined);
		if (answer?.ok) return;
		await new Promise((resolve) => setTimeout(resolve, 100));
	}
	throw new Error('本机编辑服务（decap-server）未能启动，请查看上面的出错信息');
}

/**
 * /admin/preview.js as the build writes it (src/pages/admin/preview.js.ts), from the files in this
 * checkout: the templates, the site's stylesheet and the names of the units being edited.
 */
async function localPreviewScript(unitsDir: string, config: CmsConfig): Promise<string> {
	const files = await readdir(unitsDir).catch(() => [] as string[]);
	const units: Record<string, string> = {};
	for (const file of files.filter((name) => /\.ya?ml$/.test(name))) {
		const name = (parse(await readFile(path.join(unitsDir, file), 'utf8')) as { name?: unknown } | null)?.name;
		if (typeof name === 'string') units[file.replace(/\.ya?ml$/, '')] = name;
	}
	const [templates, siteCss] = await Promise.all([
		readFile(path.join(projectRoot, 'src/cms/preview-templates.js'), 'utf8'),
		readFile(path.join(projectRoot, 'src/styles/global.css'), 'utf8'),
	]);
	return previewScript(templates, previewData({ units, siteCss, config }));
}

function editorServer(page: string, config: string, preview: string): Server {
	const assets = new Set(decapAssetNames());
	return createServer(async (request, response) => {
		const pathname = new URL(request.url ?? '/', `http://${HOST}`).pathname;
		const send = (status: number, type: string, body: string | Buffer) => {
			response.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
			response.end(body);
		};
		const asset = pathname.slice(`/${ADMIN_PATH}`.length);
		if (pathname === '/') {
			response.writeHead(302, { location: `/${ADMIN_PATH}` });
			response.end();
		} else if (pathname === `/${ADMIN_PATH}` || pathname === `/${ADMIN_PATH}index.html`) {
			send(200, 'text/html; charset=utf-8', page);
		} else if (pathname === `/${ADMIN_PATH}config.yml`) {
			send(200, 'text/yaml; charset=utf-8', config);
		} else if (pathname === `/${ADMIN_PATH}${PREVIEW_SCRIPT}`) {
			send(200, 'text/javascript; charset=utf-8', preview);
		} else if (pathname === '/favicon.svg') {
			send(200, 'image/svg+xml', await readFile(path.join(projectRoot, 'public/favicon.svg')));
		} else if (pathname.startsWith(`/${ADMIN_PATH}`) && assets.has(asset)) {
			send(200, TYPES[path.extname(asset)] ?? 'application/octet-stream', await readFile(path.join(decapDistDir(), asset)));
		} else {
			send(404, 'text/plain; charset=utf-8', '找不到该页面。网页编辑器在 /admin/。');
		}
	});
}

async function listen(server: Server, port: number): Promise<Server> {
	await new Promise<void>((resolve, reject) => {
		server.once('error', reject);
		server.listen(port, HOST, () => resolve());
	});
	return server;
}

async function freePort(): Promise<number> {
	const probe = createNetServer();
	await new Promise<void>((resolve) => probe.listen(0, HOST, resolve));
	const address = probe.address();
	await new Promise((resolve) => probe.close(resolve));
	if (typeof address !== 'object' || address === null) throw new Error('no free port');
	return address.port;
}

async function stop(child: ChildProcess): Promise<void> {
	if (child.exitCode !== null || child.signalCode !== null) return;
	const exited = new Promise((resolve) => child.once('exit', resolve));
	child.kill();
	await exited;
}
