/** Topics: their reader-facing names and the explainer that covers each. */
export const TOPIC_LABELS: Record<string, string> = {
	'title-42': 'Title 42',
	'funding-package': 'Funding package',
	'mexico-talks': 'Mexico talks',
};

export const TOPIC_EXPLAINER: Record<string, string> = {
	'title-42': 'title-42',
	'funding-package': 'border-funding-package',
	'mexico-talks': 'mexico-delegation',
};
