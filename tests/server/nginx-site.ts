/**
 * nginx for the server tests, started through the same code as `npm run serve:nginx`
 * (scripts/nginx/server.ts) on a free port, and a raw HTTP client that leaves the body as
 * sent: fetch() would undo Content-Encoding, which is what the tests check.
 */
import { request } from 'node:http';
import { createServer } from 'node:net';
import { startNginx, type RunningNginx } from '../../scripts/nginx/server.ts';

/** A port nothing listens on now (the system picks it; nginx binds it a moment later). */
function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const server = createServer();
		server.once('error', reject);
		server.listen(0, '127.0.0.1', () => {
			const address = server.address();
			server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
		});
	});
}

export async function serveWithNginx(dir: string, base: string): Promise<RunningNginx> {
	return startNginx({ dir, base, port: await freePort(), echo: false });
}

export interface RawResponse {
	status: number;
	headers: Record<string, string>;
	/** The body exactly as sent, still compressed if it was. */
	body: Buffer;
}

/** GET (or HEAD) `url` with these request headers. */
export function get(url: string, headers: Record<string, string> = {}, method: 'GET' | 'HEAD' = 'GET'): Promise<RawResponse> {
	return new Promise((resolve, reject) => {
		const req = request(url, { method, headers, agent: false }, (response) => {
			const chunks: Buffer[] = [];
			response.on('data', (chunk: Buffer) => chunks.push(chunk));
			response.on('end', () => {
				const flat = Object.fromEntries(
					Object.entries(response.headers).map(([name, value]) => [name, Array.isArray(value) ? value.join(', ') : (value ?? '')]),
				);
				resolve({ status: response.statusCode ?? 0, headers: flat, body: Buffer.concat(chunks) });
			});
			response.on('error', reject);
		});
		req.on('error', reject);
		req.end();
	});
}
