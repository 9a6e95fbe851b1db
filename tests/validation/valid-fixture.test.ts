import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/validation/check-content.ts';
import { brief, TODAY, VALID_DIR } from './helpers.ts';

describe('the valid fixture', () => {
	it('has no problems at all, and every file is loaded as an entry', async () => {
		const { problems, entries, site } = await checkContent(VALID_DIR, path.dirname(VALID_DIR), { today: TODAY });
		expect(problems.filter((problem) => problem.severity === 'error').map(brief)).toEqual([]);
		expect(problems.map(brief)).toEqual([]);
		expect(entries.map((entry) => entry.file).sort()).toEqual([
			'content-valid/benchmarks/zhejiang-anji.yaml',
			'content-valid/indicators/gongye-yuanqu-yingye-shouru.yaml',
			'content-valid/indicators/qiongjiang-lvdao-licheng.yaml',
			'content-valid/initiatives/gongye-yuanqu-tizhi.mdx',
			'content-valid/initiatives/qiongjiang-lvdao-erqi.md',
			'content-valid/initiatives/qiongjiang-shengtai-zoulang.md',
			'content-valid/pillars/anye-anju.md',
			'content-valid/pillars/anyi-anju.md',
			'content-valid/units/jingji-xinxihua-keji-ju.yaml',
			'content-valid/units/shuili-ju.yaml',
			'content-valid/units/zhufang-chengxiang-jianshe-ju.yaml',
			'content-valid/updates/2026-09-qiongjiang-lvdao.md',
		]);
		expect(site?.title).toBe('安居区对标竞进进展公开');
	});

	it('covers what the rules are about: a parent/child pair, a delayed initiative with its reason, periods as numbers and strings', async () => {
		const { entries } = await checkContent(VALID_DIR, undefined, { today: TODAY });
		const bySlug = new Map(entries.map((entry) => [entry.slug, entry.data]));
		expect(bySlug.get('qiongjiang-lvdao-erqi')).toMatchObject({
			parent: 'qiongjiang-shengtai-zoulang',
			status: 'delayed',
			revised_due: '2027-02',
		});
		// Unquoted dates stay ISO strings (YAML 1.2 core schema), quoted and unquoted periods both become strings.
		expect(bySlug.get('qiongjiang-lvdao-licheng')).toMatchObject({ updated: '2026-11-15', baseline: { period: '2020', value: 0 } });
		expect(bySlug.get('gongye-yuanqu-yingye-shouru')).toMatchObject({ frequency: 'quarterly', target: { period: '2026-Q4' } });
	});
});
