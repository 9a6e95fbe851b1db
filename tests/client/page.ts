/**
 * A page for the client modules' tests: components' real markup, rendered through the
 * Container API, in a jsdom window whose globals (document, localStorage, history, …) the
 * modules use as they do in the browser. The test files stay in vitest's node environment:
 * its jsdom environment compiles .astro files for the browser, where they cannot render, so
 * jsdom is installed here, once the markup exists.
 */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { builtinEnvironments } from 'vitest/runtime';

type Component = Parameters<AstroContainer['renderToString']>[0];

/** The address the test pages are served from; localStorage needs an origin. */
export const ORIGIN = 'https://anju.example';

/**
 * Renders the components, then makes a jsdom window at `path` the test's globals. Returns the
 * markup, to put into `document.body`, and `close`, which restores Node's globals.
 */
export async function openPage(path: string, ...components: Component[]): Promise<{ markup: string; close: () => Promise<void> }> {
	const container = await AstroContainer.create();
	const parts = await Promise.all(components.map((component) => container.renderToString(component)));
	const environment = await builtinEnvironments.jsdom.setup(globalThis, { jsdom: { url: `${ORIGIN}${path}` } });
	return { markup: parts.join(''), close: async () => environment.teardown(globalThis) };
}
