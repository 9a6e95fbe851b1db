/**
 * `paste-artefact`: what text pasted from WeChat, a web page or Word leaves behind: invisible
 * characters, `&nbsp;`, non-breaking spaces, full-width spaces as indentation, straight quotes
 * around Chinese. The web editor cannot clean a paste, so the check says what to remove; the
 * characters are the ones the Word import cleans (src/import/document/paste-artefacts.ts).
 */
import { pasteArtefacts } from '../../import/document/paste-artefacts.ts';
import { findingOf, type TextFinding } from '../text-finding.ts';
import { defineRule } from './rule.ts';

export const pasteArtefact = defineRule({
	id: 'paste-artefact',
	severity: 'warning',
	title: '复制粘贴带来的字符',
	anchor: 'paste-artefact复制粘贴带来的字符',
	source: 'text',
	check(text: string): TextFinding[] {
		return pasteArtefacts(text).map((finding) => findingOf(pasteArtefact, finding.index, finding.message));
	},
});
