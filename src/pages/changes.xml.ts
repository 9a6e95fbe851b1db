/** RSS 2.0 feed of the latest changes across the site (修订记录): status changes, data revisions, new updates. */
import type { APIRoute } from 'astro';
import { getChangesFeed } from '../data/changes-feed.ts';
import { rssFeed } from '../utils/feed.ts';

export const GET: APIRoute = async ({ site }) => rssFeed(await getChangesFeed(site));
