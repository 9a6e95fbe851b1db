/**
 * The DOM pieces svgcanvas needs, on one shared jsdom document. svgcanvas reads the globals
 * `document`, `DOMMatrix` and `DOMPoint`; they are installed only while a chart is drawn and
 * removed afterwards, so nothing else in the build process mistakes Node for a browser.
 */
import { JSDOM } from 'jsdom';

/** The 2D affine part of DOMMatrix: all that canvas transforms use. */
class Matrix2D {
	a = 1;
	b = 0;
	c = 0;
	d = 1;
	e = 0;
	f = 0;
	constructor(values?: readonly number[]) {
		if (values && values.length === 6) [this.a, this.b, this.c, this.d, this.e, this.f] = values as [number, number, number, number, number, number];
	}
	multiply(o: Matrix2D): Matrix2D {
		return new Matrix2D([
			this.a * o.a + this.c * o.b,
			this.b * o.a + this.d * o.b,
			this.a * o.c + this.c * o.d,
			this.b * o.c + this.d * o.d,
			this.a * o.e + this.c * o.f + this.e,
			this.b * o.e + this.d * o.f + this.f,
		]);
	}
	translate(x = 0, y = 0): Matrix2D {
		return this.multiply(new Matrix2D([1, 0, 0, 1, x, y]));
	}
	scale(x = 1, y = x): Matrix2D {
		return this.multiply(new Matrix2D([x, 0, 0, y, 0, 0]));
	}
}

class Point2D {
	x: number;
	y: number;
	constructor(x = 0, y = 0) {
		this.x = x;
		this.y = y;
	}
	matrixTransform(m: Matrix2D): Point2D {
		return new Point2D(m.a * this.x + m.c * this.y + m.e, m.b * this.x + m.d * this.y + m.f);
	}
}

let shared: JSDOM | undefined;

/** The shared jsdom window (created on first use). */
export function chartWindow(): JSDOM['window'] {
	shared ??= new JSDOM('<!doctype html><html><body></body></html>');
	return shared.window;
}

/** Runs `draw` with the globals svgcanvas expects, then puts the previous values back. */
export function withChartGlobals<T>(draw: () => T): T {
	const window = chartWindow();
	const globals = globalThis as Record<string, unknown>;
	const installed: Record<string, unknown> = { document: window.document, DOMMatrix: Matrix2D, DOMPoint: Point2D };
	const previous = Object.fromEntries(Object.keys(installed).map((name) => [name, Object.getOwnPropertyDescriptor(globals, name)]));
	for (const [name, value] of Object.entries(installed)) {
		Object.defineProperty(globals, name, { value, configurable: true, writable: true });
	}
	try {
		return draw();
	} finally {
		for (const [name, descriptor] of Object.entries(previous)) {
			if (descriptor) Object.defineProperty(globals, name, descriptor);
			else delete globals[name];
		}
	}
}
