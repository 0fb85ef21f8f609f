/** The browser side of the bars kind (scrollytelling): its pure scene function. */
import type { KindClientScene } from '../kind';
import { barsScene } from './model';

export const scene: KindClientScene = barsScene;
