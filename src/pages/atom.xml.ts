/** Atom feed of the updates (工作动态), for readers that prefer it to RSS. */
import type { APIRoute } from 'astro';
import { getUpdatesFeed } from '../data/feed.ts';
import { FEED_PATHS } from '../site-map.ts';
import { atomFeed } from '../utils/feed.ts';

export const GET: APIRoute = async ({ site }) =>
	new Response(atomFeed(await getUpdatesFeed(site, FEED_PATHS.atom)), { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
