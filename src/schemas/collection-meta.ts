/**
 * What staff are told about each collection as a whole, in the web editor: its name (the words of
 * src/vocabulary.ts), what it holds, whether entries may be added, and its Markdown body. Each
 * field carries its own text in its schema (src/schemas/field-meta.ts).
 */
import { COLLECTION_WORDS } from '../vocabulary.ts';
import type { CollectionName } from './collection-name.ts';

/** A collection's own text. */
export interface CollectionMeta {
	/** The collection, e.g. 推进举措. */
	label: string;
	/** One entry, e.g. 举措. */
	singular: string;
	/** What the collection holds and what to keep in mind when editing it. */
	description: string;
	/** Whether staff may add and delete entries (the four pillars are fixed by the plan). */
	create: boolean;
	/** The Markdown body, for collections whose files have one. */
	body?: { label: string; hint: string };
}

const BODY_LABEL = '正文';

/** The collection's label and singular from the vocabulary, with the rest of its text. */
const collection = (name: CollectionName, meta: Omit<CollectionMeta, 'label' | 'singular'>): CollectionMeta => ({
	label: COLLECTION_WORDS[name].plural,
	singular: COLLECTION_WORDS[name].singular,
	...meta,
});

export const COLLECTION_META: Readonly<Record<CollectionName, CollectionMeta>> = {
	pillars: collection('pillars', {
		description: '“安业安居、安逸安居、安心安居、竞进安居”四个方面。共四项，由规划确定，只能修改、不能新增或删除。',
		create: false,
		body: { label: BODY_LABEL, hint: '对标体会、差距与方向、下一步要求。用“二级标题”分节。' },
	}),
	initiatives: collection('initiatives', {
		description: '每项举措的推进状态、牵头单位、期限和里程碑。修改状态时，请同时更新“状态截至日期”和“最近更新日期”。',
		create: true,
		body: { label: BODY_LABEL, hint: '写规划要求、进展、下一步和困难，用“二级标题”分节。' },
	}),
	indicators: collection('indicators', {
		description: '指标的口径、单位、目标和各期数值。新的一期数值加在“各期数值”末尾，并更新“数据更新日期”。',
		create: true,
	}),
	benchmarks: collection('benchmarks', { description: '对标地区的原文数据及出处。数字按原文填写，不换算单位。', create: true }),
	updates: collection('updates', {
		description: '有日期的进展消息。网站须定期更新，首页两周未更新会被判为不合格。',
		create: true,
		body: { label: BODY_LABEL, hint: '消息全文。' },
	}),
	units: collection('units', {
		description: '牵头和配合举措的单位。举措的“牵头单位”“配合单位”从这里选择；单位改名时改这里的名称，文件名不变。',
		create: true,
	}),
};
