/** The browser side of the time-series kind: its pure scene only (no schemas, no file reading). */
import type { KindClientScene } from '../kind';
import { timeSeriesScene } from './model';

export const scene: KindClientScene = timeSeriesScene;
