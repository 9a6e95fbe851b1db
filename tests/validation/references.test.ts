/**
 * Links between files: every pillar, parent, indicator and update initiative named must
 * exist, and no initiative may be its own ancestor.
 */
import { describe, expect, it } from 'vitest';
import { brief, checkWith, CHILD, expectBriefs, expectMessage, fixtureText, fixtureWith, lineNumberOf, MDX, PARENT, shown, single, UPDATE } from './helpers.ts';

describe('references', () => {
	it('reports a pillar that does not exist, with the closest one as a suggestion', async () => {
		const problems = await checkWith({ [CHILD]: fixtureWith(CHILD, ['pillar: anyi-anju', 'pillar: anyi-anjv']) });
		const file = shown(CHILD);
		expect(problems.map(brief)).toEqual([`error ${file}:3 pillar [reference]`]);
		expectMessage(
			problems[0]!,
			'找不到方面 "anyi-anjv"',
			'content/pillars/ 下没有这个文件，是否应为 "anyi-anju"？',
			'（no pillars entry with slug "anyi-anjv"）',
		);
	});

	it('reports a parent that does not exist', async () => {
		const problems = await checkWith({ [CHILD]: fixtureWith(CHILD, ['parent: qiongjiang-shengtai-zoulang', 'parent: qiongjiang-zoulang']) });
		const file = shown(CHILD);
		expect(problems.map(brief)).toEqual([`error ${file}:4 parent [reference]`]);
		expectMessage(problems[0]!, '找不到举措 "qiongjiang-zoulang"', '（no initiatives entry with slug "qiongjiang-zoulang"）');
	});

	it('reports each missing indicator at its list item', async () => {
		const text = fixtureWith(PARENT, [
			'  - qiongjiang-lvdao-licheng',
			'  - qiongjiang-lvdao-licheng\n  - lvdao-licheng\n  - gongye-yuanqu-yingye-shouru\n  - renjun-shouru',
		]);
		const problems = await checkWith({ [PARENT]: text });
		const file = shown(PARENT);
		const [second, fourth] = [lineNumberOf(text, '  - lvdao-licheng'), lineNumberOf(text, '  - renjun-shouru')];
		expect(problems.map(brief)).toEqual([`error ${file}:${second} indicators[1] [reference]`, `error ${file}:${fourth} indicators[3] [reference]`]);
		expectMessage(single(problems, `error ${file}:${second} indicators[1] [reference]`), '找不到指标 "lvdao-licheng"', '是否应为 "qiongjiang-lvdao-licheng"？');
	});

	it('reports an update naming an initiative that does not exist', async () => {
		const text = fixtureWith(UPDATE, ['  - qiongjiang-lvdao-erqi', '  - qiongjiang-lvdao-erqi\n  - qiongjiang-lvdao-sanqi']);
		const problems = await checkWith({ [UPDATE]: text });
		const file = shown(UPDATE);
		expect(problems.map(brief)).toEqual([`error ${file}:7 initiatives[2] [reference]`]);
		expectMessage(problems[0]!, '找不到举措 "qiongjiang-lvdao-sanqi"', '（no initiatives entry with slug "qiongjiang-lvdao-sanqi"）');
	});

	it('only resolves a reference within its own collection', async () => {
		// anye-anju is a pillar, not an initiative.
		const text = fixtureWith(UPDATE, ['  - qiongjiang-lvdao-erqi', '  - anye-anju']);
		const problems = await checkWith({ [UPDATE]: text });
		expect(problems.map(brief)).toEqual([`error ${shown(UPDATE)}:6 initiatives[1] [reference]`]);
	});

	it('names the file of an entry whose name was written in place of its file name', async () => {
		const problems = await checkWith({ [CHILD]: fixtureWith(CHILD, ['pillar: anyi-anju', 'pillar: 安逸安居']) });
		const file = shown(CHILD);
		expectBriefs(problems, file, [`error ${file}:3 pillar [reference]`]);
		expectMessage(single(problems, `error ${file}:3 pillar [reference]`), '找不到方面 "安逸安居"', '“安逸安居”是名称，这里应写它的文件名 "anyi-anju"');
	});

	it('suggests the file of the entry a misspelt name nearly is, and nothing for a name unlike any', async () => {
		const problems = await checkWith({
			[CHILD]: fixtureWith(CHILD, ['lead_unit: zhufang-chengxiang-jianshe-ju', 'lead_unit: 区住房和城乡建设委员会']),
			[PARENT]: fixtureWith(PARENT, ['  - shuili-ju', '  - 区教育局']),
			[MDX]: fixtureWith(MDX, ['lead_unit: jingji-xinxihua-keji-ju', 'lead_unit: 区经信科技局']),
		});
		expectMessage(
			single(problems, `error ${shown(MDX)}:${lineNumberOf(fixtureText(MDX), 'lead_unit:')} lead_unit [reference]`),
			'是否应为“区经济信息化和科技局”？',
		);
		expectMessage(
			single(problems, `error ${shown(CHILD)}:${lineNumberOf(fixtureText(CHILD), 'lead_unit:')} lead_unit [reference]`),
			'是否应为“区住房和城乡建设局”？这里应写它的文件名 "zhufang-chengxiang-jianshe-ju"',
		);
		const partner = problems.find((problem) => problem.file === shown(PARENT));
		expect(partner?.message).toBe('找不到责任单位 "区教育局"（content/units/ 下没有这个文件）（no units entry with slug "区教育局"）');
	});

	// Regression: references resolve against every file read, valid or not; one typo in an
	// initiative once made every file naming it report the initiative as missing.
	it('does not report a reference to a file that exists but has a mistake of its own', async () => {
		const problems = await checkWith({ [PARENT]: fixtureWith(PARENT, ['tags:', 'tgas:']) });
		const file = shown(PARENT);
		const line = lineNumberOf(fixtureText(PARENT), 'tags:');
		expect(problems.map(brief)).toEqual([`error ${file}:${line} tgas [unknown-field]`]);
	});
});

