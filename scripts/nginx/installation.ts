/**
 * Finds the system's nginx and what it was built with: where its own configuration folder is
 * (for mime.types) and where its dynamic modules are (for the brotli static module).
 */
import { spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync } from 'node:fs';
import path from 'node:path';

export const INSTALL_HINT = 'sudo apt-get install -y nginx libnginx-mod-http-brotli-static';

const BROTLI_STATIC_MODULE = 'ngx_http_brotli_static_module.so';

/** What `nginx -V` says about the build. */
export interface NginxBuild {
	version: string;
	/** The folder of its default nginx.conf, which holds mime.types. */
	confDir: string;
	modulesDir: string;
}

export interface NginxInstallation extends NginxBuild {
	binary: string;
	/** The brotli static module's .so, when installed for this nginx. */
	brotliModule: string | undefined;
}

/** Reads `nginx -V` output; paths nginx was not configured with default to its prefix, as nginx does. */
export function parseNginxBuild(output: string): NginxBuild {
	const option = (name: string) => new RegExp(`--${name}=(\\S+)`).exec(output)?.[1];
	const prefix = option('prefix') ?? '/usr/local/nginx';
	return {
		version: /nginx version: nginx\/(\S+)/.exec(output)?.[1] ?? '',
		confDir: path.dirname(path.resolve(prefix, option('conf-path') ?? 'conf/nginx.conf')),
		modulesDir: path.resolve(prefix, option('modules-path') ?? 'modules'),
	};
}

function isExecutable(file: string): boolean {
	try {
		accessSync(file, constants.X_OK);
		return true;
	} catch {
		return false;
	}
}

/** Where to look for nginx: PATH, then the sbin folders a non-root user's PATH usually lacks. */
function searchDirs(): string[] {
	return [...(process.env['PATH'] ?? '').split(path.delimiter).filter(Boolean), '/usr/sbin', '/usr/local/sbin', '/usr/local/nginx/sbin'];
}

/** The installed nginx; throws, in Chinese, saying how to install it when there is none. */
export function nginxInstallation(dirs: readonly string[] = searchDirs()): NginxInstallation {
	const binary = dirs.map((dir) => path.join(dir, 'nginx')).find(isExecutable);
	if (!binary) throw new Error(`找不到 nginx。请先安装：${INSTALL_HINT}`);
	// nginx -V writes to standard error.
	const build = parseNginxBuild(spawnSync(binary, ['-V'], { encoding: 'utf8' }).stderr);
	const module = path.join(build.modulesDir, BROTLI_STATIC_MODULE);
	return { ...build, binary, brotliModule: existsSync(module) ? module : undefined };
}
