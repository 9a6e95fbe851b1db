/**
 * What a Markdown or MDX body may put on a page: an allowlist of elements, attributes and
 * URL schemes, handed to hast-util-sanitize when the body is rendered (render-body.ts) and
 * read by the content check to explain each refusal (explain-body.ts). Anything not listed
 * here never reaches a page, whatever the check said.
 */
import type { Schema } from 'hast-util-sanitize';

/** URL schemes a link may use; a URL without a scheme (relative, `#…`, `?…`) is always allowed. */
export const LINK_SCHEMES = ['http', 'https', 'mailto', 'tel'] as const;

/** Elements that go together with everything inside them: their text is code, styling or embedded content, never prose. */
export const STRIPPED_ELEMENTS = [
	'script',
	'style',
	'template',
	'noscript',
	'noembed',
	'noframes',
	'iframe',
	'frame',
	'frameset',
	'object',
	'embed',
	'applet',
	'svg',
	'math',
	'textarea',
	'select',
	'title',
	'xmp',
	'plaintext',
] as const;

/** Elements of prose, tables and figures. Other elements are removed and their text kept. */
export const ALLOWED_ELEMENTS = [
	'p',
	'br',
	'hr',
	'h1',
	'h2',
	'h3',
	'h4',
	'h5',
	'h6',
	'a',
	'strong',
	'em',
	'b',
	'i',
	'u',
	's',
	'del',
	'ins',
	'mark',
	'small',
	'sub',
	'sup',
	'abbr',
	'q',
	'code',
	'kbd',
	'pre',
	'blockquote',
	'ul',
	'ol',
	'li',
	'dl',
	'dt',
	'dd',
	'table',
	'caption',
	'thead',
	'tbody',
	'tfoot',
	'tr',
	'th',
	'td',
	'img',
	'figure',
	'figcaption',
	'details',
	'summary',
	'section',
] as const;

/** Ids only in the form GFM footnotes write them, so content cannot take over the page's own ids. */
const FOOTNOTE_ID = /^user-content-fn(?:ref)?-[a-z0-9-]+$/i;

/**
 * The sanitiser's schema. Attribute names are hast property names (`colSpan`, `dataFootnoteRef`);
 * a `[name, …values]` entry allows only those values.
 */
export const BODY_SCHEMA: Schema = {
	tagNames: [...ALLOWED_ELEMENTS],
	strip: [...STRIPPED_ELEMENTS],
	attributes: {
		'*': ['lang', 'title'],
		a: ['href', 'dataFootnoteRef', 'dataFootnoteBackref', ['ariaDescribedBy', 'footnote-label'], ['id', FOOTNOTE_ID], ['className', 'data-footnote-backref']],
		li: [['id', FOOTNOTE_ID]],
		h2: [
			['id', 'footnote-label'],
			['className', 'sr-only'],
		],
		section: ['dataFootnotes', ['className', 'footnotes']],
		img: ['src', 'alt', 'width', 'height'],
		ol: ['start', 'reversed'],
		code: [['className', /^language-[a-z0-9-]+$/]],
		th: ['colSpan', 'rowSpan', 'scope', ['className', 'align-left', 'align-center', 'align-right']],
		td: ['colSpan', 'rowSpan', ['className', 'align-left', 'align-center', 'align-right']],
		details: ['open'],
	},
	// Ids are written by the footnote syntax itself (FOOTNOTE_ID); prefixing them again would break its links.
	clobber: [],
	protocols: { href: [...LINK_SCHEMES], src: ['http', 'https'] },
	required: {},
	// hast-util-sanitize would otherwise take the default's rule that unwraps table cells outside a
	// table; the check does not model it, and a browser drops such tags itself.
	ancestors: {},
	allowComments: false,
	allowDoctypes: false,
};

/**
 * An image must be a file of the site's own: `images/<name>.<ext>`, a file in public/images/.
 * Anything else (another host, `//host/…`, `data:`) would be a request to a third party from a
 * government page, so it is removed.
 */
export const LOCAL_IMAGE = /^images\/(?:[a-z0-9][a-z0-9-]*\/)*[a-z0-9][a-z0-9-]*\.(?:jpe?g|png|webp|gif|avif)$/;

/** The folder images live in, from the project root. */
export const IMAGE_FOLDER = 'public/images';
