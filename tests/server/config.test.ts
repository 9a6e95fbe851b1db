/**
 * The nginx configuration as text, before any nginx runs it: the template filled in by our
 * renderer is exactly what the guide's envsubst command gives, values nginx would misread are
 * refused, and the private top-level nginx.conf keeps everything inside its temporary folder.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { INSTALL_HINT, nginxInstallation, parseNginxBuild } from '../../scripts/nginx/installation.ts';
import { renderMainConfig } from '../../scripts/nginx/main-config.ts';
import { renderSiteConfig, SITE_TEMPLATE_FILE } from '../../scripts/nginx/site-config.ts';

const template = readFileSync(SITE_TEMPLATE_FILE, 'utf8');

describe('the site configuration template', () => {
	it("is filled in exactly as `envsubst '${BASE_PATH} ${SITE_ROOT}'` fills it (the guide’s command)", () => {
		for (const basePath of ['/', '/ztzl/dbjj/']) {
			const env = { PATH: process.env['PATH'] ?? '', BASE_PATH: basePath, SITE_ROOT: '/var/www/dbjj', uri: 'must-stay-unreplaced' };
			const result = spawnSync('envsubst', ['${BASE_PATH} ${SITE_ROOT}'], { input: template, env, encoding: 'utf8' });
			expect(result.error, 'envsubst 未安装：sudo apt-get install -y gettext-base').toBeUndefined();
			expect(renderSiteConfig(template, { basePath, siteRoot: '/var/www/dbjj', brotli: true })).toBe(result.stdout);
		}
	});

	it('leaves no placeholder and puts every setting inside the one location for the base path', () => {
		const config = renderSiteConfig(template, { basePath: '/ztzl/dbjj/', siteRoot: '/var/www/dbjj/', brotli: true });
		expect(config).not.toMatch(/\$\{?[A-Z_]+/);
		expect(config).toContain('alias "/var/www/dbjj/";');
		const directives = config.split('\n').filter((line) => line.trim() !== '' && !line.trim().startsWith('#'));
		expect(directives[0]).toBe('location /ztzl/dbjj/ {');
		expect(directives.at(-1)).toBe('}');
		expect(directives.slice(1, -1).every((line) => line.startsWith('\t'))).toBe(true);
	});

	it('includes the security headers wherever it adds a header of its own (nginx’s add_header inheritance)', () => {
		const blocks = template.split(/\n\s*location /).slice(1);
		for (const block of blocks.filter((text) => text.includes('add_header')))
			expect(block, block.split('\n')[0]).toContain('include anju-dbjj/security-headers.conf;');
		expect(blocks.filter((text) => text.includes('add_header')).length).toBeGreaterThanOrEqual(4);
	});

	it('drops brotli_static when nginx has no brotli module', () => {
		const withModule = renderSiteConfig(template, { basePath: '/', siteRoot: '/srv/site', brotli: true });
		const without = renderSiteConfig(template, { basePath: '/', siteRoot: '/srv/site', brotli: false });
		expect(withModule).toMatch(/^\tbrotli_static on;$/m);
		expect(without).not.toMatch(/^\s*brotli_static/m);
		expect(without).toMatch(/^\tgzip_static on;$/m);
	});

	it('refuses base paths and folders nginx would misread, in Chinese', () => {
		for (const basePath of ['ztzl/dbjj/', '/ztzl/dbjj', '/专题/', '/a b/', '/a;b/']) {
			expect(() => renderSiteConfig(template, { basePath, siteRoot: '/srv/site', brotli: true }), basePath).toThrow(/网站路径.*必须以 \/ 开头和结尾/);
		}
		for (const siteRoot of ['dist', '/srv/$site', '/srv/"site"']) {
			expect(() => renderSiteConfig(template, { basePath: '/', siteRoot, brotli: true }), siteRoot).toThrow(/网站文件夹.*必须是绝对路径/);
		}
	});
});

describe('the private top-level nginx.conf', () => {
	const options = {
		prefix: '/tmp/anju-nginx-x',
		port: 8123,
		basePath: '/ztzl/dbjj/',
		brotliModule: '/usr/lib/nginx/modules/ngx_http_brotli_static_module.so',
		runAsRoot: false,
		accessLog: false,
	};

	it('runs in the foreground and writes only inside its temporary folder', () => {
		const config = renderMainConfig(options);
		expect(config).toMatch(/^daemon off;$/m);
		expect(config).toContain('pid "/tmp/anju-nginx-x/nginx.pid";');
		expect(config).toMatch(/^error_log stderr;$/m);
		expect(config).toMatch(/^\taccess_log off;$/m);
		for (const kind of ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']) expect(config).toContain(`\t${kind}_temp_path "/tmp/anju-nginx-x/${kind}_temp";`);
		expect(config).toContain('listen 127.0.0.1:8123;');
		expect(config).toContain('include anju-dbjj/site.conf;');
		expect(config).not.toContain('/var/');
	});

	it('loads the brotli module only when there is one, and names a user only when run as root', () => {
		expect(renderMainConfig(options)).toMatch(/^load_module "\/usr\/lib\/nginx\/modules\/ngx_http_brotli_static_module\.so";$/m);
		expect(renderMainConfig({ ...options, brotliModule: undefined })).not.toContain('load_module');
		expect(renderMainConfig(options)).not.toMatch(/^user /m);
		expect(renderMainConfig({ ...options, runAsRoot: true })).toMatch(/^user root;$/m);
	});

	it('leads the server’s root to the site under a sub-path, and logs requests when asked', () => {
		expect(renderMainConfig(options)).toContain('return 302 /ztzl/dbjj/;');
		expect(renderMainConfig({ ...options, basePath: '/' })).not.toContain('return 302');
		expect(renderMainConfig({ ...options, accessLog: true })).toMatch(/^\taccess_log \/dev\/stdout;$/m);
	});
});

describe('finding nginx', () => {
	it('reads where Debian’s nginx keeps its configuration and modules', () => {
		const debian =
			"nginx version: nginx/1.22.1\nbuilt with OpenSSL 3.0.9\nconfigure arguments: --with-cc-opt='-g -O2' --prefix=/usr/share/nginx --conf-path=/etc/nginx/nginx.conf --modules-path=/usr/lib/nginx/modules --with-compat";
		expect(parseNginxBuild(debian)).toEqual({ version: '1.22.1', confDir: '/etc/nginx', modulesDir: '/usr/lib/nginx/modules' });
	});

	it('falls back to nginx’s own defaults for a build from source', () => {
		expect(parseNginxBuild('nginx version: nginx/1.27.0\nconfigure arguments: --with-http_gzip_static_module')).toEqual({
			version: '1.27.0',
			confDir: '/usr/local/nginx/conf',
			modulesDir: '/usr/local/nginx/modules',
		});
	});

	it('says in Chinese how to install nginx when there is none', () => {
		const empty = mkdtempSync(path.join(tmpdir(), 'anju-no-nginx-'));
		try {
			expect(() => nginxInstallation([empty])).toThrow(`找不到 nginx。请先安装：${INSTALL_HINT}`);
		} finally {
			rmSync(empty, { recursive: true, force: true });
		}
	});
});
