/**
 * Synthetic content for `npm run bench`: the real site.yaml, pillars, units, benchmarks and
 * indicators (site.yaml and the benchmarks refer to real indicators), plus N indicators and N
 * initiatives with plausible, varied data. A seeded generator makes the
 * same seed give the same files, so runs are comparable.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse, stringify } from 'yaml';

export interface GenerateOptions {
	initiatives: number;
	indicators: number;
	seed: number;
}

/** mulberry32: a small, fast, seeded PRNG (0 ≤ x < 1), the same on every machine; the fuzz test draws its cases from it too. */
export function seededRandom(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

const PILLARS = ['anye-anju', 'anyi-anju', 'anxin-anju', 'jingjin-anju'];
const UNITS = ['公里', '亿元', '个', '%', '万人', '家', '元'];
const WORDS = ['琼江', '园区', '乡村', '产业', '城市', '生态', '民生', '招商', '农业', '教育', '安全', '治理'];

function periodsFor(frequency: 'annual' | 'quarterly' | 'monthly', count: number): string[] {
	const periods: string[] = [];
	for (let index = 0; index < count; index++) {
		if (frequency === 'annual') periods.push(String(2026 - count + 1 + index));
		else if (frequency === 'quarterly') periods.push(`${2024 + Math.floor(index / 4)}-Q${(index % 4) + 1}`);
		else periods.push(`${2025 + Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`);
	}
	return periods;
}

export function indicatorYaml(index: number, random: () => number): object {
	const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
	const frequency = random() < 0.6 ? 'annual' : random() < 0.6 ? 'quarterly' : 'monthly';
	const count =
		frequency === 'annual' ? 3 + Math.floor(random() * 4) : frequency === 'quarterly' ? 4 + Math.floor(random() * 8) : 6 + Math.floor(random() * 12);
	const periods = periodsFor(frequency, count);
	const decrease = random() < 0.2;
	let value = 10 + Math.round(random() * 500);
	const series = periods.map((period) => {
		value = Math.max(0, Math.round((value + (decrease ? -1 : 1) * random() * value * 0.15) * 10) / 10);
		return { period, value, status: 'final' };
	});
	const last = series.at(-1)!;
	const unit = pick(UNITS);
	return {
		title: `${pick(WORDS)}${pick(WORDS)}示例指标${index + 1}`,
		definition: `第 ${index + 1} 项基准测试用指标，按年末数统计。`,
		unit,
		decimals: 1,
		measure: pick(['cumulative', 'stock', 'rate']),
		frequency,
		direction: decrease ? 'decrease' : 'increase',
		chart: random() < 0.3 ? 'bar' : 'line',
		baseline: { period: series[0]!.period, value: series[0]!.value },
		...(random() < 0.8
			? {
					target: { period: frequency === 'annual' ? '2027' : periodsFor(frequency, count + 2).at(-1), value: Math.round(last.value * (decrease ? 0.7 : 1.3)) },
				}
			: {}),
		source: { publisher: '示例数据（基准测试）' },
		sample: true,
		updated: '2026-11-15',
		series,
	};
}

function initiativeMarkdown(index: number, indicatorSlugs: readonly string[], random: () => number): string {
	const front = {
		title: `基准测试举措${index + 1}：推动${WORDS[index % WORDS.length]}高质量发展`,
		pillar: PILLARS[index % PILLARS.length],
		summary: `第 ${index + 1} 项基准测试用举措，内容为示例。`,
		status: random() < 0.8 ? 'on_track' : 'not_started',
		status_as_of: '2026-11-01',
		lead_unit: 'fazhan-gaige-ju',
		start: '2021-06',
		due: '2027-12',
		indicators: indicatorSlugs,
		commitment_source: { title: '基准测试' },
		published: '2026-07-01',
		updated: '2026-11-01',
		sample: true,
	};
	return `---\n${stringify(front)}---\n\n## 进展\n\n第 ${index + 1} 项举措的示例进展说明。\n`;
}

export function indicatorSlug(index: number): string {
	return `bench-indicator-${String(index + 1).padStart(4, '0')}`;
}

/** Writes the content folder at `dir` (which must be empty or absent). */
export function generateContent(projectRoot: string, dir: string, options: GenerateOptions): void {
	const random = seededRandom(options.seed);
	const content = path.join(projectRoot, 'content');
	for (const folder of ['initiatives', 'updates']) mkdirSync(path.join(dir, folder), { recursive: true });
	cpSync(path.join(content, 'site.yaml'), path.join(dir, 'site.yaml'));
	for (const folder of ['pillars', 'units', 'benchmarks', 'indicators']) cpSync(path.join(content, folder), path.join(dir, folder), { recursive: true });
	for (let index = 0; index < options.indicators; index++) {
		writeFileSync(path.join(dir, 'indicators', `${indicatorSlug(index)}.yaml`), stringify(indicatorYaml(index, random)));
	}
	for (let index = 0; index < options.initiatives; index++) {
		const used = options.indicators > 0 ? [indicatorSlug(index % options.indicators)] : [];
		writeFileSync(path.join(dir, 'initiatives', `bench-initiative-${String(index + 1).padStart(4, '0')}.md`), initiativeMarkdown(index, used, random));
	}
}

/** The author and dates of the synthetic history, fixed so every run reads the same commits. */
const GIT_IDENTITY = {
	GIT_AUTHOR_NAME: '基准测试',
	GIT_AUTHOR_EMAIL: 'bench@example.invalid',
	GIT_COMMITTER_NAME: '基准测试',
	GIT_COMMITTER_EMAIL: 'bench@example.invalid',
};

/**
 * Makes the content folder a git repository with two commits, so the build reads a history as
 * large as the content: every file first published, then every indicator's latest value revised.
 * Returns false, and leaves no repository, where git is missing.
 */
export function commitHistory(dir: string): boolean {
	const git = (args: string[], date: string) =>
		spawnSync('git', ['-c', 'core.autocrlf=false', '-c', 'commit.gpgsign=false', ...args], {
			cwd: dir,
			env: { ...process.env, ...GIT_IDENTITY, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date, GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1' },
			encoding: 'utf8',
		}).status === 0;
	if (!git(['init', '-q'], '2026-10-01T09:00:00+08:00')) {
		rmSync(path.join(dir, '.git'), { recursive: true, force: true });
		return false;
	}
	const commit = (message: string, date: string) => git(['add', '-A'], date) && git(['commit', '-q', '-m', message], date);
	if (!commit('首次发布', '2026-10-01T09:00:00+08:00')) return false;
	const folder = path.join(dir, 'indicators');
	for (const file of readdirSync(folder).filter((name) => name.startsWith('bench-'))) {
		const data = parse(readFileSync(path.join(folder, file), 'utf8'));
		data.series.at(-1).value = Math.round((data.series.at(-1).value + 0.5) * 10) / 10;
		writeFileSync(path.join(folder, file), stringify(data));
	}
	return commit('修订指标数值', '2026-11-01T09:00:00+08:00');
}
