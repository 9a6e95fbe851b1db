/** The site's identity: `content/site.yaml`. Government sites must show all of it in the footer. */
import { z } from 'astro/zod';
import { text, url } from './common.ts';

export const siteSchema = z.strictObject({
	/** Site name, shown in the header and as the `SiteName` meta tag. */
	title: text,
	/** One sentence on what the site is; the home page's meta description. */
	description: text,
	/** Full public URL including any base path, e.g. `https://www.example.gov.cn/ztzl/dbjj/`. The build takes its base path from here. */
	url: url.refine((value) => value.endsWith('/'), {
		message: '网址应以 / 结尾（expected the URL to end with a slash）',
	}),
	/** 主办单位: the body responsible for the site. */
	host_org: text,
	/** 承办单位: the body that runs it day to day. */
	operator_org: text,
	/** 联系方式 shown in the footer. */
	contact: z.strictObject({
		phone: text,
		email: text,
		address: text,
	}),
	/** 政府网站标识码, issued with the site's registration. */
	site_code: text,
	/** ICP备案号, e.g. 蜀ICP备……号. */
	icp: text,
	/** 公安机关备案号, e.g. 川公网安备……号. */
	police_record: text,
	/** The year the 对标竞进 plan started; the phase timeline counts from it. */
	campaign_start: z.int().min(2000).max(2100),
	/** How often, in days, the site promises fresh content (inspection rule: 14). */
	update_cycle_days: z.int().min(1).default(14),
});

export type Site = z.output<typeof siteSchema>;

/** Values that start with this are placeholders still to be filled in; the build lists them. */
export const PLACEHOLDER_PREFIX = '待填写';
