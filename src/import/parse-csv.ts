/**
 * CSV text into rows of fields (RFC 4180): fields quoted with `"` may hold commas, quotes (`""`)
 * and line breaks; rows end in CRLF, as the downloads write them, or in LF, as other tools do.
 */
export function parseCsv(text: string): string[][] {
	const rows: string[][] = [];
	let row: string[] = [];
	let field = '';
	let quoted = false;
	const endRow = () => {
		row.push(field);
		rows.push(row);
		row = [];
		field = '';
	};
	for (let index = 0; index < text.length; index++) {
		const char = text[index];
		if (quoted) {
			if (char === '"' && text[index + 1] === '"') {
				field += '"';
				index++;
			} else if (char === '"') quoted = false;
			else field += char;
		} else if (char === '"' && field === '') quoted = true;
		else if (char === ',') {
			row.push(field);
			field = '';
		} else if (char === '\r' && text[index + 1] === '\n') {
			endRow();
			index++;
		} else if (char === '\n' || char === '\r') endRow();
		else field += char;
	}
	if (field !== '' || row.length > 0) endRow();
	return rows;
}
