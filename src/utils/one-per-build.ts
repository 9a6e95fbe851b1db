/**
 * Runs an argument-less async function once per build and shares its promise. Content cannot
 * change during `astro build`, so every page can share the lists it asks for. In `astro dev`
 * content changes under a running server, so there the function runs on every call.
 */
export function onePerBuild<T>(compute: () => Promise<T>, shared: boolean = import.meta.env?.PROD === true): () => Promise<T> {
	if (!shared) return compute;
	let result: Promise<T> | undefined;
	return () => (result ??= compute());
}
