/** The browser side of the chart (scrollytelling): its model, and its Spanish words loaded only on Spanish pages. */
import type { ClientEntry } from '../client';
import { fundingScene } from './model';

export const scene: ClientEntry['scene'] = fundingScene;
export const words: ClientEntry['words'] = { es: async () => (await import('./strings-es')).es };
