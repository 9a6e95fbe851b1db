/** Why a build has no revision history, and how the pages say so. */

/** no git program; the content folder is in no repository; a shallow clone (its history is cut off); git failed otherwise. */
export type UnavailableReason = 'no-git' | 'not-a-repository' | 'shallow' | 'git-failed';

export interface Unavailable {
	available: false;
	reason: UnavailableReason;
	/** git's own message, for the build log (never shown on a page). */
	detail?: string;
}

/** What the 修订记录 section and the changes page say instead of the history. */
export const UNAVAILABLE_MESSAGES: Record<UnavailableReason, string> = {
	'no-git': '本站构建时未安装 Git，无法读取版本记录，修订记录暂不显示。',
	'not-a-repository': '本站构建时内容不在 Git 仓库中，没有版本记录，修订记录暂不显示。',
	shallow: '本站构建时未取得完整的版本记录（浅克隆），修订记录暂不显示。',
	'git-failed': '本站构建时读取版本记录出错，修订记录暂不显示。',
};
