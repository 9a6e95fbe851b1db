/** Every string value in parsed YAML data, with its field path, in document order. */
export function stringsIn(data: unknown): { value: string; path: PropertyKey[] }[] {
	const found: { value: string; path: PropertyKey[] }[] = [];
	const walk = (value: unknown, path: PropertyKey[]) => {
		if (typeof value === 'string') found.push({ value, path });
		else if (Array.isArray(value)) value.forEach((item, index) => walk(item, [...path, index]));
		else if (value && typeof value === 'object') for (const [key, child] of Object.entries(value)) walk(child, [...path, key]);
	};
	walk(data, []);
	return found;
}
