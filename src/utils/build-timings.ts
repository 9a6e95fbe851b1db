/**
 * Phase timings for `npm run bench`. When ANJU_BUILD_TIMINGS names a file, each process of a
 * build (the check, Astro, the build script) appends one JSON line per phase: its name, wall
 * seconds and CPU seconds of that process, worker threads included. Unset, nothing is written.
 */
import { appendFileSync, readFileSync } from 'node:fs';
import { readEnvironment } from '../config/environment.ts';

export interface PhaseTiming {
	phase: string;
	wall_s: number;
	cpu_s: number;
}

export interface PhaseClock {
	/** Ends the phase started by `startPhase`, recording it under `phase`. */
	end(phase: string): void;
}

/** Starts timing a phase now. */
export function startPhase(): PhaseClock {
	const wall = performance.now();
	const cpu = process.cpuUsage();
	return {
		end(phase) {
			const used = process.cpuUsage(cpu);
			recordPhase({ phase, wall_s: (performance.now() - wall) / 1000, cpu_s: (used.user + used.system) / 1e6 });
		},
	};
}

export function recordPhase(timing: PhaseTiming): void {
	const file = readEnvironment().ANJU_BUILD_TIMINGS;
	if (file) appendFileSync(file, `${JSON.stringify(timing)}\n`);
}

/** The phases in `file`, in the order they ended; phases recorded twice (a step run per output) are summed. */
export function readPhases(file: string): PhaseTiming[] {
	const phases = new Map<string, PhaseTiming>();
	for (const line of readFileSync(file, 'utf8').split('\n').filter(Boolean)) {
		const timing = JSON.parse(line) as PhaseTiming;
		const seen = phases.get(timing.phase);
		phases.set(timing.phase, seen ? { phase: timing.phase, wall_s: seen.wall_s + timing.wall_s, cpu_s: seen.cpu_s + timing.cpu_s } : timing);
	}
	return [...phases.values()];
}
