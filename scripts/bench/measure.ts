/** Measuring helpers for `npm run bench`: timed child runs with peak memory, sizes, percentiles. */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

export interface Run {
	ok: boolean;
	seconds: number;
	/** Peak resident memory of the whole process tree in MB; undefined where /proc is missing. */
	peakMb: number | undefined;
	output: string;
}

/** Resident memory (kB) of `pid` and all its descendants, from /proc (Linux). */
function treeRssKb(pid: number): number | undefined {
	let entries: string[];
	try {
		entries = readdirSync('/proc').filter((name) => /^\d+$/.test(name));
	} catch {
		return undefined;
	}
	const parents = new Map<number, number>();
	const rss = new Map<number, number>();
	for (const name of entries) {
		try {
			const status = readFileSync(`/proc/${name}/status`, 'utf8');
			parents.set(Number(name), Number(/PPid:\s+(\d+)/.exec(status)?.[1] ?? 0));
			rss.set(Number(name), Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0));
		} catch {
			// The process ended while we looked.
		}
	}
	let total = 0;
	const stack = [pid];
	while (stack.length > 0) {
		const current = stack.pop()!;
		total += rss.get(current) ?? 0;
		for (const [child, parent] of parents) if (parent === current) stack.push(child);
	}
	return total;
}

/** Runs `node args…`, timing it and sampling the memory of its process tree every 100 ms. */
export function runNode(args: string[], cwd: string, env: NodeJS.ProcessEnv): Promise<Run> {
	return new Promise((resolve) => {
		const started = performance.now();
		const child = spawn(process.execPath, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
		let output = '';
		child.stdout.on('data', (chunk) => (output += chunk));
		child.stderr.on('data', (chunk) => (output += chunk));
		let peak: number | undefined;
		const timer = setInterval(() => {
			const now = child.pid === undefined ? undefined : treeRssKb(child.pid);
			if (now !== undefined) peak = Math.max(peak ?? 0, now);
		}, 100);
		child.on('close', (code) => {
			clearInterval(timer);
			resolve({ ok: code === 0, seconds: (performance.now() - started) / 1000, peakMb: peak === undefined ? undefined : peak / 1024, output });
		});
	});
}

export function percentile(sorted: readonly number[], share: number): number {
	if (sorted.length === 0) return Number.NaN;
	return sorted[Math.min(sorted.length - 1, Math.ceil(share * sorted.length) - 1)]!;
}

/** Every file under `dir`, recursively. */
export function filesUnder(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const full = path.join(dir, entry.name);
		return entry.isDirectory() ? filesUnder(full) : [full];
	});
}

export function totalBytes(files: readonly string[]): number {
	return files.reduce((sum, file) => sum + statSync(file).size, 0);
}

export function gzipBytes(file: string): number {
	return gzipSync(readFileSync(file)).length;
}
