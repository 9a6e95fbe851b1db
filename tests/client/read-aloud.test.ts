/**
 * 朗读正文 without a speech engine: a recording stand-in for speechSynthesis hears what would
 * be said. The text splits into sentences, each spoken in Chinese with a Chinese voice when
 * there is one, and the button stops the reading, as does the end of the text or leaving the page.
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import ReadingAids from '../../src/components/ReadingAids.astro';
import { chineseVoice, sentences, startReadAloud } from '../../src/client/read-aloud.ts';
import { start } from '../../src/client/reading-aids.ts';
import { openPage } from './page.ts';

/** What the page would hear, in the shape of the browser's utterances; `end()` is the engine finishing it. */
class RecordedUtterance {
	lang = '';
	voice: SpeechSynthesisVoice | null = null;
	private readonly onEnd: (() => void)[] = [];
	constructor(readonly text: string) {}
	addEventListener(type: string, listener: () => void): void {
		if (type === 'end') this.onEnd.push(listener);
	}
	end(): void {
		for (const listener of this.onEnd) listener();
	}
}

/** A speech engine that records instead of speaking. */
function recordingSynth(voices: Partial<SpeechSynthesisVoice>[] = []) {
	const spoken: RecordedUtterance[] = [];
	const synth = { speak: (utterance: RecordedUtterance) => spoken.push(utterance), cancel: vi.fn(), getVoices: () => voices };
	return { spoken, synth: synth as unknown as SpeechSynthesis & { cancel: ReturnType<typeof vi.fn> } };
}

const voice = (lang: string) => ({ lang, name: lang }) as SpeechSynthesisVoice;
const MAIN_TEXT = '琼江生态走廊\n\n全长 45 公里。今年完成主线贯通！下一步怎么做？沿线绿化；\n  配套设施  ';

let markup = '';
let close: () => Promise<void>;
beforeAll(async () => {
	({ markup, close } = await openPage('/initiatives/qiongjiang-shengtai-zoulang/', ReadingAids));
});
afterAll(() => close());

/** The page's main content; jsdom has no layout, so its innerText is given. */
function main(): HTMLElement {
	const element = document.querySelector('main')!;
	Object.defineProperty(element, 'innerText', { value: MAIN_TEXT, configurable: true });
	return element;
}

beforeEach(() => {
	vi.stubGlobal('SpeechSynthesisUtterance', RecordedUtterance);
	document.body.innerHTML = `<main></main><button type="button" data-speak hidden>朗读正文</button>`;
});
afterEach(() => {
	vi.unstubAllGlobals();
	vi.useRealTimers();
});

describe('sentences', () => {
	it('splits after 。！？； and line breaks, trimmed, without empty ones', () => {
		expect(sentences(MAIN_TEXT)).toEqual(['琼江生态走廊', '全长 45 公里。', '今年完成主线贯通！', '下一步怎么做？', '沿线绿化；', '配套设施']);
		expect(sentences(' \n ')).toEqual([]);
	});
});

describe('chineseVoice', () => {
	it('picks the first Mainland or Simplified Chinese voice', () => {
		expect(chineseVoice([voice('en-US'), voice('zh-TW'), voice('zh_CN'), voice('zh-CN')])?.lang).toBe('zh_CN');
		expect(chineseVoice([voice('zh-Hans-CN')])?.lang).toBe('zh-Hans-CN');
		expect(chineseVoice([voice('zh-HK'), voice('en-GB')])).toBeUndefined();
	});
});

describe('startReadAloud', () => {
	const button = () => document.querySelector<HTMLButtonElement>('[data-speak]')!;

	it('shows the button, reads the main content sentence by sentence in Chinese, and stops', () => {
		const { spoken, synth } = recordingSynth([voice('en-US'), voice('zh-CN')]);
		const announce = vi.fn();
		startReadAloud(button(), main(), synth, announce);
		expect(button().hidden).toBe(false);

		button().click();
		expect(spoken.map((utterance) => utterance.text)).toEqual(sentences(MAIN_TEXT));
		expect(spoken.every((utterance) => utterance.lang === 'zh-CN' && utterance.voice?.lang === 'zh-CN')).toBe(true);
		// Anything still being read (another tab's reading, an earlier start) is cancelled first.
		expect(synth.cancel).toHaveBeenCalledTimes(1);
		expect(button().textContent).toBe('停止朗读');
		expect(announce).toHaveBeenLastCalledWith('开始朗读正文');

		button().click();
		expect(synth.cancel).toHaveBeenCalledTimes(2);
		expect(button().textContent).toBe('朗读正文');
		expect(announce).toHaveBeenLastCalledWith('已停止朗读');
	});

	it('lets the engine choose by language when there is no Chinese voice', () => {
		const { spoken, synth } = recordingSynth([voice('en-US')]);
		startReadAloud(button(), main(), synth, vi.fn());
		button().click();
		expect(spoken.every((utterance) => utterance.lang === 'zh-CN' && utterance.voice === null)).toBe(true);
	});

	it('returns to 朗读正文 when the last sentence has been read', () => {
		const { spoken, synth } = recordingSynth();
		const announce = vi.fn();
		startReadAloud(button(), main(), synth, announce);
		button().click();
		spoken.at(-2)?.end();
		expect(button().textContent).toBe('停止朗读');
		spoken.at(-1)?.end();
		expect(button().textContent).toBe('朗读正文');
		expect(announce).toHaveBeenCalledTimes(1);
		// The next press starts again rather than stopping.
		button().click();
		expect(spoken).toHaveLength(2 * sentences(MAIN_TEXT).length);
	});

	it('stops speaking when the reader leaves the page', () => {
		const { synth } = recordingSynth();
		startReadAloud(button(), main(), synth, vi.fn());
		button().click();
		dispatchEvent(new Event('pagehide'));
		expect(synth.cancel).toHaveBeenCalledTimes(2);
	});
});

describe('read aloud in the reading aids panel', () => {
	it('reads the main content, not the panel in the header', () => {
		const { spoken, synth } = recordingSynth();
		vi.stubGlobal('speechSynthesis', synth);
		document.body.innerHTML = `<header>${markup}</header><main></main>`;
		main();
		vi.useFakeTimers();
		start(document);
		const speak = document.querySelector<HTMLButtonElement>('[data-speak]')!;
		expect(speak.hidden).toBe(false);
		speak.click();
		expect(spoken.map((utterance) => utterance.text).join('')).not.toContain('长者模式');
		expect(spoken).toHaveLength(sentences(MAIN_TEXT).length);
		vi.advanceTimersByTime(100);
		expect(document.querySelector('[data-aids-status]')?.textContent).toBe('开始朗读正文');
	});
});
