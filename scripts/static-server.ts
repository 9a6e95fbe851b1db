/**
 * A small static file server for dist/, used by the screenshot script and browser tests.
 * Serves the site under its base path, like the portal will.
 */
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.json': 'application/json; charset=utf-8',
	'.csv': 'text/csv; charset=utf-8',
	'.xml': 'application/xml; charset=utf-8',
	'.txt': 'text/plain; charset=utf-8',
};

export async function serveDist(root: string, base = '/', port = 0): Promise<{ url: string; server: Server }> {
	const server = createServer(async (request, response) => {
		const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
		let file: string | undefined;
		if (pathname.startsWith(base)) {
			const candidate = path.join(root, pathname.slice(base.length));
			if (candidate.startsWith(root)) {
				const info = await stat(candidate).catch(() => undefined);
				file = info?.isDirectory() ? path.join(candidate, 'index.html') : info ? candidate : undefined;
			}
		}
		const body = file ? await readFile(file).catch(() => undefined) : undefined;
		if (body && file) {
			response.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
			response.end(body);
		} else {
			response.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
			response.end(await readFile(path.join(root, '404.html')).catch(() => 'Not found'));
		}
	});
	await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
	const address = server.address();
	const actualPort = typeof address === 'object' && address ? address.port : port;
	return { url: `http://127.0.0.1:${actualPort}${base}`, server };
}
