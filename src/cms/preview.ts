/**
 * /admin/preview.js: the web editor's preview templates (preview-templates.js) called with what
 * they show: the statuses' labels, symbols and tones, the data statuses' labels, the units' names,
 * and the site's own stylesheet, so an initiative and an indicator look in the preview as they do
 * on the site. The data is JSON, safe inside a script.
 */
import { OBSERVATION_STATUS_LABELS } from '../utils/indicator-labels.ts';
import { STATUS_INFO } from '../utils/status.ts';
import type { CmsConfig } from './config.ts';

export interface PreviewData {
	statuses: Record<string, { label: string; symbol: string; tone: string }>;
	observationStatuses: Readonly<Record<string, string>>;
	/** Unit names by slug; a unit added in the editor since the build shows its slug. */
	units: Record<string, string>;
	/** The collections (Decap's names: `.md` and `.mdx` are two) each template previews. */
	collections: { initiatives: string[]; indicators: string[] };
	css: string;
}

/** The preview's own rules, on top of the site's stylesheet: the editor's pane is narrower than a page. */
const PREVIEW_CSS = `
body { margin: 0; padding: 1rem 1.25rem; }
.preview-note { font-size: 0.875rem; color: var(--color-muted); border-bottom: 1px solid var(--color-border); padding-bottom: 0.5rem; }
.preview-status { border-left: 4px solid var(--color-border); padding: 0.25rem 0 0.25rem 0.75rem; margin: 1rem 0; }
.preview-facts div { display: grid; grid-template-columns: 6em 1fr; gap: 0.75rem; border-bottom: 1px solid var(--color-border); padding: 0.35rem 0; }
.preview-facts dt { color: var(--color-muted); }
.preview-facts dd { margin: 0; }
.preview-milestones { padding-left: 1.25rem; }
.preview-chart { display: block; width: 100%; max-width: 30rem; height: auto; color: var(--color-link); margin: 1rem 0; }
`;

export function previewData(options: { units: Record<string, string>; siteCss: string; config: Pick<CmsConfig, 'collections'> }): PreviewData {
	const named = (folder: string) =>
		options.config.collections.filter((collection) => 'folder' in collection && collection.folder === `content/${folder}`).map((collection) => collection.name);
	return {
		statuses: Object.fromEntries(Object.values(STATUS_INFO).map((info) => [info.code, { label: info.label, symbol: info.symbol, tone: info.tone }])),
		observationStatuses: OBSERVATION_STATUS_LABELS,
		units: options.units,
		collections: { initiatives: named('initiatives'), indicators: named('indicators') },
		css: options.siteCss + PREVIEW_CSS,
	};
}

/** The script: the templates' source, then the call with `data` (JSON, with `<` escaped so no `</script>` can end it early). */
export function previewScript(templatesSource: string, data: PreviewData): string {
	const json = JSON.stringify(data).replace(/</g, '\\u003c');
	return `${templatesSource}\nregisterAnjuPreviews(window.CMS, window.h, window.createClass, ${json});\n`;
}
