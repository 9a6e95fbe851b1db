/** The site's identity: `content/site.yaml`. Government sites must show all of it in the footer. */
import { z } from 'astro/zod';
import { reference, text, url } from './common.ts';
import { field } from './field-meta.ts';
import type { CollectionMeta } from './collection-meta.ts';
import { addOwnIssue, refusal } from './own-issue.ts';

/** How many indicators the home page's 关键指标 may show: enough to say what has been achieved, few enough to stay above the pillars. */
export const KEY_INDICATORS_RANGE = { min: 4, max: 8 } as const;

export const siteSchema = z.strictObject({
	/** Site name, shown in the header and as the `SiteName` meta tag. */
	title: field(text, { label: '网站名称', hint: '显示在每个页面顶部和浏览器标签上。' }),
	/** One sentence on what the site is; the home page's meta description. */
	description: field(text, { label: '网站简介', long: true, hint: '一句话说明网站内容，用作首页描述。' }),
	/** Full public URL including any base path, e.g. `https://www.example.gov.cn/ztzl/dbjj/`. The build takes its base path from here. */
	url: field(
		url.refine((value) => value.endsWith('/'), refusal('format', '网址应以 / 结尾（expected the URL to end with a slash）')),
		{ label: '网站网址', hint: '完整网址，以 / 结尾，如 https://www.example.gov.cn/ztzl/dbjj/。修改后须重新生成网站。' },
	),
	/** 主办单位: the body responsible for the site. */
	host_org: field(text, { label: '主办单位', hint: '对网站负责的单位全称，显示在页脚。' }),
	/** 承办单位: the body that runs it day to day. */
	operator_org: field(text, { label: '承办单位', hint: '负责日常运行维护的单位全称，显示在页脚。' }),
	/** 联系方式 shown in the footer. */
	contact: field(
		z.strictObject({
			/** A telephone number with its area code. */
			phone: field(text, { label: '联系电话', hint: '如“0825-1234567”。' }),
			/** The body's public mailbox. */
			email: field(text, { label: '联系邮箱', hint: '单位公共邮箱，不用个人邮箱。' }),
			/** Postal address and postcode. */
			address: field(text, { label: '联系地址', hint: '单位地址及邮编。' }),
		}),
		{ label: '联系方式', hint: '显示在页脚，供群众联系网站。' },
	),
	/** 政府网站标识码, issued with the site's registration. */
	site_code: field(text, { label: '政府网站标识码', hint: '开办审批后下发的标识码，显示在页脚。' }),
	/** ICP备案号, e.g. 蜀ICP备……号. */
	icp: field(text, { label: 'ICP备案号', hint: '如“蜀ICP备……号”。' }),
	/** 公安机关备案号, e.g. 川公网安备……号. */
	police_record: field(text, { label: '公安机关备案号', hint: '如“川公网安备……号”。' }),
	/** The year the 对标竞进 plan started; the phase timeline counts from it. */
	campaign_start: field(z.int().min(2000).max(2100), { label: '计划起始年份', hint: '对标竞进工作开始的年份，阶段时间线从这一年算起。' }),
	/** How often, in days, the site promises fresh content (inspection rule: 14). */
	update_cycle_days: field(z.int().min(1).default(14), { label: '更新周期（天）', hint: '承诺多少天内更新一次；政府网站检查要求不超过 14 天。' }),
	/**
	 * The indicators of the home page's 关键指标, by file name, in the order shown. Optional, so a new
	 * site without indicators builds; without it the home page has no 关键指标 section.
	 */
	key_indicators: field(
		z
			.array(reference('indicators'))
			.superRefine((slugs, ctx) => {
				const { min, max } = KEY_INDICATORS_RANGE;
				if (slugs.length < min || slugs.length > max) {
					addOwnIssue(ctx, {
						rule: 'range',
						message: `首页关键指标应为 ${min} 到 ${max} 项，实为 ${slugs.length} 项（expected ${min} to ${max} key indicators）`,
					});
				}
				slugs.forEach((slug, index) => {
					if (slugs.indexOf(slug) !== index) {
						addOwnIssue(ctx, { path: [index], rule: 'format', message: `指标 "${slug}" 重复列出（an indicator is listed twice）` });
					}
				});
			})
			.optional(),
		{
			label: '首页关键指标',
			singular: '关键指标',
			hint: `首页“关键指标”一栏显示的指标，${KEY_INDICATORS_RANGE.min} 到 ${KEY_INDICATORS_RANGE.max} 项，按选择的先后排列。不填则首页不显示这一栏。`,
		},
	),
});

export type Site = z.output<typeof siteSchema>;

/** content/site.yaml as the web editor shows it: one file, edited as the “网站设置” collection. */
export const SITE_META: CollectionMeta = {
	label: '网站设置',
	singular: '网站信息',
	description: '网站名称、网址、主办和承办单位、联系方式及备案信息，显示在每个页面的页脚；首页显示的关键指标。以“待填写”开头的内容上线前必须填写。',
	create: false,
};

/** Values that start with this are placeholders still to be filled in; the build lists them. */
export const PLACEHOLDER_PREFIX = '待填写';
