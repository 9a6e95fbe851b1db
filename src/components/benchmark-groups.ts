/** The two kinds of benchmark region in the plan's “2+3+N”, as the benchmark pages name and introduce them. */
import type { Benchmark } from '../schemas/benchmark.ts';

/** One group's heading and lead sentence. */
export interface BenchmarkGroupInfo {
	key: Benchmark['group'];
	title: string;
	lead: string;
}

/** Both groups, in the order the pages show them. */
export const BENCHMARK_GROUPS_SHOWN: readonly BenchmarkGroupInfo[] = [
	{ key: 'overall', title: '比拼综合实力', lead: '与这两个地区比综合实力，对应“2+3+N”中的“2”。' },
	{ key: 'specialty', title: '较量优势特色', lead: '与这三个地区比优势特色，对应“2+3+N”中的“3”。' },
];

/** A group's heading, e.g. 比拼综合实力. */
export function benchmarkGroupTitle(group: Benchmark['group']): string {
	return BENCHMARK_GROUPS_SHOWN.find((info) => info.key === group)?.title ?? group;
}
