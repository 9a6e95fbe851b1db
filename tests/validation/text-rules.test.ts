/** The Chinese text rules, where prose is found in a file, and the fixed expressions. */
import { remark } from 'remark';
import { describe, expect, it } from 'vitest';
import { termsSchema } from '../../src/schemas/terms.ts';
import { lintChinese, maskNonProse } from '../../src/validation/chinese-text.ts';
import { markdownProse, yamlProse } from '../../src/validation/prose.ts';
import { parseYamlSource } from '../../src/validation/yaml-source.ts';
import { brief, checkWith, expectBriefs, expectMessage, fixtureWith, shown, single, UPDATE } from './helpers.ts';

/** [index, rule] of each finding. */
const rulesIn = (text: string) => lintChinese(text).map((finding) => [finding.index, finding.rule]);

describe('lintChinese', () => {
	it('flags half-width , . ; : ? ! ( ) against Chinese text, at the mark', () => {
		expect(rulesIn('安居区,发展.下一步;完成:规划? 好!')).toEqual([
			[3, 'punctuation'],
			[6, 'punctuation'],
			[10, 'punctuation'],
			[13, 'punctuation'],
			[16, 'punctuation'],
			[19, 'punctuation'],
		]);
		expect(rulesIn('牵头单位(区水利局)')).toEqual([
			[4, 'punctuation'],
			[9, 'punctuation'],
		]);
		expect(lintChinese('安居,发展')[0]?.message).toBe('中文里的半角标点“,”应改为全角“，”（use full-width punctuation in Chinese text）');
	});

	it('leaves decimals, versions, times, English text and URLs alone', () => {
		for (const text of [
			'增长3.45亿元',
			'版本v1.2发布',
			'Anju, Suining (China).',
			'会议10:30开始',
			'详见https://www.example.gov.cn/a,b 页面',
			'邮箱 anju@example.gov.cn。',
		]) {
			expect(rulesIn(text), text).toEqual([]);
		}
	});

	it('flags full-width digits and letters, saying the half-width form', () => {
		expect(lintChinese('完成１２３个ＡＢＣ项目').map((finding) => finding.message)).toEqual([
			'全角数字或字母“１２３”应改为半角“123”（use half-width digits and letters）',
			'全角数字或字母“ＡＢＣ”应改为半角“ABC”（use half-width digits and letters）',
		]);
	});

	it('flags abbreviated years in date contexts, not durations', () => {
		expect(rulesIn('21年底完成')).toEqual([[0, 'abbreviated-year']]);
		expect(rulesIn('计划于22年启动')).toEqual([[3, 'abbreviated-year']]);
		expect(rulesIn("始于'21")).toEqual([[2, 'abbreviated-year']]);
		expect(rulesIn('26年3月开工')).toEqual([[0, 'abbreviated-year']]);
		for (const text of ['2021年底完成', '连续13年获省平安县', '13年来', '用3年时间', '20世纪90年代']) expect(rulesIn(text), text).toEqual([]);
	});

	it('flags an unclosed or unopened 《》 “” （）, and accepts nested pairs', () => {
		expect(rulesIn('学习《规划纲要')).toEqual([[2, 'unbalanced-pair']]);
		expect(rulesIn('安业安居”')).toEqual([[4, 'unbalanced-pair']]);
		expect(lintChinese('（说明')[0]?.message).toBe('左侧的 （ 后面缺少与之配对的 ）（opening （ without a closing ））');
		expect(rulesIn('《关于“对标竞进”的（试行）意见》')).toEqual([]);
	});

	it('flags Traditional characters, but not characters that are also Simplified', () => {
		expect(lintChinese('加快推進發展，爭取').map((finding) => [finding.index, finding.message])).toEqual([
			[3, '繁体字“進發”混在简体文字中，应为“进发”（Traditional characters in Simplified text）'],
			[7, '繁体字“爭”混在简体文字中，应为“争”（Traditional characters in Simplified text）'],
		]);
		for (const text of ['成效显著', '著名景区', '乾隆年间', '余下工作', '皇后镇', '干部群众', '于是', '遂宁市安居区', '常理镇“凯歌公社”']) {
			expect(rulesIn(text), text).toEqual([]);
		}
	});

	it('flags mojibake: U+FFFD and 锟斤拷 as errors, a ? between Chinese characters as a warning', () => {
		expect(lintChinese('管网和\uFFFD\uFFFD公园').map((finding) => [finding.index, finding.rule, finding.severity])).toEqual([[3, 'mojibake', 'error']]);
		expect(lintChinese('锟斤拷锟斤拷')[0]?.severity).toBe('error');
		expect(lintChinese('安居?发展').map((finding) => [finding.rule, finding.severity])).toEqual([['mojibake', 'warning']]);
		expect(lintChinese('安居??').map((finding) => [finding.index, finding.rule])).toEqual([[2, 'mojibake']]);
		expect(lintChinese('完成了吗?')[0]?.rule).toBe('punctuation');
	});

	it('flags a wrong form of a fixed expression as an error, not when it is part of the correct form', () => {
		const terms = [
			{ correct: '对标竞进', wrong: ['对标竟进'] },
			{ correct: '凤凰新城', wrong: ['凤凰新'], note: '规划名称' },
		];
		expect(lintChinese('开展对标竟进活动', terms)).toEqual([
			{ index: 2, rule: 'term', severity: 'error', message: '“对标竟进”是错误表述，应为“对标竞进”（fixed expression: write 对标竞进）' },
		]);
		expect(lintChinese('凤凰新城建设', terms)).toEqual([]);
		expect(lintChinese('凤凰新区建设', terms)[0]?.message).toBe('“凤凰新”是错误表述，应为“凤凰新城”；依据：规划名称（fixed expression: write 凤凰新城）');
	});

	it('masks URLs and e-mail addresses without moving what follows', () => {
		const text = '见 https://a.gov.cn/x 和 a@b.cn。';
		expect(maskNonProse(text)).toHaveLength(text.length);
		expect(maskNonProse(text)).toBe(`见 ${' '.repeat('https://a.gov.cn/x'.length)} 和 ${' '.repeat('a@b.cn'.length)}。`);
	});
});

