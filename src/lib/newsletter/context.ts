/** What turning an edition into an email needs beyond its page data. */
export interface NewsletterContext {
  /** Site path to absolute URL on the configured origin (`absoluteUrl`). */
  url: (path: string) => string;
  /** The edition's own page and the language's home, from the URL builder. */
  editionPath: string;
  homePath: string;
  /** `List-Unsubscribe` target (the list server's URL or mailto:), also the footer link. */
  unsubscribe: string;
  subject: string;
}
