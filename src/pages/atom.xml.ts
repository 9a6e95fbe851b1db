/** Atom feed of the updates (工作动态), for readers that prefer it to RSS. */
import type { APIRoute } from 'astro';
import { getUpdatesFeed } from '../data/feed.ts';
import { atomFeed } from '../utils/feed.ts';

export const GET: APIRoute = async ({ site }) =>
	new Response(atomFeed(await getUpdatesFeed(site, 'atom.xml')), { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