describe('parent cycles', () => {
	it('reports an initiative that is its own parent', async () => {
		const text = fixtureWith(PARENT, ['pillar: anyi-anju', 'pillar: anyi-anju\nparent: qiongjiang-shengtai-zoulang']);
		const problems = await checkWith({ [PARENT]: text });
		const file = shown(PARENT);
		expect(problems.map(brief)).toEqual([`error ${file}:5 parent [parent-cycle]`]);
		expectMessage(
			problems[0]!,
			'举措不能是自己的上级：qiongjiang-shengtai-zoulang → qiongjiang-shengtai-zoulang',
			'（an initiative cannot be its own ancestor）',
		);
	});

	it('reports both initiatives of a two-step cycle', async () => {
		const text = fixtureWith(PARENT, ['pillar: anyi-anju', 'pillar: anyi-anju\nparent: qiongjiang-lvdao-erqi']);
		const problems = await checkWith({ [PARENT]: text });
		expect(problems.map(brief).sort()).toEqual([`error ${shown(CHILD)}:4 parent [parent-cycle]`, `error ${shown(PARENT)}:5 parent [parent-cycle]`]);
		expectMessage(
			single(problems, `error ${shown(PARENT)}:5 parent [parent-cycle]`),
			'qiongjiang-shengtai-zoulang → qiongjiang-lvdao-erqi → qiongjiang-shengtai-zoulang',
		);
		expectMessage(
			single(problems, `error ${shown(CHILD)}:4 parent [parent-cycle]`),
			'qiongjiang-lvdao-erqi → qiongjiang-shengtai-zoulang → qiongjiang-lvdao-erqi',
		);
	});

	it('does not report an initiative whose parent chain runs into a cycle it is not part of', async () => {
		const problems = await checkWith({
			[PARENT]: fixtureWith(PARENT, ['pillar: anyi-anju', 'pillar: anyi-anju\nparent: qiongjiang-lvdao-erqi']),
			[MDX]: fixtureWith(MDX, ['pillar: anye-anju', 'pillar: anye-anju\nparent: qiongjiang-lvdao-erqi']),
		});
		expect(problems.filter((problem) => problem.file === shown(MDX)).map(brief)).toEqual([]);
		expect(problems.map(brief)).toHaveLength(2);
	});

	it('accepts a three-level chain without a cycle', async () => {
		const problems = await checkWith({ [MDX]: fixtureWith(MDX, ['pillar: anye-anju', 'pillar: anye-anju\nparent: qiongjiang-lvdao-erqi']) });
		expect(problems.map(brief)).toEqual([]);
	});
});
