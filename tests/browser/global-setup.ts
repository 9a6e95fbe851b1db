/** The browser layer needs Chromium: one clear message instead of every browser test failing on its own. */
import { existsSync } from 'node:fs';
import { CHROMIUM_PATH } from '../../scripts/chromium.ts';

export default function setup(): void {
	if (!existsSync(CHROMIUM_PATH)) {
		throw new Error(
			`找不到 Chromium（${CHROMIUM_PATH}）。浏览器测试需要 Debian 的 Chromium 和中文字体：sudo apt-get install -y chromium fonts-wqy-microhei（或设置 CHROMIUM_PATH）。.ci/run 会自动安装。`,
		);
	}
}
