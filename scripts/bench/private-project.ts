/**
 * A private copy of the project for the benchmark's builds. Astro keeps build state in the
 * project (`.astro/`, `node_modules/.astro/`), so builds running at the same time in one
 * checkout (tests, another terminal) break each other. The copy shares the installed
 * packages through symlinks, but not that state.
 */
import { cpSync, mkdirSync, readdirSync, symlinkSync } from 'node:fs';
import path from 'node:path';

const COPIED = ['src', 'scripts', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json'];

export function privateProject(projectRoot: string, dir: string): string {
	for (const name of COPIED) cpSync(path.join(projectRoot, name), path.join(dir, name), { recursive: true });
	linkPackages(projectRoot, dir);
	return dir;
}

/** Gives `dir` the project's installed packages, by symlink, without Astro's build state. */
export function linkPackages(projectRoot: string, dir: string): void {
	const modules = path.join(dir, 'node_modules');
	mkdirSync(modules);
	for (const entry of readdirSync(path.join(projectRoot, 'node_modules'))) {
		if (entry !== '.astro') symlinkSync(path.join(projectRoot, 'node_modules', entry), path.join(modules, entry));
	}
}
