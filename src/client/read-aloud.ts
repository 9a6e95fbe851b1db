/**
 * 朗读正文: reads the page's main content aloud with the browser's own speech engine
 * (speechSynthesis), in Chinese, sentence by sentence. Shown only where the browser can speak.
 */

/** The button's label while reading; pressing it stops. */
export const STOP_LABEL = '停止朗读';

/**
 * The text as sentences, each ending with its 。！？； or line break. Read one utterance per
 * sentence: some engines stop reading a single long utterance after about 15 seconds.
 */
export function sentences(text: string): string[] {
	return text
		.split(/(?<=[。！？；\n])/)
		.map((sentence) => sentence.trim())
		.filter((sentence) => sentence !== '');
}

/** The first voice for Mainland or Simplified Chinese, if the system has one; otherwise the engine picks by `lang`. */
export function chineseVoice(voices: readonly SpeechSynthesisVoice[]): SpeechSynthesisVoice | undefined {
	return voices.find((candidate) => /^zh[-_](CN|Hans)/i.test(candidate.lang));
}

/**
 * Makes `button` read `main` aloud and, pressed again, stop; `announce` tells screen reader
 * users what happened. Reveals the button, which the page renders hidden.
 */
export function startReadAloud(button: HTMLButtonElement, main: HTMLElement, synth: SpeechSynthesis, announce: (message: string) => void): void {
	const idleLabel = button.textContent;
	let speaking = false;
	const stop = () => {
		speaking = false;
		synth.cancel();
		button.textContent = idleLabel;
	};
	button.addEventListener('click', () => {
		if (speaking) {
			stop();
			announce('已停止朗读');
			return;
		}
		const parts = sentences(main.innerText);
		const voice = chineseVoice(synth.getVoices());
		synth.cancel();
		parts.forEach((sentence, index) => {
			const utterance = new SpeechSynthesisUtterance(sentence);
			utterance.lang = 'zh-CN';
			if (voice) utterance.voice = voice;
			if (index === parts.length - 1) utterance.addEventListener('end', () => speaking && stop());
			synth.speak(utterance);
		});
		speaking = true;
		button.textContent = STOP_LABEL;
		announce('开始朗读正文');
	});
	addEventListener('pagehide', () => synth.cancel());
	button.hidden = false;
}
