/**
 * The site's feeds in Atom (RFC 4287) and, through @astrojs/rss, RSS 2.0, from the same items.
 * Every URL is absolute, including the base path: feed readers fetch from elsewhere.
 */
import rss from '@astrojs/rss';

export interface FeedItem {
	title: string;
	/** Absolute URL of the item's page. */
	url: string;
	/** ISO date, YYYY-MM-DD. */
	date: string;
	summary: string;
	/** Labels such as the initiatives it reports on. */
	categories: string[];
}

export interface Feed {
	title: string;
	description: string;
	/** Absolute URL of the page listing the items. */
	pageUrl: string;
	/** Absolute URL of the feed itself. */
	selfUrl: string;
	author: string;
	/** Newest first. */
	items: FeedItem[];
}

/** A calendar date as the start of that day in China Standard Time (RFC 3339). */
export function feedTimestamp(date: string): string {
	return `${date}T00:00:00+08:00`;
}

function escapeXml(text: string): string {
	return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

export function atomFeed(feed: Feed): string {
	const updated = feedTimestamp(feed.items[0]?.date ?? '1970-01-01');
	const entries = feed.items.map(
		(item) => `  <entry>
    <title>${escapeXml(item.title)}</title>
    <link rel="alternate" type="text/html" href="${escapeXml(item.url)}"/>
    <id>${escapeXml(item.url)}</id>
    <published>${feedTimestamp(item.date)}</published>
    <updated>${feedTimestamp(item.date)}</updated>
    <summary>${escapeXml(item.summary)}</summary>
${item.categories.map((term) => `    <category term="${escapeXml(term)}"/>`).join('\n')}
  </entry>`,
	);
	return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="zh-CN">
  <title>${escapeXml(feed.title)}</title>
  <subtitle>${escapeXml(feed.description)}</subtitle>
  <link rel="alternate" type="text/html" href="${escapeXml(feed.pageUrl)}"/>
  <link rel="self" type="application/atom+xml" href="${escapeXml(feed.selfUrl)}"/>
  <id>${escapeXml(feed.selfUrl)}</id>
  <updated>${updated}</updated>
  <author><name>${escapeXml(feed.author)}</name></author>
${entries.join('\n')}
</feed>
`;
}

/** The feed as RSS 2.0, with its language and its own address (atom:link), as readers expect. */
export function rssFeed(feed: Feed): Promise<Response> {
	return rss({
		title: feed.title,
		description: feed.description,
		site: feed.pageUrl,
		xmlns: { atom: 'http://www.w3.org/2005/Atom' },
		customData: `<language>zh-CN</language><atom:link href="${escapeXml(feed.selfUrl)}" rel="self" type="application/rss+xml"/>`,
		items: feed.items.map((item) => ({
			title: item.title,
			link: item.url,
			pubDate: new Date(feedTimestamp(item.date)),
			description: item.summary,
			categories: item.categories,
		})),
	});
}
