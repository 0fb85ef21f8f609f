/**
 * The components an MDX explainer may use. They are passed to <Content components>,
 * so MDX files need no imports. Nothing else is available to authors.
 */
import Aside from './Aside.astro';
import Chart from './Chart.astro';
import Cite from './Cite.astro';
import Scrolly from './Scrolly.astro';
import Step from './Step.astro';
import Term from './Term.astro';

export const mdxComponents = { Aside, Chart, Cite, Scrolly, Step, Term };
