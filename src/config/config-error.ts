/**
 * A setting the site cannot be built, served or edited with, from the environment or
 * content/site.yaml. It says where the setting is, which one, and what it should be, so a
 * command can print it as it is: the reader needs the message, not a stack trace.
 */

/** One wrong setting. */
export interface ConfigProblem {
	/** Where it is set: a file with its line and column (`content/site.yaml:3:6`), or 环境变量 (the environment). */
	source: string;
	/** The field or variable, e.g. `url` or `SITE_URL`; none when the whole file is wrong. */
	field?: string | undefined;
	/** What is wrong and what is expected: Chinese, with the English in full-width parentheses. */
	message: string;
}

/** The error every reader in src/config/ throws; its message lists every problem, one a line. */
export class ConfigError extends Error {
	/** The problems, for a caller that shows them its own way. */
	readonly problems: readonly ConfigProblem[];

	constructor(problems: readonly ConfigProblem[]) {
		super(['设置有误（invalid configuration）：', ...problems.map(formatProblem)].join('\n'));
		this.name = 'ConfigError';
		this.problems = problems;
	}
}

/** `  content/site.yaml:3:6  url：网址应以 / 结尾（…）` */
function formatProblem({ source, field, message }: ConfigProblem): string {
	return `  ${source}  ${field === undefined ? '' : `${field}：`}${message}`;
}

/**
 * Runs `read` for a command line tool: a ConfigError ends the process with its message alone
 * (exit code 1); any other error is a fault and goes on with its stack.
 */
export function exitOnConfigError<T>(read: () => T): T {
	try {
		return read();
	} catch (error) {
		if (!(error instanceof ConfigError)) throw error;
		console.error(error.message);
		process.exit(1);
	}
}
