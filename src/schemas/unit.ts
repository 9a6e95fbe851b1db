/** A responsible unit (责任单位): `content/units/<slug>.yaml`. Initiatives name their lead and partner units by these slugs. */
import { z } from 'astro/zod';
import { text, url } from './common.ts';
import { field } from './field-meta.ts';

export const UNIT_KINDS = ['party', 'government', 'town', 'other'] as const;
export type UnitKind = (typeof UNIT_KINDS)[number];

/** How bulletins group units, in their order: 区委工作机关 first, then 区政府工作部门, then 镇（街道）. */
export const UNIT_KIND_LABELS: Readonly<Record<UnitKind, string>> = {
	party: '区委工作机关',
	government: '区政府工作部门',
	town: '镇（街道）',
	other: '其他单位',
};

export const unitSchema = z.strictObject({
	/** The name bulletins use, e.g. 区发展和改革局 (a body, never a person). */
	name: field(text, {
		label: '单位名称',
		hint: '督查通报中使用的名称，如“区发展和改革局”。写单位，不写个人。',
		written: '单位名称，如“区发展和改革局”（写单位，不写个人）',
	}),
	/** Which group of the bulletin table it is listed in. */
	kind: field(z.enum(UNIT_KINDS), {
		label: '单位类别',
		choices: UNIT_KIND_LABELS,
		hint: '决定在“责任单位”表中的分组。',
		written: '单位类别：`party` 区委工作机关、`government` 区政府工作部门、`town` 镇（街道）、`other` 其他单位',
	}),
	/** The unit's own website or its page on the district portal. */
	url: field(url.optional(), {
		label: '单位网址',
		hint: '单位网站或政府门户中的单位页面，以 http:// 或 https:// 开头，可不填。',
		written: '单位网站或门户网站中的单位页面',
	}),
});

export type Unit = z.output<typeof unitSchema>;
