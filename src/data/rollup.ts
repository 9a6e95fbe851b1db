/**
 * The roll-ups for pages (utils/rollup.ts), built from the collections once per build: every page
 * that shows a rolled-up figure, and the about page's list of weights, read the same numbers.
 */
import { buildRollups, listWeights, rollupIndicator, type Rollup, type RollupContent, type WeightInUse } from '../utils/rollup.ts';
import { getIndicators, getInitiatives, getPillars } from './content.ts';

let content: Promise<RollupContent> | undefined;
let rollups: Promise<ReturnType<typeof buildRollups>> | undefined;

/** The collections as the roll-up reads them, in the site's order. */
function getRollupContent(): Promise<RollupContent> {
	content ??= Promise.all([getPillars(), getInitiatives(), getIndicators()]).then(([pillars, initiatives, indicators]) => ({
		pillars: pillars.map((entry) => ({ slug: entry.id, title: entry.data.title })),
		initiatives: initiatives.map((entry) => ({
			slug: entry.id,
			title: entry.data.title,
			pillar: entry.data.pillar,
			parent: entry.data.parent,
			indicators: entry.data.indicators,
			weight: entry.data.weight,
		})),
		indicators: indicators.map((entry) => rollupIndicator(entry.id, entry.data)),
	}));
	return content;
}

function getRollups() {
	rollups ??= getRollupContent().then(buildRollups);
	return rollups;
}

/** An initiative's roll-up by its slug. */
export async function getInitiativeRollup(slug: string): Promise<Rollup | undefined> {
	return (await getRollups()).initiatives.get(slug);
}

/** Every pillar's roll-up, by slug: for the pillar pages and the home page's cards. */
export async function getPillarRollups(): Promise<Map<string, Rollup>> {
	return (await getRollups()).pillars;
}

/** The weights that differ from the default, for the about page. */
export async function getWeightsInUse(): Promise<WeightInUse[]> {
	return listWeights(await getRollupContent());
}
