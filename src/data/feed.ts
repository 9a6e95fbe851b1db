/** The updates feed's content, shared by rss.xml and atom.xml. */
import type { Feed } from '../utils/feed.ts';
import { sectionUrl, updateUrl, type FeedPath } from '../site-map.ts';
import { fileUrl } from '../utils/url.ts';
import { getInitiatives, getSite, getUpdates } from './content.ts';

/** `site` is Astro's site origin; links get the base path through the site map. */
export async function getUpdatesFeed(site: URL | undefined, feedFile: FeedPath): Promise<Feed> {
	const info = await getSite();
	const origin = site ?? new URL(info.url);
	const absolute = (path: string) => new URL(path, origin).href;
	const initiatives = await getInitiatives();
	const updates = await getUpdates();
	return {
		title: `${info.title}：工作动态`,
		description: info.description,
		pageUrl: absolute(sectionUrl('updates')),
		selfUrl: absolute(fileUrl(feedFile)),
		author: info.host_org,
		items: updates.map((update) => ({
			title: update.data.title,
			url: absolute(updateUrl(update.id)),
			date: update.data.date,
			// Feed readers show no site banner, so the sample label travels with each item.
			summary: update.data.sample ? `【示例数据】${update.data.summary}` : update.data.summary,
			categories: initiatives.filter((entry) => update.data.initiatives?.includes(entry.id)).map((entry) => entry.data.short_title ?? entry.data.title),
		})),
	};
}
