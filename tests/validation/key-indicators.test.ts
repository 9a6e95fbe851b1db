/**
 * site.yaml's key_indicators, the home page's 关键指标: four to eight indicators, each once, each
 * an indicator file (the references step, with did-you-mean and the file of a name written for it).
 */
import { describe, expect, it } from 'vitest';
import { brief, checkWith, expectMessage, fixtureText, INDICATOR, QUARTERLY, single } from './helpers.ts';

/** Indicator files besides the valid fixture's two, copies of its annual one. */
const EXTRA = ['di-san', 'di-si', 'di-wu', 'di-liu', 'di-qi', 'di-ba', 'di-jiu'];
const extraFiles = Object.fromEntries(EXTRA.map((slug) => [`indicators/${slug}.yaml`, fixtureText(INDICATOR)]));
const SLUGS = [INDICATOR, QUARTERLY].map((file) => file.replace(/^indicators\/|\.yaml$/g, '')).concat(EXTRA);

/** The valid fixture with the extra indicators and site.yaml listing `slugs`. */
function checkKeyIndicators(slugs: readonly string[]) {
	const site = `${fixtureText('site.yaml')}key_indicators:\n${slugs.map((slug) => `  - ${slug}\n`).join('')}`;
	return checkWith({ ...extraFiles, 'site.yaml': site });
}

describe('key_indicators in site.yaml', () => {
	it('accepts four to eight indicators, and none at all', async () => {
		expect((await checkKeyIndicators(SLUGS.slice(0, 4))).map(brief)).toEqual([]);
		expect((await checkKeyIndicators(SLUGS.slice(0, 8))).map(brief)).toEqual([]);
		expect((await checkWith(extraFiles)).map(brief)).toEqual([]);
	});

	it('refuses fewer than four, in Chinese, at the field', async () => {
		const problems = await checkKeyIndicators(SLUGS.slice(0, 3));
		expectMessage(
			single(problems, 'error content/site.yaml:15 key_indicators [range]'),
			'首页关键指标应为 4 到 8 项，实为 3 项',
			'（expected 4 to 8 key indicators）',
		);
		expect(problems).toHaveLength(1);
	});

	it('refuses more than eight', async () => {
		const problems = await checkKeyIndicators(SLUGS.slice(0, 9));
		expectMessage(single(problems, 'error content/site.yaml:15 key_indicators [range]'), '实为 9 项');
		expect(problems).toHaveLength(1);
	});

	it('refuses an indicator listed twice, at its second place', async () => {
		const problems = await checkKeyIndicators([...SLUGS.slice(0, 4), SLUGS[1] as string]);
		expectMessage(single(problems, 'error content/site.yaml:20 key_indicators[4] [format]'), `指标 "${SLUGS[1]}" 重复列出`);
		expect(problems).toHaveLength(1);
	});

	it('names the file of an indicator whose title was written for its file name', async () => {
		const problems = await checkKeyIndicators([...SLUGS.slice(0, 3), '工业园区营业收入']);
		expectMessage(
			single(problems, 'error content/site.yaml:19 key_indicators[3] [reference]'),
			'找不到指标 "工业园区营业收入"',
			'“工业园区营业收入”是名称，这里应写它的文件名 "gongye-yuanqu-yingye-shouru"',
		);
		expect(problems).toHaveLength(1);
	});
});
