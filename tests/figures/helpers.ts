import { extractFigures } from '../../src/figures/index.ts';
import type { Figure } from '../../src/model/figure.ts';

/** Figures of one passage, as the pipeline would get them. */
export function figuresOf(text: string, published: string | null = '2024-05-15', title?: string): Figure[] {
  return extractFigures(text, { published, ...(title ? { title } : {}) });
}

/** The one figure of a passage that reads as a single figure; fails loudly when there are more or fewer. */
export function onlyFigure(text: string, published: string | null = '2024-05-15', title?: string): Figure {
  const figures = figuresOf(text, published, title);
  if (figures.length !== 1) throw new Error(`expected one figure in «${text}», got ${figures.length}: ${figures.map((f) => f.surface).join(' | ')}`);
  return figures[0]!;
}
