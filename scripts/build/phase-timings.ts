/**
 * Records the phases of `astro build` for `npm run bench` (src/utils/build-timings.ts): start-up
 * with content sync, then bundling with page rendering, each from one hook to the next. No hook
 * separates bundling from rendering in a static build; bundling does not grow with the content
 * (about 0.6 s), so at scale the second phase is rendering. Nothing is written unless
 * ANJU_BUILD_TIMINGS is set.
 */
import type { AstroIntegration } from 'astro';
import { recordPhase } from '../../src/utils/build-timings.ts';

export function phaseTimings(): AstroIntegration {
	// From the process's start: loading Astro and the config is start-up too.
	let last = { wall: 0, cpu: 0 };
	const mark = (phase: string) => {
		const used = process.cpuUsage();
		const now = { wall: performance.now(), cpu: (used.user + used.system) / 1e6 };
		recordPhase({ phase, wall_s: (now.wall - last.wall) / 1000, cpu_s: now.cpu - last.cpu });
		last = now;
	};
	return {
		name: 'anju-phase-timings',
		hooks: {
			'astro:build:start': () => mark('Astro 启动与内容同步（start-up, content sync）'),
			'astro:build:generated': () => mark('打包与页面渲染（bundling, page rendering）'),
		},
	};
}
