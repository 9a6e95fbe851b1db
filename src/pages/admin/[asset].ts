/** /admin/decap-cms.js and the files it loads: Decap CMS, copied from node_modules at build time. */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { APIRoute, GetStaticPaths } from 'astro';
import { decapAssetNames, decapDistDir } from '../../cms/assets.ts';

export const getStaticPaths = (() => decapAssetNames().map((asset) => ({ params: { asset } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => new Response(await readFile(path.join(decapDistDir(), String(params['asset']))));
