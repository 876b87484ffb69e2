/** The figure engine: article text → Figure records. See docs/adr/001-figure-periods.md. */
export { extractFigures } from './extract-figures.ts';
export { findQuantities, languageOf, type Quantity } from './quantities.ts';
export { findNumerals } from './numbers.ts';
export { mainPair } from './subjects.ts';
