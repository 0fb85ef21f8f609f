/**
 * Browser-side lookup of chart scene functions, loaded only for charts on the page.
 * Keep in step with src/graphics/index.ts.
 */
import type { Dimensions, Scene } from './core/scene';

export type SceneFunction = (data: unknown, dims: Dimensions, state: string) => Scene;

const loaders: Record<string, () => Promise<SceneFunction>> = {
	funding: async () => (await import('./funding/model')).fundingScene as SceneFunction,
	encounters: async () => (await import('./encounters/model')).encountersScene as SceneFunction,
	delegations: async () => (await import('./delegations/model')).delegationsScene as SceneFunction,
};

export async function loadScene(name: string): Promise<SceneFunction | undefined> {
	return loaders[name]?.();
}
