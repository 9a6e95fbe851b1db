/** Indicators the chart and download tests share. */
import type { Indicator } from '../../src/schemas/indicator.ts';

/** The example: 5 → 42 km against a 2025 target of 60 km. */
export const greenway: Indicator = {
	title: '琼江生态走廊绿道建成里程',
	definition: '已建成并通过验收的绿道累计长度。',
	unit: '公里',
	measure: 'cumulative',
	frequency: 'annual',
	direction: 'increase',
	baseline: { period: '2021', value: 5 },
	target: { period: '2025', value: 60 },
	source: { publisher: '区住房和城乡建设局' },
	sample: true,
	updated: '2025-03-31',
	series: [
		{ period: '2021', value: 5, status: 'final' },
		{ period: '2022', value: 14, status: 'final' },
		{ period: '2023', value: 30, status: 'revised', note: '含补录段落' },
		{ period: '2024', value: 42, status: 'preliminary' },
	],
};

/** Two years of monthly figures, no target: the largest chart a page shows. */
export const monthlyAccidents: Indicator = {
	title: '生产安全事故起数',
	definition: '当月全区发生的生产安全事故起数。',
	unit: '起',
	decimals: 0,
	measure: 'period',
	frequency: 'monthly',
	direction: 'decrease',
	chart: 'bar',
	source: { publisher: '区应急管理局', title: '月度统计' },
	sample: false,
	updated: '2026-11-16',
	series: Array.from({ length: 24 }, (_, index) => ({
		period: `${2024 + Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`,
		value: (index * 7) % 5,
		status: 'final' as const,
	})),
};
