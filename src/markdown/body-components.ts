/**
 * The components an MDX body may use, without an `import`: the site's own, and nothing else.
 * Each has a props schema; attributes must be plain quoted text (`indicator="…"`), never a
 * `{…}` expression, so nothing an editor writes is ever evaluated. The renderer hands the
 * parsed props to src/components/body/; the check reports what a schema refuses.
 */
import { z } from 'astro/zod';
import { slug, text } from '../schemas/common.ts';
import { IMAGE_FOLDER, LOCAL_IMAGE } from './allowlist.ts';

/** `<Chart indicator="slug" />`: an indicator's chart, summary and downloads, as on its own page. */
const chartProps = z.strictObject({
	/** The indicator's file name in content/indicators/, without `.yaml`. */
	indicator: slug,
});

/** `<Figure src="images/x.jpg" alt="…" caption="…" />`: a picture kept in the repository. */
const figureProps = z.strictObject({
	/** A file in public/images/, written `images/<name>.jpg` (png, webp, gif and avif too). */
	src: z.string().regex(LOCAL_IMAGE, {
		message: `应为本网站的图片，如 images/qiongjiang-2026.jpg：图片放在 ${IMAGE_FOLDER}/ 下，文件名只用小写字母、数字和连字符（expected images/<name>.jpg, a file in ${IMAGE_FOLDER}/）`,
	}),
	/** What the picture shows, for readers who cannot see it. */
	alt: text,
	/** The visible caption: what, where, when; and who took it. */
	caption: text.optional(),
});

/** `<Callout type="important" title="…">text</Callout>`: a note set apart from the text. */
const calloutProps = z.strictObject({
	/** `note` (说明, the default) or `important` (重要). */
	type: z.enum(['note', 'important'], { message: '应为 note（说明）或 important（重要）（expected note or important）' }).default('note'),
	/** A heading for the note; without one the box is labelled by its type. */
	title: text.optional(),
});

/** Every component an MDX body may use, by the name it is written with. */
export const BODY_COMPONENTS = {
	Chart: { props: chartProps, hasChildren: false, label: '指标图表' },
	Figure: { props: figureProps, hasChildren: false, label: '图片' },
	Callout: { props: calloutProps, hasChildren: true, label: '提示框' },
} as const;

export type BodyComponentName = keyof typeof BODY_COMPONENTS;

export type BodyComponentProps = {
	[Name in BodyComponentName]: z.output<(typeof BODY_COMPONENTS)[Name]['props']>;
};

export function isBodyComponent(name: string): name is BodyComponentName {
	return Object.hasOwn(BODY_COMPONENTS, name);
}
