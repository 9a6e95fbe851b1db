/**
 * CSV as Excel on Chinese Windows opens it without garbling: UTF-8 with a byte-order mark,
 * CRLF line ends, and fields quoted (RFC 4180) when they hold a comma, quote or line break.
 */

/** One field, quoted only when it must be. */
export function csvField(value: string): string {
	return /[",\r\n]|^\s|\s$/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/**
 * Free text that a spreadsheet would run as a formula (starting with = + - @) gets a leading
 * apostrophe, the usual guard against CSV formula injection. Numbers are never passed here.
 */
export function csvText(value: string): string {
	return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** Free text as it was before `csvText` guarded it: the import reads a download back with this. */
export function fromCsvText(value: string): string {
	return /^'[=+\-@\t\r]/.test(value) ? value.slice(1) : value;
}

/** The whole file: BOM, then one CRLF-terminated line per row. */
export function toCsv(rows: readonly (readonly string[])[]): string {
	return `\uFEFF${rows.map((row) => row.map(csvField).join(',')).join('\r\n')}\r\n`;
}
