// Type declarations for the gloss API, its options and the article format v1.

/** What a name is. */
export type Kind = 'person' | 'organization' | 'organisation' | 'place' | 'event' | 'concept' | 'work' | 'other';

/** A stretch of formatted text. */
export interface Span {
  text: string;
  marks?: Array<'em' | 'strong' | 'code' | 'sup' | 'sub'> | null;
  /** http, https, mailto or relative; anything else is dropped with a warning. */
  href?: string | null;
}

/** Text given either plainly or as formatted spans. */
export type RichText = { text: string; spans?: never } | { spans: Span[]; text?: never };

export type Block =
  | string
  | ({ type: 'paragraph' } & RichText)
  | ({ type: 'heading'; level?: 2 | 3 | 4 } & RichText)
  | ({ type: 'quote'; cite?: string | null } & RichText)
  | { type: 'list'; ordered?: boolean | null; items: Array<string | RichText> }
  | { type: 'image'; src: string; alt?: string | null; caption?: string | null; credit?: string | null; width?: number | null; height?: number | null }
  | { type: 'divider' };

export interface Entity {
  /** Unique within the article and its glossaries; the article's entries win a clash. */
  id: string;
  name: string;
  kind?: Kind;
  aliases?: string[] | null;
  summary?: string | null;
  facts?: Array<{ label: string; value: string }> | null;
  links?: Array<{ label: string; url: string }> | null;
  /** An image URL for the card, loaded lazily. */
  image?: string | null;
  /** Ids of related entities, shown as chips on the card. */
  related?: string[] | null;
  /** Card words `gloss render` and `gloss glossary article` write, which cards show as
   *  given: where the summary comes from, the sentence that first names an entity with
   *  no summary, an acronym's short form, and whether gloss found the name itself. */
  source?: 'glossary' | 'article' | 'acronym' | null;
  passage?: { before?: string; name: string; after?: string } | null;
  short?: string | null;
  found?: boolean | null;
  /** What `gloss glossary build` recorded across a site's archive; gloss reads past it. */
  archive?: {
    source?: { title?: string; url?: string; published?: string; sentence?: string };
    mentions?: number; articles?: number; firstSeen?: string; lastSeen?: string;
  } | null;
}

/** The article format v1. `schema/article.schema.json` is the JSON Schema. */
export interface Article {
  title: string;
  kicker?: string | null;
  subtitle?: string | null;
  /** A BCP 47 language tag. */
  lang?: string | null;
  dir?: 'ltr' | 'rtl' | 'auto' | null;
  authors?: Array<{ name: string; bio?: string | null; url?: string | null }> | null;
  /** ISO 8601. */
  published?: string | null;
  updated?: string | null;
  image?: { src?: string | null; alt?: string | null; caption?: string | null; credit?: string | null; width?: number | null; height?: number | null } | null;
  body: Block[];
  disclaimer?: string | null;
  topics?: string[] | null;
  /** The article's own address, which the archive builder records. */
  url?: string | null;
  entities?: Entity[] | null;
}

/** A schema.org NewsArticle or Article in JSON-LD, also accepted as an article. */
export type JsonLd = Record<string, unknown> | Array<Record<string, unknown>>;

/** The widget's own words, by name. `error_title` is shown by the loader. */
export type Messages = Partial<Record<
  'by' | 'updated' | 'about_author' | 'min_read' | 'from_article' | 'mentions' | 'mention' | 'previous'
  | 'next' | 'close' | 'related' | 'index_title' | 'cards_toggle' | 'endnotes_title' | 'from_source'
  | 'error_title',
  string
>>;

/**
 * Options of `mount`, `<gloss-article>` and the script tag (docs/embedding.md). An option
 * gloss does not know, or one of the wrong type, is left out with a console warning that
 * names it.
 */
export interface Options {
  /**
   * Site glossaries: an entity array (or an object with `entities`), a URL, or URLs. A URL
   * resolves against the article's. A glossary that cannot be fetched or read, and each
   * entry that is wrong, is skipped with a console warning; the rest is used. A glossary
   * with `complete: true` names everything: the page then loads the lean build (`build`).
   */
  glossary?: Entity[] | { complete?: boolean; entities: Entity[] } | string | string[];
  /** Milliseconds the pointer rests on a name before its card opens. Default 300. */
  dwell?: number;
  /** Milliseconds before a card closes once the pointer has left. Default 300. */
  hideDelay?: number;
  /** Cards on or off. Default true. */
  cards?: boolean;
  /**
   * gloss's own switch that turns name cards off and on for the reader: the widget's
   * toolbar button, or on an enhanced page a button in a corner of the viewport. False
   * hides it, where the host offers its own switch through `setCards`. Default true.
   */
  toggle?: boolean;
  /** 'auto' (the default) follows the page behind the widget, not the system setting; 'light' and 'dark' choose a palette. */
  theme?: 'light' | 'dark' | 'auto';
  /** Show the "In this article" entity index. Default false. */
  index?: boolean;
  /** The automatic finders: all on (true, the default), all off (false), or one by one
   *  (a finder left out stays on). */
  auto?: boolean | { acronyms?: boolean; names?: boolean; people?: boolean; context?: boolean };
  /** Which wasm build: 'lean' (no finders), 'full', or 'auto' (the default): lean when
   *  `auto` is false or a glossary says it is complete. docs/embedding.md, "Lean and full
   *  builds". */
  build?: 'lean' | 'full' | 'auto';
  /** A thin reading-progress bar. Default false. */
  progress?: boolean;
  /** Reading speed for "N min read", 1 to 2000. Default 230. */
  wordsPerMinute?: number;
  /** Replacement words for the widget's own. */
  messages?: Messages;
  /** The language of the error box's title when the article itself cannot be read.
   *  Default: the page's `lang`. */
  lang?: string;
  /** Milliseconds to wait for an article or glossary URL. Default 15000. */
  timeout?: number;
  /** The largest article or glossary accepted, in bytes. Default 20 MB (20 × 1048576). */
  maxBytes?: number;
  /**
   * The opt-in knowledge source for cards with no summary: Wikipedia (in the article's
   * language, or `lang`), or a URL template with `{title}` (and optionally `{lang}`) for a
   * site's own service answering in the shape of Wikipedia's REST `page/summary`. Off
   * when absent. docs/knowledge-source.md.
   */
  knowledge?: 'wikipedia' | { provider: 'wikipedia'; lang?: string } | string;
}

