/** The rows of the status filter: every status that has initiatives, with its count and link. */
import { countByStatus } from '../utils/status.ts';
import { pageUrl } from '../utils/url.ts';
import type { InitiativeEntry } from './content.ts';

export function statusFilterRows(initiatives: readonly InitiativeEntry[]) {
	return countByStatus(initiatives.map((entry) => entry.data)).map((row) => ({
		code: row.info.code,
		count: row.count,
		href: pageUrl('initiatives', 'status', row.info.code),
	}));
}
