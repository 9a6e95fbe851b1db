/**
 * Responsible units from YAML to the built site: every unit has a row on /units/ and a page; every
 * initiative page links its lead and partner units; each unit page lists what it leads and supports,
 * marked as such; overdue milestones (as of the build date the pages state) are flagged on the
 * initiative's page and on its units' pages.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { initiativeSchema } from '../../src/schemas/initiative.ts';
import { unitSchema } from '../../src/schemas/unit.ts';
import { overdueMilestones } from '../../src/utils/milestones.ts';
import { builtSite } from '../helpers/built-site.ts';

const contentDir = path.resolve(import.meta.dirname, '../../content');
const units = readdirSync(path.join(contentDir, 'units')).map((file) => ({
	slug: file.replace(/\.yaml$/, ''),
	data: unitSchema.parse(parse(readFileSync(path.join(contentDir, 'units', file), 'utf8'))),
}));
const initiatives = readdirSync(path.join(contentDir, 'initiatives')).map((file) => {
	const text = readFileSync(path.join(contentDir, 'initiatives', file), 'utf8');
	return { slug: file.replace(/\.mdx?$/, ''), data: initiativeSchema.parse(parse(text.split(/^---$/m)[1] ?? '')) };
});
const nameOf = (slug: string) => units.find((unit) => unit.slug === slug)?.data.name;
/** A link to `href` reading `label`, with whatever attributes Astro adds. */
const link = (href: string, label: string | undefined) => new RegExp(`<a href="${href}"[^>]*>${label}</a>`);

describe('responsible units on the built site', () => {
	const { dist } = builtSite('root');
	const html = (page: string) => readFileSync(path.join(dist, page, 'index.html'), 'utf8');
	const text = (page: string) =>
		html(page)
			.replace(/<[^>]+>/g, '')
			.replace(/\s+/g, ' ');
	const index = html('units');
	const [, year, month, day] = /以本站生成日期 (\d{4})年(\d{1,2})月(\d{1,2})日 计/.exec(text('units')) ?? [];
	const today = `${year}-${month?.padStart(2, '0')}-${day?.padStart(2, '0')}`;

	it('lists every unit on /units/, linking its page, and counts what it leads', () => {
		expect(year).toBeDefined();
		for (const unit of units) {
			expect(index).toMatch(link(`/units/${unit.slug}/`, unit.data.name));
			const led = initiatives.filter((initiative) => initiative.data.lead_unit === unit.slug).length;
			expect(text(`units/${unit.slug}`)).toContain(`牵头 ${led} 项举措`);
		}
	});

	it('links each initiative page to its lead and partner units, by name', () => {
		for (const initiative of initiatives) {
			const page = html(`initiatives/${initiative.slug}`);
			for (const unit of [initiative.data.lead_unit, ...(initiative.data.partner_units ?? [])]) {
				expect(page, initiative.slug).toMatch(link(`/units/${unit}/`, nameOf(unit)));
			}
		}
	});

	it('lists on each unit page the initiatives it leads and supports, marked 牵头 or 配合', () => {
		for (const initiative of initiatives) {
			const roles = [
				[initiative.data.lead_unit, '牵头'],
				...(initiative.data.partner_units ?? []).filter((unit) => unit !== initiative.data.lead_unit).map((unit) => [unit, '配合']),
			] as const;
			for (const [unit, role] of roles) {
				const card = html(`units/${unit}`)
					.split('<li class="card"')
					.find((part) => part.includes(`href="/initiatives/${initiative.slug}/"`));
				expect(card, `${unit} → ${initiative.slug}`).toBeDefined();
				expect(card).toContain(`>${role}</span>`);
			}
		}
	});

	it('flags each overdue milestone on its initiative’s page and its lead unit’s page, and there is at least one', () => {
		const overdue = initiatives.flatMap((initiative) => overdueMilestones(initiative.data, today).map((milestone) => ({ initiative, milestone })));
		expect(overdue.length).toBeGreaterThan(0);
		for (const { initiative, milestone } of overdue) {
			expect(text(`initiatives/${initiative.slug}`)).toContain(`${milestone.title}已逾期，未完成`);
			expect(text(`units/${initiative.data.lead_unit}`)).toContain(`${milestone.title}（计划`);
		}
		const flagged = initiatives.filter((initiative) => text(`initiatives/${initiative.slug}`).includes('已逾期，未完成'));
		expect(flagged.map((initiative) => initiative.slug).sort()).toEqual([...new Set(overdue.map(({ initiative }) => initiative.slug))].sort());
	});
});
