/** Turns content entries into the plain props list components take. */
import type { InitiativeCard } from '../components/InitiativeList.astro';
import { describeStatusCounts } from '../utils/status.ts';
import type { UpdateItem } from '../components/UpdateList.astro';
import { initiativeUrl, pillarUrl, updateUrl } from '../site-map.ts';
import type { InitiativeEntry, PillarEntry, UnitEntry, UpdateEntry } from './content.ts';

/** @param units every unit by slug (the check has made sure the lead unit is one of them) */
export function initiativeCard(entry: InitiativeEntry, units: ReadonlyMap<string, UnitEntry['data']>, pillars?: readonly PillarEntry[]): InitiativeCard {
	const pillar = pillars?.find((candidate) => candidate.id === entry.data.pillar);
	return {
		href: initiativeUrl(entry.id),
		title: entry.data.title,
		summary: entry.data.summary,
		status: entry.data.status,
		leadUnit: units.get(entry.data.lead_unit)?.name ?? entry.data.lead_unit,
		due: entry.data.due,
		revisedDue: entry.data.revised_due,
		sample: entry.data.sample,
		context: pillar ? `${pillar.data.title} · ${pillar.data.motto}` : undefined,
	};
}

export function updateItem(entry: UpdateEntry): UpdateItem {
	return {
		href: updateUrl(entry.id),
		title: entry.data.title,
		date: entry.data.date,
		summary: entry.data.summary,
		sample: entry.data.sample,
	};
}

/** A pillar card's props, with the status counts of its initiatives. */
export function pillarCard(pillar: PillarEntry, initiatives: readonly InitiativeEntry[]) {
	return {
		href: pillarUrl(pillar.id),
		title: pillar.data.title,
		motto: pillar.data.motto,
		goal: pillar.data.goal,
		statusLine: describeStatusCounts(initiatives.filter((entry) => entry.data.pillar === pillar.id).map((entry) => entry.data)),
	};
}
