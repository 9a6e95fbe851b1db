/**
 * The Decap CMS bundle, served from the site's own origin under admin/ (never from a CDN):
 * the main script, the chunks it loads from its own folder on demand, its WebAssembly
 * files and its licence notice. Source maps stay behind.
 */
import { readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

/** The one file the admin page loads; it fetches the others itself. */
export const DECAP_SCRIPT = 'decap-cms.js';

const SHIPPED = /^(?:decap-cms\.js|decap-cms\.js\.LICENSE\.txt|\d+\.decap-cms\.js|[0-9a-f]+\.wasm)$/;

/**
 * node_modules/decap-cms/dist. Resolved from the working directory (the project root for
 * every npm script and test), because Astro runs this code from its own build folder.
 */
export function decapDistDir(): string {
	const require = createRequire(path.join(process.cwd(), 'package.json'));
	return path.join(path.dirname(require.resolve('decap-cms/package.json')), 'dist');
}

/** File names in decapDistDir() that the editor needs at run time. */
export function decapAssetNames(): string[] {
	return readdirSync(decapDistDir())
		.filter((name) => SHIPPED.test(name))
		.sort();
}
