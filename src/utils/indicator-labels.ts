/** Chinese names for the indicator model's codes, as shown to readers. */
import type { Frequency } from './period.ts';

export const MEASURE_LABELS = {
	cumulative: '累计值',
	period: '当期值',
	stock: '时点值',
	rate: '比率',
} as const;

export const FREQUENCY_LABELS: Record<Frequency, string> = {
	annual: '每年',
	quarterly: '每季度',
	monthly: '每月',
};

export const DIRECTION_LABELS = {
	increase: '越高越好',
	decrease: '越低越好',
} as const;

export const OBSERVATION_STATUS_LABELS = {
	preliminary: '初步数',
	final: '最终核实数',
	revised: '修订数',
} as const;
