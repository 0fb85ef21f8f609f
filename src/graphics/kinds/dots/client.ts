/** The dots kind in the browser: its scene function, states already parsed. */
import type { KindClientScene } from '../kind';
import { dotsScene } from './model';

export const scene: KindClientScene = (data, dims, state, lang) => dotsScene(data, dims, state, lang);
