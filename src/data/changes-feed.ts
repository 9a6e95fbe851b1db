/**
 * The changes feed (changes.xml): the latest status changes, data revisions and new updates
 * across the site, the same changes /changes/ lists. Each item links to its entry in the page's
 * 修订记录, so every item has an address of its own.
 */
import { CHANGE_CATEGORY_LABELS, revisionId, type ChangeCategory } from '../history/change-record.ts';
import type { Site } from '../schemas/site.ts';
import { CHANGES_FEED_PATH, sectionUrl } from '../site-map.ts';
import type { Feed } from '../utils/feed.ts';
import { fileUrl } from '../utils/url.ts';
import { getSite } from './content.ts';
import { getLatestChanges, type LatestChange } from './history.ts';

/** The kinds of change the feed carries; other edits (wording, dates) are on /changes/ only. */
const FEED_CATEGORIES: readonly ChangeCategory[] = ['status', 'data', 'new-update'];

/** `site` is Astro's site origin; links get the base path through the site map. */
export async function getChangesFeed(site: URL | undefined): Promise<Feed> {
	const info = await getSite();
	const latest = await getLatestChanges();
	return changesFeed(info, site ?? new URL(info.url), latest.available ? latest.changes : []);
}

/** The feed of `changes` (newest first) for the site described by `info`, with links under `origin`. */
export function changesFeed(info: Pick<Site, 'title' | 'host_org'>, origin: URL, changes: readonly LatestChange[]): Feed {
	const absolute = (path: string) => new URL(path, origin).href;
	return {
		title: `${info.title}：修订记录`,
		description: `${info.title}上举措状态、指标数据和工作动态的最近变化。`,
		pageUrl: absolute(sectionUrl('changes')),
		selfUrl: absolute(fileUrl(CHANGES_FEED_PATH)),
		author: info.host_org,
		items: changes.flatMap((change) => {
			const categories = change.categories.filter((category) => FEED_CATEGORIES.includes(category)).map((category) => CHANGE_CATEGORY_LABELS[category]);
			if (change.href === undefined || categories.length === 0) return [];
			const summary = change.lines.join('；');
			return [
				{
					title: `${change.title}（${categories.join('、')}）`,
					url: absolute(`${change.href}#${revisionId(change.commit)}`),
					date: change.date,
					// Feed readers show no site banner, so the sample label travels with each item, as in the updates feed.
					summary: change.sample ? `【示例数据】${summary}` : summary,
					categories,
				},
			];
		}),
	};
}
