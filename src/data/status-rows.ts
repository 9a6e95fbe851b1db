/** Every status that has initiatives, with its count and the link to the list of them. */
import { countByStatus } from '../utils/status.ts';
import { initiativeStatusUrl } from '../site-map.ts';
import type { InitiativeEntry } from './content.ts';

export function statusRows(initiatives: readonly InitiativeEntry[]) {
	return countByStatus(initiatives.map((entry) => entry.data)).map((row) => ({
		...row,
		href: initiativeStatusUrl(row.info.code),
	}));
}
