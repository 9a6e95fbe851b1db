/**
 * One step scripts/build.ts runs over the freshly built folder after `astro build`, before it
 * swaps the folder in. Steps are small factories (`searchIndex()`, `headersFile(base)`…), like
 * Astro integrations, so build.ts lists them in order in one place; README.md says what each writes.
 */
export interface BuildStep {
	/** What it does, in Chinese, for the failure message: 生成搜索索引 → “生成搜索索引失败（…）”. */
	name: string;
	/** What the bench's phase table calls it, in Chinese and English: 搜索索引（Pagefind index）. */
	phase: string;
	/** Runs over the built site in `dir`. */
	run(dir: string): Promise<unknown>;
}
