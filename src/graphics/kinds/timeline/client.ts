/** The timeline kind in the browser: its scene function, states already parsed. */
import type { KindClientScene } from '../kind';
import { timelineScene } from './model';

export const scene: KindClientScene = (data, dims, state, lang) => timelineScene(data, dims, state, lang);
