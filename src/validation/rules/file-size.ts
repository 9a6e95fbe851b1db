/** `file-size`: a content file over 1 MB (MAX_FILE_BYTES) is refused unread: it is an image or a data dump saved under a content name. Checked in read-content-file.ts. */
import { defineRule } from './rule.ts';

export const fileSize = defineRule({
	id: 'file-size',
	severity: 'error',
	title: '文件过大',
	anchor: '文件本身读不了',
	source: 'file',
});
