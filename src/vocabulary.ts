/**
 * The words for the site's kinds of content: one word per concept, the same on the site, in
 * the web editor, in the check's messages and in the guide. A pillar of the 四个始终 is a
 * 方面 everywhere (never 支柱).
 */
import type { CollectionName } from './schemas/index.ts';

export interface CollectionWords {
	/** The collection as a whole, e.g. 推进举措. */
	plural: string;
	/** One entry, e.g. 举措. */
	singular: string;
}

export const COLLECTION_WORDS: Readonly<Record<CollectionName, CollectionWords>> = {
	pillars: { plural: '四个始终', singular: '方面' },
	initiatives: { plural: '推进举措', singular: '举措' },
	indicators: { plural: '指标', singular: '指标' },
	benchmarks: { plural: '对标地区', singular: '对标地区' },
	updates: { plural: '工作动态', singular: '动态' },
	units: { plural: '责任单位', singular: '责任单位' },
};
