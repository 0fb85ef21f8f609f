/// <reference types="astro/client" />

declare namespace App {
	interface Locals {
		/** Set by the explainer page before its MDX renders; read by <Cite>, <Term>, <Scrolly>. */
		explainer?: {
			slug: string;
			/** The MDX file, for build errors. */
			file: string;
			/** Source id → citation number, in order of first citation. */
			citations: Map<string, number>;
			/** Glossary ids already shown with a definition on this page. */
			termsShown: Set<string>;
		};
	}
}
