/** The one XML escaper: text and attribute values for SVG, the share card and the feed. */
const escapeMap: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
export function escapeXml(text: string): string {
	return text.replace(/[&<>"]/g, (c) => escapeMap[c]!);
}
