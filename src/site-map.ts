/**
 * The site map: every section (its Chinese column name and address), the address of every
 * kind of page and download, the breadcrumb trail, and the keys the search index files pages
 * under. Pages, the layout, the feeds, the build and the search page's script all read these,
 * so a section is renamed or a file moved in one place. No Astro or Node imports: the search
 * page's browser script imports the filter keys from here.
 */
import { pageUrl } from './utils/url.ts';

/** One section of the site. */
export interface Section {
	/** The column name: the nav label, the ColumnName tag, the search filter value and the share card's heading. */
	name: string;
	/** Its route, relative to the base path (`''` is the home page). */
	path: string;
	/** The breadcrumb on the section's own page, when it is not the name (about: 关于本站). */
	crumb?: string;
	/** A page about the site rather than content: left out of the navigation, the search index and the sitemap. */
	utility?: boolean;
	/**
	 * Linked from every page's footer instead of the main navigation, which then fits the content
	 * sections in two rows on a 360 px phone; still indexed and in the sitemap.
	 */
	footer?: boolean;
}

/** Every section, in navigation order. */
export const SECTIONS = {
	home: { name: '首页', path: '' },
	pillars: { name: '四个始终', path: 'pillars' },
	initiatives: { name: '推进举措', path: 'initiatives' },
	units: { name: '责任单位', path: 'units' },
	indicators: { name: '指标数据', path: 'indicators' },
	benchmarks: { name: '对标地区', path: 'benchmarks' },
	updates: { name: '工作动态', path: 'updates' },
	data: { name: '数据下载', path: 'data' },
	about: { name: '关于', path: 'about', crumb: '关于本站', footer: true },
	// Reached from every page's 修订记录 section rather than the navigation, which has room for the content sections only.
	changes: { name: '修订记录', path: 'changes', crumb: '全站修订记录', utility: true },
	search: { name: '站内搜索', path: 'search', utility: true },
	notFound: { name: '页面未找到', path: '404', utility: true },
} as const satisfies Record<string, Section>;

/** A section's key, e.g. `initiatives`. */
export type SectionId = keyof typeof SECTIONS;

/** One entry of the main navigation. */
export interface NavItem {
	/** The section it leads to, matched against the page's section to mark the current one. */
	key: SectionId;
	label: string;
	href: string;
}

/** The ids of every section, in navigation order. */
export const SECTION_IDS = Object.keys(SECTIONS) as SectionId[];

/** Whether a section is one of the site's utility pages (see Section.utility). */
export function isUtility(section: SectionId): boolean {
	return 'utility' in SECTIONS[section];
}

/** The address of a section's page, e.g. `sectionUrl('updates')` → `/base/updates/`. The 404 page has none. */
export function sectionUrl(section: Exclude<SectionId, 'notFound'>): string {
	return pageUrl(SECTIONS[section].path);
}

/** Page `number` of a section's list: the section itself for page 1, then `<section>/page/<number>/` (src/utils/pagination.ts). */
export function listPageUrl(section: 'indicators' | 'data', number: number): string {
	return number === 1 ? sectionUrl(section) : pageUrl(SECTIONS[section].path, 'page', String(number));
}

/** The main navigation: every section but the utility pages and those the footer links, in order. */
export function navItems(): NavItem[] {
	return SECTION_IDS.filter((key) => !isUtility(key) && !('footer' in SECTIONS[key])).map((key) => ({
		key,
		label: SECTIONS[key].name,
		href: pageUrl(SECTIONS[key].path),
	}));
}

/** A pillar's page: `pillars/<slug>/`. */
export function pillarUrl(slug: string): string {
	return pageUrl(SECTIONS.pillars.path, slug);
}

/** An initiative's page: `initiatives/<slug>/`. */
export function initiativeUrl(slug: string): string {
	return pageUrl(SECTIONS.initiatives.path, slug);
}

/** The list of initiatives in one status: `initiatives/status/<code>/`. */
export function initiativeStatusUrl(status: string): string {
	return pageUrl(SECTIONS.initiatives.path, 'status', status);
}

/** A responsible unit's page: `units/<slug>/`. */
export function unitUrl(slug: string): string {
	return pageUrl(SECTIONS.units.path, slug);
}