/** Options of `enhance` and `data-enhance`: an enhanced page has no reading view, so
 *  `index`, `progress`, `wordsPerMinute` and `cards` do not apply; `theme` styles its
 *  cards, and `toggle` is its switch. */
export type EnhanceOptions = Pick<Options, 'glossary' | 'dwell' | 'hideDelay' | 'theme' | 'toggle' | 'auto' | 'build' | 'messages' | 'timeout' | 'maxBytes' | 'knowledge'>;

/** Why a widget could not render: an `Error` whose `glossWhere`, when present, names the
 *  URL or field it is about; a `WebAssembly.RuntimeError` for an internal error. */
export type GlossError = Error & { glossWhere?: string };

export interface View {
  /** The element the view was mounted into. */
  element: Element;
  /** Set when the view could not render; the widget shows an error box instead, and
   *  `element` has `data-gloss-state="error"`. The promise never rejects. */
  error?: GlossError | unknown;
  /** Removes every node, listener and timer the view added. Safe to call more than once. */
  destroy(): void;
}

/** What `enhance` resolves to. */
export interface Enhancement {
  /** The container (or the list of containers) enhanced. */
  element: Element | ArrayLike<Element>;
  /** Set when the article could not be enhanced; its text stays as it was, and each
   *  container has `data-gloss-state="error"`. The promise never rejects. */
  error?: GlossError | unknown;
  /** Unwraps every mention and removes the cards. Safe to call more than once. */
  destroy(): void;
}

/** Detail of the `gloss:open` and `gloss:close` events (composed, bubbling). */
export interface CardEventDetail {
  /** The entity's id, as in `data-gloss-entity`. */
  entity: string;
  trigger: 'pointer' | 'keyboard' | 'touch';
}

/** Where the loader finds gloss's files (`configure`). */
export interface Settings {
  /** One folder (absolute, or relative to the page) that holds the package's files. */
  assets: string;
}

/** Mounts a view into `element`'s open shadow root. Throws an Error whose message starts
 *  with `gloss: mount:` and names the argument it cannot use. */
export function mount(element: Element, articleOrUrl: Article | JsonLd | string, options?: Options): Promise<View>;
/** Annotates an article the server already rendered, in place: `container` is an element,
 *  or the elements that hold one article's text. Throws like `mount`. */
export function enhance(container: Element | ArrayLike<Element>, options?: EnhanceOptions): Promise<Enhancement>;
/** Turns name cards on or off for the reader, on every widget and enhanced article of the
 *  page and on the pages after it, as gloss's own switch does (kept in localStorage,
 *  `gloss-cards`). Throws like `mount`. */
export function setCards(on: boolean): void;
/** Resolves once the widget build of the wasm is loaded; awaiting it starts the load. */
export const ready: PromiseLike<unknown>;
/** Loads gloss's files from one folder, for a bundler that does not copy them (esbuild) or
 *  a CDN; call it before the first `mount`, `enhance` or `ready`. */
export function configure(settings: Settings): void;
export const version: string;

/** `window.Gloss`. Reading `ready` starts loading the widget build. */
declare const Gloss: {
  mount: typeof mount;
  enhance: typeof enhance;
  setCards: typeof setCards;
  readonly ready: Promise<unknown>;
  readonly version: string;
};
export default Gloss;

/** `<gloss-article src="…" glossary="…" theme="dark" index progress cards="off"
 *  knowledge="wikipedia">`: changing an attribute renders again, removing the element
 *  cleans up. */
export interface GlossArticleElement extends HTMLElement {
  /** The mount under way or done, until the element is removed or renders again. */
  view: View | null;
}

type CardEvents = { 'gloss:open': CustomEvent<CardEventDetail>; 'gloss:close': CustomEvent<CardEventDetail> };

declare global {
  interface Window {
    Gloss: typeof Gloss;
  }
  interface HTMLElementTagNameMap {
    'gloss-article': GlossArticleElement;
  }
  interface ElementEventMap extends CardEvents {}
  interface HTMLElementEventMap extends CardEvents {}
  interface DocumentEventMap extends CardEvents {}
  interface WindowEventMap extends CardEvents {}
}
