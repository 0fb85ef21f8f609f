/**
 * Where a definition or citation card goes so that it never runs off a phone's
 * screen. Pure: it takes rectangles measured by the browser and returns how far to
 * slide the card sideways and whether to drop it below the word instead of above.
 * The card is first measured in its CSS default place (centred above the word).
 */
export interface Box {
	top: number;
	bottom: number;
	left: number;
	right: number;
}

export interface Placement {
	/** Pixels to move the card right (negative: left) from its default place. */
	shift: number;
	/** Show the card under the word (not enough room above it). */
	below: boolean;
}

export interface PlaceInput {
	/** The card measured in its default place: centred above the word, no shift. */
	card: Box;
	/** The word (or citation number) the card belongs to. */
	trigger: Box;
	/** Visible area: width without the scrollbar, and height. */
	viewport: { width: number; height: number };
	/** Nothing may cover this band at the top (a sticky header), in px from the top. */
	topLimit?: number;
	/** Space kept between the card and the screen edge. */
	margin?: number;
}

export function placeCard({ card, trigger, viewport, topLimit = 0, margin = 8 }: PlaceInput): Placement {
	const width = card.right - card.left;
	const height = card.bottom - card.top;
	let shift = 0;
	if (width >= viewport.width - 2 * margin) shift = margin - card.left;
	else if (card.left < margin) shift = margin - card.left;
	else if (card.right > viewport.width - margin) shift = viewport.width - margin - card.right;
	// Above is the default; drop below only when above is cut off and below has more room.
	const roomAbove = trigger.top - topLimit;
	const roomBelow = viewport.height - trigger.bottom;
	const gap = trigger.top - card.bottom;
	const below = roomAbove < height + gap + margin && roomBelow > roomAbove;
	return { shift: Math.round(shift), below };
}