/** An indicator's page: `indicators/<slug>/`. */
export function indicatorUrl(slug: string): string {
	return pageUrl(SECTIONS.indicators.path, slug);
}

/** A benchmark region's page: `benchmarks/<slug>/`. */
export function benchmarkUrl(slug: string): string {
	return pageUrl(SECTIONS.benchmarks.path, slug);
}

/** One comparison on its region's page: `benchmarks/<slug>/#<id>`. */
export function comparisonUrl(benchmarkSlug: string, id: string): string {
	return `${benchmarkUrl(benchmarkSlug)}#${encodeURIComponent(id)}`;
}

/** An update's page: `updates/<slug>/`. */
export function updateUrl(slug: string): string {
	return pageUrl(SECTIONS.updates.path, slug);
}

/** An indicator's data file, relative to the base path: `data/<slug>.csv` or `.json`. */
export function indicatorDataPath(slug: string, format: 'csv' | 'json'): string {
	return `data/${slug}.${format}`;
}

/** Names under data/ the site itself uses: an indicator's files are `data/<slug>.csv`, so no indicator may take them. */
export const SITE_DATA_NAMES = ['comparisons'] as const;

/** The table of every 对标 comparison, relative to the base path: `data/comparisons.csv` or `.json`. */
export function comparisonsDataPath(format: 'csv' | 'json'): string {
	return `data/${SITE_DATA_NAMES[0]}.${format}`;
}

/** An indicator's chart, relative to the base path: `charts/<slug>.svg` or `.png` (also its share image). */
export function chartPath(slug: string, format: 'svg' | 'png'): string {
	return `charts/${slug}.${format}`;
}

/** A comparison's chart (对标差距), relative to the base path: `charts/comparisons/<id>.svg` or `.png`. */
export function comparisonChartPath(id: string, format: 'svg' | 'png'): string {
	return `charts/comparisons/${id}.${format}`;
}

/** The Frictionless Data Package describing every data file, relative to the base path. */
export const DATAPACKAGE_PATH = 'datapackage.json';

/** The updates feeds, relative to the base path. */
export const FEED_PATHS = { rss: 'rss.xml', atom: 'atom.xml' } as const;

/** The feed of the latest changes across the site (the /changes/ page), relative to the base path. */
export const CHANGES_FEED_PATH = 'changes.xml';

/** A feed's file name, e.g. `rss.xml`. */
export type FeedPath = (typeof FEED_PATHS)[keyof typeof FEED_PATHS];

/** One step of the breadcrumb trail; the last one is the current page and has no link. */
export interface Crumb {
	label: string;
	href?: string;
}

/**
 * The trail 首页 › section › … › page. `trail` is what lies below the section, ending with the
 * page itself; without it the page is the section's own page. The home page has none.
 */
export function breadcrumbs(section: SectionId, trail?: readonly Crumb[]): Crumb[] | undefined {
	if (section === 'home') return undefined;
	const home = { label: SECTIONS.home.name, href: sectionUrl('home') };
	const info: Section = SECTIONS[section];
	if (trail === undefined) return [home, { label: info.crumb ?? info.name }];
	return [home, { label: info.name, href: pageUrl(info.path) }, ...trail];
}

/**
 * The search filters every page is filed under (Pagefind `data-pagefind-filter`), with the
 * label the search page shows for each, in the order it shows them. `column` is the page's
 * section name, set by the layout; pages add the others.
 */
export const SEARCH_FILTERS = {
	column: '栏目',
	pillar: '所属方面',
	status: '推进状态',
} as const;

/** A search filter key, e.g. `pillar`. */
export type SearchFilterKey = keyof typeof SEARCH_FILTERS;

/** The search filter keys in display order. */
export const SEARCH_FILTER_KEYS = Object.keys(SEARCH_FILTERS) as SearchFilterKey[];

/**
 * The metadata each page carries in the search index (Pagefind `data-pagefind-meta`), which
 * the results show as 发布于 / 更新于. Pagefind adds `title` (from the page's `<h1>`) itself.
 */
export const SEARCH_META_KEYS = ['published', 'updated'] as const;

/** A search metadata key, e.g. `updated`. */
export type SearchMetaKey = (typeof SEARCH_META_KEYS)[number];
