/**
 * Chinese sort order (by pinyin, as zh-CN collates). One shared collator: `a.localeCompare(b,
 * 'zh-CN')` builds a new one for every comparison, which is slow when sorting thousands.
 */
const collator = new Intl.Collator('zh-CN');

export const compareChinese: (a: string, b: string) => number = collator.compare;
