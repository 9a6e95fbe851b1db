/** Content files as editors write them, for the history tests' scripted commits. */

export interface InitiativeFile {
	status: string;
	reason?: string;
	sample?: boolean;
	body?: string;
}

export function initiativeFile({ status, reason, sample = true, body = '琼江生态走廊的建设情况。' }: InitiativeFile): string {
	return [
		'---',
		'title: 琼江生态走廊建设',
		'pillar: anyi-anju',
		'summary: 沿琼江建设生态走廊。',
		`status: ${status}`,
		...(reason === undefined ? [] : [`status_reason: ${JSON.stringify(reason)}`]),
		'status_as_of: 2026-09-30',
		'lead_unit: 区住房和城乡建设局',
		'start: "2024-01"',
		'due: "2027-12"',
		'commitment_source:',
		'  title: 《工作方案》',
		'published: 2026-09-01',
		'updated: 2026-09-01',
		`sample: ${sample}`,
		'---',
		'',
		body,
		'',
	].join('\n');
}

export function indicatorFile(series: readonly [string, number][], sample = true): string {
	return [
		'title: 琼江生态走廊绿道建成里程',
		'definition: 已建成的绿道长度。',
		'unit: 公里',
		'measure: cumulative',
		'frequency: annual',
		'direction: increase',
		'source:',
		'  publisher: 区住房和城乡建设局',
		`sample: ${sample}`,
		'updated: 2026-09-01',
		'series:',
		...series.flatMap(([period, value]) => [`  - period: ${period}`, `    value: ${value}`]),
		'',
	].join('\n');
}

export function updateFile(title: string, sample = false): string {
	return ['---', `title: ${title}`, 'date: 2026-12-01', 'summary: 一段摘要。', `sample: ${sample}`, '---', '', '正文。', ''].join('\n');
}
