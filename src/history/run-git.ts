/**
 * Runs git for the history: always with an argument array (no shell, so a folder name is never
 * read as a command), read-only, and with settings that keep a user's git configuration from
 * changing what the history parser reads.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';

/** What one git command gave back. `missing` is true when there is no git program to run. */
export interface GitResult {
	code: number;
	stdout: Buffer;
	stderr: string;
	missing: boolean;
}

/**
 * The environment git runs in, read when it starts: no optional locks (a build never writes to
 * the index another process is using), English messages (the callers' stderr checks read them).
 */
function gitEnv(): NodeJS.ProcessEnv {
	return { ...process.env, GIT_OPTIONAL_LOCKS: '0', LC_ALL: 'C', LANG: 'C' };
}

/** Options placed before the command: signatures and colours would add lines the parser does not expect. */
const GIT_CONFIG = ['-c', 'log.showSignature=false', '-c', 'color.ui=never', '-c', 'core.quotePath=false'];

/** Starts `git -C <cwd> <args>`; the caller reads and writes its streams. */
export function spawnGit(cwd: string, args: readonly string[]): ChildProcessWithoutNullStreams {
	return spawn('git', ['-C', cwd, ...GIT_CONFIG, ...args], { env: gitEnv(), stdio: 'pipe' });
}

/** Runs `git -C <cwd> <args>` to the end. Never rejects: a missing git or a failed command is in the result. */
export function runGit(cwd: string, args: readonly string[]): Promise<GitResult> {
	return new Promise((resolve) => {
		const child = spawnGit(cwd, args);
		const stdout: Buffer[] = [];
		const stderr: Buffer[] = [];
		let missing = false;
		child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk));
		child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
		child.on('error', (error: NodeJS.ErrnoException) => {
			missing = error.code === 'ENOENT';
		});
		child.on('close', (code) => {
			resolve({ code: code ?? 1, stdout: Buffer.concat(stdout), stderr: Buffer.concat(stderr).toString('utf8').trim(), missing });
		});
	});
}
