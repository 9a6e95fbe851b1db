/**
 * `file-type`: a file of a kind its folder does not hold (a .docx among the updates), or a
 * folder inside a collection's folder. Neither is read, so whatever it says is not published:
 * a warning.
 */
import type { Problem } from '../problem.ts';
import { defineRule, problemOf } from './rule.ts';

export const fileType = defineRule({
	id: 'file-type',
	severity: 'warning',
	title: '不会被读取的文件',
	anchor: 'file-type不会被读取的文件',
	source: 'folder',
	/**
	 * @param file the path shown in the message
	 * @param collection the folder the file is in
	 * @param extensions the extensions the folder holds
	 * @param extension the file's extension, lowercased, with its dot
	 */
	check(file: string, collection: string, extensions: readonly string[], extension: string): Problem[] {
		if (extensions.includes(extension)) return [];
		return [
			problemOf(fileType, {
				file,
				message: `此文件不会被读取：${collection} 只接受 ${extensions.join('、')} 文件（ignored: expected ${extensions.join(', ')}）`,
			}),
		];
	},
	/** The problem of a folder found where `collection`'s files are. */
	folder(file: string, collection: string): Problem {
		return problemOf(fileType, { file, message: `这是文件夹，不会被读取：每条内容应是 ${collection} 下的一个文件（ignored: a folder, not a file）` });
	},
});
