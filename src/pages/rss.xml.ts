/** RSS 2.0 feed of the updates (工作动态). */
import type { APIRoute } from 'astro';
import { getUpdatesFeed } from '../data/feed.ts';
import { FEED_PATHS } from '../site-map.ts';
import { rssFeed } from '../utils/feed.ts';

export const GET: APIRoute = async ({ site }) => rssFeed(await getUpdatesFeed(site, FEED_PATHS.rss));
