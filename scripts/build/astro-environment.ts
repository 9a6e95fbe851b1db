/**
 * The environment for running Astro from a script or test, without what a test runner adds
 * (BASE_URL, MODE, NODE_ENV=test, VITEST…): Vite would read those as the site's own settings.
 */
export function astroEnvironment(from: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
	const env: NodeJS.ProcessEnv = { ...from, ASTRO_TELEMETRY_DISABLED: '1' };
	for (const key of ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'NODE_ENV', 'TEST']) delete env[key];
	for (const key of Object.keys(env)) if (key.startsWith('VITEST')) delete env[key];
	return env;
}
