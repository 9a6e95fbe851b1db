/** A temporary git repository with scripted commits at fixed dates, for the history tests. */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export interface TempRepo {
	/** The repository's folder. */
	root: string;
	/** Runs git in the repository and returns its output. */
	git(args: readonly string[], date?: string): string;
	/** Writes `text` to `file` (relative to the repository). */
	write(file: string, text: string): void;
	/** Deletes `file`. */
	remove(file: string): void;
	/** Commits everything at `date` (ISO 8601, author and committer alike) and returns the commit's hash. */
	commit(message: string, date: string): string;
	dispose(): void;
}

export function tempRepo(prefix = 'anju-history-'): TempRepo {
	const root = mkdtempSync(path.join(os.tmpdir(), prefix));
	const git = (args: readonly string[], date?: string) =>
		execFileSync('git', ['-C', root, ...args], {
			encoding: 'utf8',
			// The machine's own git configuration (signing, hooks, templates) stays out.
			env: {
				...process.env,
				GIT_CONFIG_NOSYSTEM: '1',
				GIT_CONFIG_GLOBAL: '/dev/null',
				...(date === undefined ? {} : { GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date }),
			},
		});
	git(['init', '-q', '-b', 'main']);
	git(['config', 'user.name', '测试']);
	git(['config', 'user.email', 'test@example.invalid']);
	git(['config', 'commit.gpgsign', 'false']);
	return {
		root,
		git,
		write(file, text) {
			mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
			writeFileSync(path.join(root, file), text);
		},
		remove(file) {
			rmSync(path.join(root, file));
		},
		commit(message, date) {
			git(['add', '-A']);
			git(['commit', '-q', '--allow-empty', '-m', message], date);
			return git(['rev-parse', 'HEAD']).trim();
		},
		dispose() {
			rmSync(root, { recursive: true, force: true });
		},
	};
}
