/** The field names a zod schema allows at a path, for did-you-mean suggestions. */
import type { z } from 'astro/zod';

interface Def {
	type: string;
	shape?: Record<string, z.ZodType>;
	element?: z.ZodType;
	innerType?: z.ZodType;
	in?: z.ZodType;
	out?: z.ZodType;
}

const defOf = (schema: z.ZodType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;

/** Looks through wrappers (optional, default, preprocess pipes) to the schema that holds the shape. */
function unwrap(schema: z.ZodType): z.ZodType {
	let current = schema;
	for (;;) {
		const def = defOf(current);
		if (def.innerType) current = def.innerType;
		else if (def.type === 'pipe' && def.in && def.out) current = defOf(def.in).type === 'transform' ? def.out : def.in;
		else return current;
	}
}

export function knownKeysAt(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
	let current: z.ZodType | undefined = unwrap(schema);
	for (const key of path) {
		const def: Def = defOf(current);
		current = typeof key === 'number' ? def.element : def.shape?.[String(key)];
		if (!current) return [];
		current = unwrap(current);
	}
	return Object.keys(defOf(current).shape ?? {});
}
