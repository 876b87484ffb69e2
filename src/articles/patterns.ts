/**
 * Class/id/role patterns, after Readability's lists, widened with what news sites (English and Russian)
 * use for menus, "read also" boxes, share bars, cookie banners and the like.
 */

/** Containers that are almost never the article: removed before scoring unless they also look like content. */
export const UNLIKELY =
  /-ad-|ai2html|banner|breadcrumbs|combx|comment|community|cover-wrap|disqus|extra|footer|gdpr|header|legends|menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor|supplemental|ad-break|agegate|pagination|pager|popup|yom-remote/;

/**
 * Our additions, as whole tokens of a class or id ("share-bar" but not "shared-history"):
 * cookie banners, subscription prompts, share bars, "read also" and recommendation boxes, navigation.
 */
export const UNLIKELY_TOKENS =
  /(^|[\s_-])(cookies?|cookie-?\w+|consent|newsletter|subscribe|subscription|share|sharing|read-?also|also-?read|readalso|recommend(ed|ations?)?|promo|outbrain|taboola|nav|navbar|navigation)([\s_-]|$)/;

/** Comment threads are prose too, so the prose guard never saves these. */
export const COMMENTS = /comment|disqus|replies/;

/** Embedded posts quoted in an article (a minister's tweet can carry the figure): text, not social widgets. */
export const EMBEDDED_POST = /twitter-tweet|instagram-media|tiktok-embed|telegram-post|social-(media-)?embed|embedded-post|fb-post/;

/** Words that rescue an UNLIKELY match ("article-header" stays). */
export const MAYBE_CANDIDATE = /and|article|body|column|content|main|mathjax|shadow/;

export const NEGATIVE =
  /-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|footer|gdpr|masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|widget|cookie|consent|subscri|newsletter|recommend|read-?also|taboola|byline|author|caption|credit/;

export const POSITIVE = /article|body|content|entry|hentry|h-entry|main|page|pagination|post|text|blog|story/;

export const UNLIKELY_ROLES = new Set(['menu', 'menubar', 'complementary', 'navigation', 'alert', 'alertdialog', 'dialog', 'banner', 'contentinfo', 'search']);

/**
 * Pieces inside the chosen article that are not its text, whatever their size: bylines, captions,
 * share/follow bars, tag lists, "read also" and related-story boxes, subscription prompts.
 */
export const BOILERPLATE_IN_ARTICLE =
  /(^|[\s_-])(byline|author|caption|credit|share|sharing|social|tags?|tag-?list|keywords|related|read-?also|also-?read|see-?also|more-?(news|stories|articles)|recommend\w*|promo|cta|subscri\w*|newsletter|cookie\w*|consent|advert\w*|ads?|sponsor\w*|breadcrumbs?|print|toolbar|rating|poll|comments?|outbrain|taboola|inline-?related|loader|loading|spinner|trending|rail|most-?(popular|read|viewed)|popular|article-?(footer|meta|info|tools))([\s_-]|$)/;

/** Lines that announce a link box rather than carry text: "Read also", "Читайте также", ... */
export const READ_ALSO_LINE =
  /^(read (also|more)|also read|see also|related( articles| stories| news| coverage)?|more on this|more from|more (great |top )?[\w.]+ stories|most (popular|read|viewed)|trending( now)?|you (may|might) also like|recommended|читайте также|читайте нас|смотрите также|см\. также|по теме|ещё по теме|еще по теме|подписывайтесь|подпишитесь|наш telegram|həmçinin oxu(yun)?|oxuyun|bağlı xəbərlər|digər xəbərlər|ayrıca okuyun|ilgili haberler)(?![\p{L}])/iu;
