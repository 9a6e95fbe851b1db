/**
 * Kept apart from reading-aids.ts so the browser bundle, which imports that file, does not
 * carry this string too.
 */
import { READING_AIDS, READING_AIDS_KEY } from './reading-aids.ts';

/**
 * Inline <head> script: copies the stored settings onto <html> so a reader who chose 特大 never
 * sees a flash of small text. Only known values are applied; storage may be blocked or edited.
 * It also marks <html> `data-scripted`, so the 长者模式 button (hidden without JavaScript) takes
 * its place before first paint instead of pushing the page down when its script runs.
 */
export const READING_AIDS_INIT = `document.documentElement.dataset.scripted="";try{var s=JSON.parse(localStorage.getItem(${JSON.stringify(READING_AIDS_KEY)})||"{}"),a=${JSON.stringify(READING_AIDS)},k;for(k in a)if(a[k].indexOf(s[k])>=0)document.documentElement.dataset[k]=s[k]}catch(e){}`;
