/** Writes the Pagefind search index for a built site into its pagefind/ folder. */
import path from 'node:path';
import * as pagefind from 'pagefind';

export async function indexSite(dir: string): Promise<void> {
	const { index, errors } = await pagefind.createIndex({ forceLanguage: 'zh-cn' });
	if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
	try {
		const added = await index.addDirectory({ path: dir });
		if (added.errors.length > 0) throw new Error(`Pagefind: ${added.errors.join('; ')}`);
		const written = await index.writeFiles({ outputPath: path.join(dir, 'pagefind') });
		if (written.errors.length > 0) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
	} finally {
		await pagefind.close();
	}
}
