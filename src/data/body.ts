/** An entry's Markdown or MDX body, sanitised and ready for ContentBody.astro. */
import { renderBody, type BodySegment } from '../markdown/render-body.ts';
import { fileUrl } from '../utils/url.ts';

export function entryBody(entry: { body?: string | undefined; filePath?: string | undefined }): BodySegment[] {
	return renderBody(entry.body ?? '', entry.filePath?.endsWith('.mdx') ? 'mdx' : 'md', { imageUrl: fileUrl });
}

/** The indicators a body shows with <Chart>, so the page does not draw them a second time. */
export function chartedIndicators(segments: readonly BodySegment[]): Set<string> {
	const slugs = new Set<string>();
	for (const segment of segments) {
		if ('html' in segment) continue;
		if (segment.component === 'Chart') slugs.add(String(segment.props['indicator']));
		for (const slug of chartedIndicators(segment.children)) slugs.add(slug);
	}
	return slugs;
}
