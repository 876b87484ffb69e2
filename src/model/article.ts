/** The main content of an article page, as extracted by src/articles. */
export interface Article {
  url: string;
  canonicalUrl: string | null;
  title: string | null;
  /** ISO 8601 date-time or date, as found in the page's metadata. */
  published: string | null;
  outlet: string | null;
  /** BCP 47 language from <html lang>, e.g. "en", "ru". */
  lang: string | null;
  /** Main text: one paragraph per line; table rows as lines with cells separated by " | ". */
  text: string;
}
