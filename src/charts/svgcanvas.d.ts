/** The part of svgcanvas (no bundled types) that the chart renderer uses. */
declare module 'svgcanvas' {
	export interface ContextOptions {
		width: number;
		height: number;
		/** A 2D context to take text metrics from. */
		ctx?: { font: string; measureText(text: string): { width: number } };
		document?: Document;
	}
	/** A CanvasRenderingContext2D that records SVG. */
	export class Context {
		constructor(options: ContextOptions);
		canvas: unknown;
		getSvg(): SVGSVGElement;
		getSerializedSvg(fixNamedEntities?: boolean): string;
	}
}
