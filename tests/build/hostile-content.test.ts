/**
 * The check is one layer; the render is another. Hostile content (tests/fixtures/content-hostile)
 * built with `astro build` directly, with no `npm run check` before it, and previewed with
 * `astro dev`, which only warns: no page carries anything active or third-party, and nothing
 * of the build machine (its host name, home folder, the output of a command) reaches the site.
 */
import { spawn, spawnSync } from 'node:child_process';
import { cp, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { astroEnvironment } from '../../scripts/build/astro-environment.ts';
import { activeContentIn } from '../helpers/active-content.ts';
import { PROJECT_ROOT, VALID_DIR } from '../validation/helpers.ts';

const HOSTILE = path.join(PROJECT_ROOT, 'tests/fixtures/content-hostile');
const ASTRO = path.join(PROJECT_ROOT, 'node_modules/astro/bin/astro.mjs');

/** What the build machine would give away if content could run code: none of it may appear. */
const MACHINE_SECRETS = [os.hostname(), os.homedir(), spawnSync('id', { encoding: 'utf8' }).stdout.trim()].filter((secret) => secret.length >= 3);

let root: string;
let contentDir: string;
beforeAll(async () => {
	root = await mkdtemp(path.join(os.tmpdir(), 'anju-hostile-'));
	contentDir = path.join(root, 'content');
	await cp(VALID_DIR, contentDir, { recursive: true });
	await cp(path.join(HOSTILE, 'updates'), path.join(contentDir, 'updates'), { recursive: true });
});
afterAll(async () => {
	await rm(root, { recursive: true, force: true });
});

describe('hostile content built without the check', () => {
	it('publishes nothing active, nothing third-party and nothing of the build machine', async () => {
		const out = path.join(root, 'dist');
		const run = spawnSync(process.execPath, [ASTRO, 'build', '--outDir', out], {
			cwd: PROJECT_ROOT,
			env: astroEnvironment({ ...process.env, CONTENT_DIR: contentDir }),
			encoding: 'utf8',
			timeout: 180_000,
		});
		expect(run.status, run.stderr).toBe(0);
		const files = (await readdir(out, { recursive: true })).map(String);
		const pages = files.filter((file) => file.endsWith('.html') && !file.startsWith('admin'));
		expect(pages).toContain(path.join('updates', 'mdx-reads-build-machine', 'index.html'));
		for (const page of pages) expect(activeContentIn(await readFile(path.join(out, page), 'utf8'), '/'), page).toEqual([]);
		for (const file of files.filter((name) => /\.(html|xml|json|csv|txt)$/.test(name))) {
			const text = await readFile(path.join(out, file), 'utf8');
			for (const secret of MACHINE_SECRETS) expect(text.includes(secret), `${file} contains ${secret}`).toBe(false);
		}
	});

	it('previews nothing active in astro dev either', async () => {
		const port = 4400 + (process.pid % 500);
		const dev = spawn(process.execPath, [ASTRO, 'dev', '--port', String(port), '--host', '127.0.0.1'], {
			cwd: PROJECT_ROOT,
			env: astroEnvironment({ ...process.env, CONTENT_DIR: contentDir }),
			stdio: 'pipe',
		});
		try {
			const base = `http://127.0.0.1:${port}/`;
			const fetchPage = async (page: string) => {
				for (let attempt = 0; attempt < 120; attempt++) {
					const response = await fetch(base + page).catch(() => undefined);
					if (response?.ok) return response.text();
					await new Promise((resolve) => setTimeout(resolve, 500));
				}
				throw new Error(`astro dev did not serve ${page}`);
			};
			for (const name of ['mdx-reads-build-machine', 'mdx-components', 'html-active-content']) {
				const html = await fetchPage(`updates/${name}/`);
				expect(html).toContain('<main');
				// The dev server adds its own client scripts (Vite's, the toolbar's); what content adds is the question.
				const body = html.slice(html.indexOf('<main'), html.indexOf('</main>'));
				expect(activeContentIn(`<!doctype html><html><body>${body}</body></html>`, '/'), name).toEqual([]);
				for (const secret of MACHINE_SECRETS) expect(body.includes(secret), `${name} contains ${secret}`).toBe(false);
			}
		} finally {
			dev.kill('SIGTERM');
		}
	});
});
