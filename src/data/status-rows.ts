/** Every status that has initiatives, with its count and the link to the list of them. */
import { countByStatus } from '../utils/status.ts';
import { pageUrl } from '../utils/url.ts';
import type { InitiativeEntry } from './content.ts';

export function statusRows(initiatives: readonly InitiativeEntry[]) {
	return countByStatus(initiatives.map((entry) => entry.data)).map((row) => ({
		...row,
		href: pageUrl('initiatives', 'status', row.info.code),
	}));
}
