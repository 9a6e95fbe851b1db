/** The `sample` flag's text, the same in every collection that has one: only what is illustrative differs. */
import type { FieldMeta } from './field-meta.ts';

/** @param what what is only an example, e.g. 状态和数字 */
export function sampleField(what: string): FieldMeta {
	return {
		label: '示例数据',
		hint: `勾选表示${what}只是示例，网站会标注“示例数据”；换成正式数据后取消勾选。`,
		written: '示例数据：正式数据填 `false`，示例数据填 `true`（网站会标注“示例数据”）',
	};
}