describe('where the prose is', () => {
	it('reads paragraphs, headings and table cells as whole pieces, through emphasis and links, without code', () => {
		const body = '## 标题\n\n“**安业**安居”和[链接文字](../x/)。\n\n```\n代码,块\n```\n\n行内 `a,b` 代码\n';
		const pieces = markdownProse(body, remark().parse(body), 10);
		expect(pieces.map((piece) => piece.text)).toEqual(['标题', '“安业安居”和链接文字。', '行内   代码']);
		// The second 安 is after **安业**: column 8 of the paragraph's line.
		expect(pieces[1]?.at(3)).toEqual({ line: 12, column: 8 });
		expect(lintChinese(pieces[1]?.text ?? '')).toEqual([]);
	});

	it('maps a YAML string to its line and column, plain or quoted', () => {
		const yaml = parseYamlSource('title: 安居,发展\nnotes: "说明,文字"\nlist:\n  - 项目,一\n');
		const pieces = yamlProse(yaml.data, yaml);
		expect(pieces.map((piece) => [piece.text, piece.field, piece.at(2)])).toEqual([
			['安居,发展', ['title'], { line: 1, column: 10 }],
			['说明,文字', ['notes'], { line: 2, column: 11 }],
			['项目,一', ['list', 0], { line: 4, column: 7 }],
		]);
	});

	it('reports a folded YAML string at the start of its value', () => {
		const yaml = parseYamlSource('summary: >-\n  第一行,\n  第二行\n');
		expect(yamlProse(yaml.data, yaml)[0]?.at(3)).toEqual({ line: 1, column: 10 });
	});
});

describe('text rules in content files', () => {
	it('reports a finding in a front-matter field with the field, line and column', async () => {
		const problems = await checkWith({ [UPDATE]: fixtureWith(UPDATE, ['summary: 琼江生态走廊新一段建成', 'summary: 琼江生态走廊新一段建成(示例)']) });
		const file = shown(UPDATE);
		expectBriefs(problems, file, [`warning ${file}:7 summary [punctuation]`, `warning ${file}:7 summary [punctuation]`]);
		expect(problems.map((problem) => problem.column)).toEqual([21, 24]);
	});

	it('does not repeat a value the schema already refused', async () => {
		const problems = await checkWith({ [UPDATE]: fixtureWith(UPDATE, ['date: 2026-09-18', 'date: ２０２６-09-18']) });
		expect(problems.map(brief)).toEqual([`error ${shown(UPDATE)}:3 date [format]`]);
	});

	it('reads the fixed expressions from content/terms.yaml, and reports a broken terms file', async () => {
		const wrong = await checkWith({ [UPDATE]: fixtureWith(UPDATE, ['琼江生态走廊新一段已完成建设', '琼江生态长廊新一段已完成建设']) });
		expectMessage(single(wrong, `error ${shown(UPDATE)}:11 [term]`), '“琼江生态长廊”是错误表述，应为“琼江生态走廊”');

		const broken = await checkWith({ 'terms.yaml': 'terms:\n  - correct: 对标竞进\n    wrong: [对标竞进]\n' });
		expectMessage(single(broken, 'error content/terms.yaml:3 terms[0].wrong[0] [format]'), '错误写法与正确写法相同：“对标竞进”');
	});
});

describe('termsSchema', () => {
	it('needs at least one wrong form for each term, and refuses unknown fields', () => {
		expect(termsSchema.safeParse({ terms: [{ correct: '对标竞进', wrong: [] }] }).success).toBe(false);
		expect(termsSchema.safeParse({ terms: [{ correct: '对标竞进', wrong: ['对标竟进'], wrongs: [] }] }).success).toBe(false);
		expect(termsSchema.safeParse({ terms: [{ correct: '对标竞进', wrong: ['对标竟进'], note: '依据' }] }).success).toBe(true);
	});
});
