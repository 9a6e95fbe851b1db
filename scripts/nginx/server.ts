/**
 * Runs the system's nginx over a built site with the deployed configuration (deploy/nginx/),
 * in the foreground and without root, from a temporary folder under the system's temp
 * directory (never inside the project). Used by `npm run serve:nginx` and tests/server/.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { nginxInstallation, type NginxInstallation } from './installation.ts';
import { renderMainConfig } from './main-config.ts';
import { INCLUDE_DIR, renderSiteConfig, SECURITY_HEADERS_FILE, SITE_TEMPLATE_FILE } from './site-config.ts';

export interface NginxOptions {
	/** The built site's folder. */
	dir: string;
	/** The base path it was built for. */
	base: string;
	port: number;
	/** serve:nginx prints requests and nginx's messages as they come; tests keep quiet. */
	echo: boolean;
}

export interface RunningNginx {
	/** The site's address, ending in its base path. */
	url: string;
	installation: NginxInstallation;
	/** Resolves with nginx's exit code when it stops, for whatever reason. */
	exited: Promise<number | null>;
	/** Stops nginx gracefully and removes its temporary folder. */
	stop(): Promise<void>;
}

/** Writes the configuration files into `prefix`, laid out as the template's includes expect. */
async function writeConfig(prefix: string, installation: NginxInstallation, options: NginxOptions): Promise<void> {
	const mimeTypes = path.join(installation.confDir, 'mime.types');
	if (!existsSync(mimeTypes))
		throw new Error(`找不到 nginx 自带的 ${mimeTypes}，nginx 可能没有装完整。请重新安装：sudo apt-get install --reinstall -y nginx-common`);
	await mkdir(path.join(prefix, INCLUDE_DIR));
	const site = renderSiteConfig(await readFile(SITE_TEMPLATE_FILE, 'utf8'), {
		basePath: options.base,
		siteRoot: path.resolve(options.dir),
		brotli: installation.brotliModule !== undefined,
	});
	const main = renderMainConfig({
		prefix,
		port: options.port,
		basePath: options.base,
		brotliModule: installation.brotliModule,
		runAsRoot: process.getuid?.() === 0,
		accessLog: options.echo,
	});
	await Promise.all([
		copyFile(mimeTypes, path.join(prefix, 'mime.types')),
		copyFile(SECURITY_HEADERS_FILE, path.join(prefix, INCLUDE_DIR, 'security-headers.conf')),
		writeFile(path.join(prefix, INCLUDE_DIR, 'site.conf'), site),
		writeFile(path.join(prefix, 'nginx.conf'), main),
	]);
}

/**
 * Resolves once nginx is listening. nginx writes its pid file only after binding its port, so
 * the file's arrival means ready; polling the port instead could reach another program that
 * holds it while nginx is failing to bind.
 */
async function ready(child: ChildProcess, pidFile: string, errors: () => string): Promise<void> {
	let exitCode: number | null | undefined;
	let spawnError: Error | undefined;
	child.once('exit', (code) => (exitCode = code));
	child.once('error', (error) => (spawnError = error));
	for (let waited = 0; waited < 10_000; waited += 25) {
		if (spawnError) throw new Error(`nginx 未能运行：${spawnError.message}`);
		if (exitCode !== undefined) throw new Error(`nginx 未能启动（退出码 ${exitCode}）：\n${errors()}`);
		if (existsSync(pidFile)) return;
		await delay(25);
	}
	throw new Error(`nginx 10 秒内没有启动：\n${errors()}`);
}

export async function startNginx(options: NginxOptions): Promise<RunningNginx> {
	const installation = nginxInstallation();
	const prefix = await mkdtemp(path.join(tmpdir(), 'anju-nginx-'));
	try {
		await writeConfig(prefix, installation, options);
	} catch (error) {
		await rm(prefix, { recursive: true, force: true });
		throw error;
	}
	// -e: where nginx reports problems before it has read the configuration (default /var/log/nginx, not writable without root).
	const child = spawn(installation.binary, ['-p', `${prefix}/`, '-c', path.join(prefix, 'nginx.conf'), '-e', 'stderr'], {
		stdio: ['ignore', options.echo ? 'inherit' : 'ignore', 'pipe'],
	});
	// Until nginx is up its messages are kept for the error thrown should it fail; then, when
	// echoing, they go to the terminal as they come.
	let stderr = '';
	let live = false;
	child.stderr?.on('data', (chunk: Buffer) => {
		if (live) process.stderr.write(chunk);
		else stderr += chunk.toString('utf8');
	});
	const exited = new Promise<number | null>((resolve) => {
		child.once('exit', (code) => resolve(code));
		child.once('error', () => resolve(null));
	});
	// Should this process end without stop(), nginx must not outlive it.
	const killOnExit = () => child.kill('SIGTERM');
	process.once('exit', killOnExit);
	const cleanUp = async () => {
		process.removeListener('exit', killOnExit);
		await rm(prefix, { recursive: true, force: true });
	};
	try {
		await ready(child, path.join(prefix, 'nginx.pid'), () => stderr.trim());
	} catch (error) {
		child.kill('SIGTERM');
		await exited;
		await cleanUp();
		throw error;
	}
	if (options.echo) {
		process.stderr.write(stderr);
		live = true;
	}
	return {
		url: `http://127.0.0.1:${options.port}${options.base}`,
		installation,
		exited,
		async stop() {
			if (child.exitCode === null && child.signalCode === null) {
				// SIGQUIT: graceful shutdown. Should nginx hang, SIGKILL after five seconds.
				child.kill('SIGQUIT');
				const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
				await exited;
				clearTimeout(timer);
			}
			await cleanUp();
		},
	};
}
