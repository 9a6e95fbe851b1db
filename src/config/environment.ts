/**
 * Every environment variable the site reads, validated in one place. All are optional: unset
 * (or set to an empty string) means the default. A wrong value is a ConfigError naming the
 * variable, the value and what is expected, rather than a build for the wrong address or a
 * date of NaN.
 */
import { z } from 'astro/zod';
import { siteSchema } from '../schemas/site.ts';
import { ConfigError } from './config-error.ts';

/** `VAR=` is as good as unset, as in most shells' idiom for clearing a variable. */
function unsetWhenEmpty<Schema extends z.ZodType>(schema: Schema) {
	return z.preprocess((value) => (value === '' ? undefined : value), schema);
}

/** The variables and their values once read. Names are the variables' own, so a search for one finds its use. */
export const environmentSchema = z.object({
	/**
	 * The public address to build for instead of `url` in site.yaml, with the same rule
	 * (http or https, ending in /): the tests build the site under a portal sub-path with it.
	 */
	SITE_URL: unsetWhenEmpty(siteSchema.shape.url.optional()),
	/** Another content folder instead of the project's content/ (the bench's synthetic content, tests, a copy being edited); relative to the working folder. */
	CONTENT_DIR: unsetWhenEmpty(z.string().optional()),
	/**
	 * The build's date and time as whole seconds since 1970-01-01 UTC (reproducible-builds.org):
	 * fixes the build date, so a rebuild of the same content gives the same pages.
	 */
	SOURCE_DATE_EPOCH: unsetWhenEmpty(
		z
			.string()
			.regex(/^\d+$/, { error: '应为从 1970-01-01 起的秒数（整数），如 1767225600（expected whole seconds since 1970-01-01 UTC）' })
			.transform(Number)
			.optional(),
	),
	/** The Chromium the browser tests and screenshots launch. */
	CHROMIUM_PATH: unsetWhenEmpty(z.string().default('/usr/bin/chromium')),
	/** `1` builds without charts (the bench's comparison run); `0` or unset draws them. */
	ANJU_NO_CHARTS: unsetWhenEmpty(
		z
			.enum(['0', '1'], { error: '应为 1（不画图表）或 0（画图表）（expected 1 to build without charts, or 0）' })
			.optional()
			.transform((value) => value === '1'),
	),
	/** Where drawn charts, share cards and compressed copies are cached between builds; relative to the working folder. */
	ANJU_CHART_CACHE: unsetWhenEmpty(z.string().default('.cache/charts')),
	/** A file each step of a build appends its wall and CPU time to, one JSON line per phase (`npm run bench` reads it). */
	ANJU_BUILD_TIMINGS: unsetWhenEmpty(z.string().optional()),
});

/** The environment once validated. */
export type Environment = z.output<typeof environmentSchema>;

/**
 * Reads and validates `env` (the process's own by default); throws a ConfigError naming every
 * wrong variable, once each (an address that is no URL at all need not also hear it lacks its final /).
 */
export function readEnvironment(env: NodeJS.ProcessEnv = process.env): Environment {
	const result = environmentSchema.safeParse(env);
	if (result.success) return result.data;
	const named = new Map<string, string>();
	for (const issue of result.error.issues) {
		const name = String(issue.path[0]);
		if (!named.has(name)) named.set(name, issue.message);
	}
	throw new ConfigError([...named].map(([name, message]) => ({ source: '环境变量', field: name, message: `“${env[name] ?? ''}”不对：${message}` })));
}
