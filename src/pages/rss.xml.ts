/** RSS 2.0 feed of the updates (工作动态). */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getUpdatesFeed } from '../data/feed.ts';
import { FEED_PATHS } from '../site-map.ts';
import { feedTimestamp } from '../utils/feed.ts';

export const GET: APIRoute = async ({ site }) => {
	const feed = await getUpdatesFeed(site, FEED_PATHS.rss);
	return rss({
		title: feed.title,
		description: feed.description,
		site: feed.pageUrl,
		xmlns: { atom: 'http://www.w3.org/2005/Atom' },
		customData: `<language>zh-CN</language><atom:link href="${feed.selfUrl}" rel="self" type="application/rss+xml"/>`,
		items: feed.items.map((item) => ({
			title: item.title,
			link: item.url,
			pubDate: new Date(feedTimestamp(item.date)),
			description: item.summary,
			categories: item.categories,
		})),
	});
};
