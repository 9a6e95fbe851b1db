/**
 * The reading aids' script (ReadingAids.astro): opens the panel, sets text size, contrast and
 * cursor as data attributes on <html>, saves them for the next page (where READING_AIDS_INIT
 * applies them before the first paint), marks the pressed buttons, and announces each change.
 * Pure functions for the choices; `start` wires them to the panel.
 */
import { READING_AIDS, READING_AIDS_KEY, type ReadingAid, type ReadingAidSettings } from '../utils/reading-aids.ts';
import { startReadAloud } from './read-aloud.ts';

const AIDS = Object.keys(READING_AIDS) as ReadingAid[];

/** Sets an aid on <html>, or with `''` removes it, which is the standard display. */
export function applyAid(root: HTMLElement, aid: ReadingAid, value: string): void {
	if (value) root.dataset[aid] = value;
	else delete root.dataset[aid];
}

/** The aids that are set on <html>, as they are stored: `{ textSize: 'xl' }`. */
export function currentSettings(root: HTMLElement): ReadingAidSettings {
	const settings: ReadingAidSettings = {};
	for (const aid of AIDS) {
		const value = root.dataset[aid];
		if (value) settings[aid] = value;
	}
	return settings;
}

/**
 * What pressing a setting button does, given the aid's current value: the new value and the
 * announcement. Text size is a choice of one; the other aids are switches, so pressing again
 * turns them off.
 */
export function choose(aid: ReadingAid, current: string | undefined, value: string, label: string): { value: string; message: string } {
	if (aid === 'textSize') return { value, message: `字号已设为${label}` };
	const on = current !== value;
	return { value: on ? value : '', message: `${label}已${on ? '开启' : '关闭'}` };
}

/** Stores the settings for the next page. Storage may be blocked (private mode, policy): the choice then holds on this page only. */
export function saveSettings(settings: ReadingAidSettings): void {
	try {
		localStorage.setItem(READING_AIDS_KEY, JSON.stringify(settings));
	} catch {
		// Nothing to do: the settings stay on <html> until the reader leaves the page.
	}
}

/** Runs the reading aids in `document` (the <head> script has already shown them); a page without the panel is left alone. */
export function start(document: Document): void {
	const root = document.documentElement;
	const aids = document.querySelector<HTMLElement>('[data-reading-aids]');
	const toggle = aids?.querySelector<HTMLButtonElement>('[aria-controls]');
	const panel = document.getElementById(toggle?.getAttribute('aria-controls') ?? '');
	const status = aids?.querySelector<HTMLElement>('[data-aids-status]');
	if (!aids || !toggle || !panel || !status) return;

	const settingButtons = [...aids.querySelectorAll<HTMLButtonElement>('button[data-aid]')];
	const aidOf = (button: HTMLElement) => button.dataset['aid'] as ReadingAid;
	const announce = (message: string) => {
		// Emptied first so that repeating the same choice is announced again.
		status.textContent = '';
		setTimeout(() => (status.textContent = message), 100);
	};
	const showState = () => {
		for (const button of settingButtons) {
			button.setAttribute('aria-pressed', String((root.dataset[aidOf(button)] ?? '') === button.dataset['value']));
		}
	};
	const saveAndShow = () => {
		saveSettings(currentSettings(root));
		showState();
	};

	toggle.addEventListener('click', () => {
		const open = toggle.getAttribute('aria-expanded') !== 'true';
		toggle.setAttribute('aria-expanded', String(open));
		panel.hidden = !open;
	});

	panel.addEventListener('click', (event) => {
		const button = (event.target as Element).closest<HTMLButtonElement>('button[data-aid]');
		if (!button) return;
		const aid = aidOf(button);
		const choice = choose(aid, root.dataset[aid], button.dataset['value'] ?? '', button.textContent.trim());
		applyAid(root, aid, choice.value);
		announce(choice.message);
		saveAndShow();
	});

	aids.querySelector('[data-reset]')?.addEventListener('click', () => {
		for (const aid of AIDS) applyAid(root, aid, '');
		saveAndShow();
		announce('已恢复默认显示');
	});

	const speakButton = aids.querySelector<HTMLButtonElement>('[data-speak]');
	const synth = window.speechSynthesis as SpeechSynthesis | undefined;
	const main = document.querySelector('main');
	if (speakButton && synth && main) startReadAloud(speakButton, main, synth, announce);

	showState();
}
