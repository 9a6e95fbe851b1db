/**
 * The top-level nginx.conf for `npm run serve:nginx` and the tests: a private nginx that runs in
 * the foreground without root. Everything nginx would otherwise write under /var (pid file,
 * logs, temporary folders) goes into one temporary folder, and the server block holds nothing
 * but the site's own configuration (site-config.ts), so what is tested is what is deployed.
 */
import { INCLUDE_DIR } from './site-config.ts';

export interface MainConfigOptions {
	/** The temporary folder nginx runs in (its -p prefix), absolute. */
	prefix: string;
	port: number;
	basePath: string;
	/** The brotli static module's .so, when this nginx has one. */
	brotliModule: string | undefined;
	/** True when started as root: nginx's workers would otherwise run as `nobody`. */
	runAsRoot: boolean;
	/** Print each request on standard output (serve:nginx) or not (tests). */
	accessLog: boolean;
}

export function renderMainConfig(options: MainConfigOptions): string {
	const at = (name: string) => `"${options.prefix}/${name}"`;
	return [
		'# 由 npm run serve:nginx 生成（scripts/nginx/main-config.ts），只用于在本机预览和测试；正式部署见 docs/部署指南.md。',
		...(options.brotliModule === undefined ? [] : [`load_module "${options.brotliModule}";`]),
		'daemon off;',
		'worker_processes 1;',
		// A preview of the caller's own files reads what the caller can read: as `nobody`, the
		// workers could not open a site under a private home folder such as /root.
		...(options.runAsRoot ? ['user root;'] : []),
		`pid ${at('nginx.pid')};`,
		'error_log stderr;',
		'events {',
		'\tworker_connections 256;',
		'}',
		'http {',
		'\tdefault_type application/octet-stream;',
		`\taccess_log ${options.accessLog ? '/dev/stdout' : 'off'};`,
		// A missing page is the site's 404, not a server error worth a log line.
		'\tlog_not_found off;',
		'\tsendfile on;',
		...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((kind) => `\t${kind}_temp_path ${at(`${kind}_temp`)};`),
		'\tserver {',
		`\t\tlisten 127.0.0.1:${options.port};`,
		'\t\tserver_name localhost;',
		// Like the portal's home page, the server's root leads to the site under its sub-path.
		...(options.basePath === '/' ? [] : [`\t\tlocation = / {`, `\t\t\treturn 302 ${options.basePath};`, '\t\t}']),
		`\t\tinclude ${INCLUDE_DIR}/site.conf;`,
		'\t}',
		'}',
		'',
	].join('\n');
}
