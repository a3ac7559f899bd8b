//! The wasm-bindgen API that the loader in `www/loader/` calls.

use crate::engine::{self, Options};
use crate::model::value::JsonValue;
use crate::pause::{self, pause_now, pause_point, Clock};

mod js_value;
use crate::model::{self, Entity, InputError};
use crate::view::{self, cards};
use std::cell::Cell;
use std::future::Future;
use std::pin::Pin;
use std::rc::Rc;
use std::task::Poll;
use wasm_bindgen::prelude::*;

/// Options from the host page, read from a plain JS object. Unknown keys are ignored.
struct MountOptions {
    dwell: Option<u32>,
    hide_delay: Option<u32>,
    cards: Option<bool>,
    index: bool,
    progress: bool,
    words_per_minute: u32,
    /// Replacement words for the widget's own messages, by name.
    messages: Vec<(String, String)>,
    /// A test hook: panic inside `render`, to prove a panic stays inside its widget.
    panic_for_testing: bool,
    /// A test hook: trap when a card is placed, to prove that a trap inside an event
    /// handler stops only its widget's cards.
    trap_in_cards_for_testing: bool,
    /// `auto: false` turns every finder off; `auto: {acronyms, names, people, context}`
    /// switches them one by one (a missing key leaves that finder on).
    finders: Options,
}

impl MountOptions {
    fn read(value: &JsValue) -> MountOptions {
        let millis = |key| {
            value
                .member(key)
                .and_then(|v| v.number())
                .filter(|n| *n >= 0.0 && *n < 60_000.0)
                .map(|n| n as u32)
        };
        MountOptions {
            dwell: millis("dwell"),
            hide_delay: millis("hideDelay"),
            cards: value.member("cards").and_then(|v| v.boolean()),
            index: value.member("index").and_then(|v| v.boolean()) == Some(true),
            panic_for_testing: value.member("__panicForTesting").and_then(|v| v.boolean())
                == Some(true),
            trap_in_cards_for_testing: value
                .member("__trapInCardsForTesting")
                .and_then(|v| v.boolean())
                == Some(true),
            progress: value.member("progress").and_then(|v| v.boolean()) == Some(true),
            words_per_minute: value
                .member("wordsPerMinute")
                .and_then(|v| v.number())
                .filter(|n| *n >= 1.0 && *n <= 2000.0)
                .map_or(0, |n| n as u32),
            messages: value
                .member("messages")
                .map(|m| {
                    m.keys()
                        .into_iter()
                        .filter_map(|key| {
                            // The input's own keys: read directly, not through the cache
                            // of gloss's member names.
                            let text = js_sys::Reflect::get(&m, &JsValue::from_str(&key));
                            Some((key, text.ok()?.as_string()?))
                        })
                        .collect()
                })
                .unwrap_or_default(),
            finders: match value.member("auto") {
                Some(auto) if auto.boolean() == Some(false) => Options::glossary_only(),
                Some(auto) => {
                    let on = |key| auto.member(key).and_then(|v| v.boolean()) != Some(false);
                    Options {
                        acronyms: on("acronyms"),
                        names: on("names"),
                        people: on("people"),
                        context: on("context"),
                    }
                }
                None => Options::default(),
            },
        }
    }
}

/// A mounted view. `destroy` removes its listeners, timers and nodes.
#[wasm_bindgen]
pub struct View {
    root: web_sys::Element,
    cards: Option<cards::Cards>,
    progress: Option<view::progress::Progress>,
}

#[wasm_bindgen]
impl View {
    /// Removes everything this view added to the page.
    pub fn destroy(&mut self) {
        // Dropping the cards closes the card, telling the host page.
        self.cards = None;
        self.progress = None;
        self.root.set_text_content(None);
    }

    /// After a trap inside gloss (the loader hears it as an uncaught `RuntimeError`):
    /// whether it happened in one of this view's card handlers, which then take no more
    /// input. The loader closes the card; the text stays.
    pub fn contain(&self) -> bool {
        self.cards.as_ref().is_some_and(|cards| cards.contain())
    }
}

fn error_value(error: InputError) -> JsValue {
    JsValue::from_str(&error.describe())
}

fn warn(prefix: &str, warning: &InputError) {
    let mut message = String::from("gloss: ");
    message.push_str(prefix);
    message.push_str(&warning.describe());
    web_sys::console::warn_1(&message.into());
}

/// The entities of the site glossaries in `glossaries` (an array of glossaries), in
/// order. An error or warning names its glossary: `glossary 2: [0].id: ...`.
async fn site_glossaries(glossaries: &JsValue, clock: &dyn Clock) -> Result<Vec<Entity>, JsValue> {
    let mut site = Vec::new();
    for (index, list) in glossaries.elements().unwrap_or_default().iter().enumerate() {
        let prefix = ["glossary ", &crate::decimal(index + 1), ": "].concat();
        let glossary = model::read_glossary_paused(list, clock)
            .await
            .map_err(|e| JsValue::from_str(&[prefix.as_str(), &e.describe()].concat()))?;
        for warning in &glossary.warnings {
            warn(&prefix, warning);
        }
        site.extend(glossary.value);
    }
    Ok(site)
}

/// The widget's words in `lang`, with the options' replacements; an unknown key is
/// warned about and ignored.
fn messages_for(lang: Option<&str>, options: &MountOptions) -> view::Messages {
    let mut messages = view::Messages::for_language(lang);
    for (key, text) in &options.messages {
        if !messages.set(key, text.clone()) {
            let path = String::from("messages.") + key;
            warn("", &InputError::at(path, "unknown message, ignored"));
        }
    }
    messages
}

/// Renders `article` (a v1 article object) into `root`, with the site glossaries in
/// `glossaries` (an array of entity arrays), all in one go. Errors are strings that name
/// the JSON path.
#[wasm_bindgen]
pub fn render(
    root: web_sys::Element,
    article: JsValue,
    glossaries: JsValue,
    options: JsValue,
) -> Result<View, JsValue> {
    let mut rendering = render_in_slices(root, article, glossaries, options);
    while !rendering.step(f64::INFINITY)? {}
    rendering.view().ok_or_else(|| "no view".into())
}

/// [`render`], one slice at a time: the loader calls `step` until it returns true, giving
/// the page the main thread between slices, and then takes the `view`. A short article
/// is done in the first step; a long one is read, annotated and created in slices, the
/// body block by block, so the first screen appears before the rest is built.
#[wasm_bindgen]
pub fn render_in_slices(
    root: web_sys::Element,
    article: JsValue,
    glossaries: JsValue,
    options: JsValue,
) -> Rendering {
    let clock = Rc::new(SliceClock::default());
    let job = Box::pin(render_job(
        root,
        article,
        glossaries,
        options,
        clock.clone(),
    ));
    Rendering {
        job: Some(job),
        clock,
        view: None,
    }
}

/// The whole work of a rendering, as one pausable job.
type Job = Pin<Box<dyn Future<Output = Result<View, JsValue>>>>;

/// A rendering in progress.
#[wasm_bindgen]
pub struct Rendering {
    job: Option<Job>,
    clock: Rc<SliceClock>,
    view: Option<View>,
}

#[wasm_bindgen]
impl Rendering {
    /// Works for about `budget` milliseconds (up to the next pause point after it).
    /// Returns true once the view is complete.
    pub fn step(&mut self, budget: f64) -> Result<bool, JsValue> {
        let Some(job) = self.job.as_mut() else {
            return Ok(true);
        };
        self.clock.start(budget);
        match pause::poll_once(job.as_mut()) {
            Poll::Pending => Ok(false),
            Poll::Ready(result) => {
                self.job = None;
                self.view = Some(result?);
                Ok(true)
            }
        }
    }

    /// The finished view; `None` before the last step, or once taken.
    pub fn view(&mut self) -> Option<View> {
        self.view.take()
    }
}

/// The slice's deadline, in `Date.now()` milliseconds.
#[derive(Default)]
struct SliceClock {
    deadline: Cell<f64>,
}

impl SliceClock {
    /// Starts a slice of about `budget` milliseconds.
    fn start(&self, budget: f64) {
        self.deadline.set(js_sys::Date::now() + budget);
    }
}

impl Clock for SliceClock {
    fn time_up(&self) -> bool {
        js_sys::Date::now() >= self.deadline.get()
    }
}

async fn render_job(
    root: web_sys::Element,
    article: JsValue,
    glossaries: JsValue,
    options: JsValue,
    clock: Rc<SliceClock>,
) -> Result<View, JsValue> {
    let clock: &dyn Clock = &*clock;
    let article = model::read_article_paused(&article, clock)
        .await
        .map_err(error_value)?;
    for warning in &article.warnings {
        warn("", warning);
    }
    let article = article.value;
    let site = site_glossaries(&glossaries, clock).await?;
    let options = MountOptions::read(&options);
    if options.panic_for_testing {
        panic!("a panic requested by __panicForTesting");
    }
    let annotation =
        Rc::new(engine::annotate_paused(&article, &site, &options.finders, clock).await);
    let messages = messages_for(article.lang.as_deref(), &options);
    let view_options = view::ViewOptions {
        index: options.index,
        words_per_minute: options.words_per_minute,
        messages,
    };
    let document = root.owner_document().ok_or("no document")?;
    // The widget's own parts (toolbar, index, card) read in the article's language and
    // direction too.
    if let Some(lang) = &article.lang {
        root.set_attribute("lang", lang)?;
    }
    if let Some(dir) = article.dir {
        root.set_attribute("dir", dir.as_str())?;
    }
    let words = view::reading_words(&article, clock).await;
    // Each step from here to the body grows with the article or the glossary (the cards
    // index every entity), so each starts a slice of its own if this one is spent.
    pause_point(clock).await;
    let mut builder = view::Builder::new(&article, &annotation, &view_options, words);
    pause_point(clock).await;
    // The byline's dates: the page's first date format loads the locale's data, 20-45 ms
    // here that no pause point can split, so it gets a task of its own. Inside a slice it
    // had made a first mount's task 52-87 ms long.
    if article.has_dates() && !view::dom::date_formats_made() {
        pause_now().await;
        view::dom::make_date_formats();
        pause_now().await;
    }
    let mut made = Vec::new();
    let article_element = view::dom::create_noting_mentions(&document, &builder.head(), &mut made);
    pause_point(clock).await;
    let body = article_element
        .last_element_child()
        .ok_or("the article has no body element")?;
    let cards = if options.cards == Some(false) {
        root.append_child(&article_element)?;
        None
    } else {
        let timing = cards::Timing {
            dwell: options.dwell.unwrap_or(300),
            hide_delay: options.hide_delay.unwrap_or(300),
        };
        Some(cards::Cards::attach(
            &document,
            &root,
            &article_element,
            annotation.clone(),
            timing,
            view_options.messages.clone(),
            view_options.index,
            options.trap_in_cards_for_testing,
        )?)
    };
    if let Some(cards) = &cards {
        cards.add_mentions(made);
    }
    pause_point(clock).await;
    let progress = if options.progress {
        Some(view::progress::Progress::attach(
            &document,
            &root,
            &article_element,
        )?)
    } else {
        None
    };
    // Blocks join the page as they are made: whatever the first slice makes is on screen
    // while the rest is built. Each block's box is final when it arrives, and later
    // blocks only add below it, so nothing on screen moves.
    // Replaced by a new chunk at the first block, and after every BLOCKS_PER_CHUNK.
    let mut chunk = body.clone();
    let mut first_screen_text = Some(0);
    for index in 0..article.body.len() {
        pause_point(clock).await;
        if index % view::BLOCKS_PER_CHUNK == 0 {
            chunk = view::dom::create(&document, &view::chunk());
            view::dom::append(&body, &chunk);
        }
        let mut made = Vec::new();
        let block = view::dom::create_noting_mentions(&document, &builder.block(index), &mut made);
        view::dom::append(&chunk, &block);
        if let Some(cards) = &cards {
            cards.add_mentions(made);
        }
        if let Some(shown) = &mut first_screen_text {
            *shown += text_bytes(&article.body[index]);
            if *shown >= FIRST_SCREEN_BYTES {
                first_screen_text = None;
                if holds_a_screen(&article.body[index + 1..]) {
                    pause_now().await;
                }
            }
        }
    }
    for part in builder.tail() {
        let mut made = Vec::new();
        let part = view::dom::create_noting_mentions(&document, &part, &mut made);
        view::dom::append(&article_element, &part);
        if let Some(cards) = &cards {
            cards.add_mentions(made);
        }
    }
    for warning in builder.warnings {
        warn("", &InputError::at(warning.path, warning.message));
    }
    Ok(View {
        root,
        cards,
        progress,
    })
}

/// About a screenful of body text, in bytes: once the body holds this much and at least as
/// much is still to come, the slice ends, so that the browser draws the first screen at
/// once instead of after a whole slice of work. That frame is cheaper too, with less on
/// the page to lay out (DESIGN.md, "Rendering in slices").
const FIRST_SCREEN_BYTES: usize = 1500;

/// The bytes of text in `block`.
fn text_bytes(block: &model::Block) -> usize {
    block.texts().iter().map(|text| text.text.len()).sum()
}

/// Whether `blocks` hold at least [`FIRST_SCREEN_BYTES`] of text, reading no further.
fn holds_a_screen(blocks: &[model::Block]) -> bool {
    let mut bytes = 0;
    blocks.iter().any(|block| {
        bytes += text_bytes(block);
        bytes >= FIRST_SCREEN_BYTES
    })
}

/// Reading a page's text and annotating it: the engine's result, and the enhancer that
/// wraps its mentions.
type Annotating = Pin<Box<dyn Future<Output = (engine::Annotation, view::enhance::Enhancer)>>>;

/// An in-place enhancement in progress: `step` reads and annotates the page's text and
/// then wraps mentions, slice by slice, `finish` attaches the cards, and `destroy` takes
/// everything out again.
#[wasm_bindgen]
pub struct Enhancement {
    document: web_sys::Document,
    root: web_sys::Element,
    /// Reading the page's text and the engine's work on it, until both are done.
    annotating: Option<Annotating>,
    clock: Rc<SliceClock>,
    annotation: Option<engine::Annotation>,
    /// The wrapping still to do, once the text is annotated.
    enhancer: Option<view::enhance::Enhancer>,
    cards: Option<cards::Cards>,
    timing: cards::Timing,
    messages: view::Messages,
}

#[wasm_bindgen]
impl Enhancement {
    /// Works for about `budget` milliseconds; true once every mention is wrapped.
    pub fn step(&mut self, budget: f64) -> Result<bool, JsValue> {
        self.clock.start(budget);
        if let Some(job) = self.annotating.as_mut() {
            match pause::poll_once(job.as_mut()) {
                Poll::Pending => return Ok(false),
                Poll::Ready((annotation, enhancer)) => {
                    self.annotating = None;
                    self.annotation = Some(annotation);
                    self.enhancer = Some(enhancer);
                }
            }
        }
        match (&self.annotation, &mut self.enhancer) {
            (Some(annotation), Some(enhancer)) => enhancer.step(annotation, &*self.clock),
            _ => Ok(true),
        }
    }

    /// Attaches card behaviour; the card lives in `chrome`, a widget root in a shadow root.
    pub fn finish(&mut self, chrome: web_sys::Element) -> Result<(), JsValue> {
        let (Some(annotation), Some(enhancer)) = (self.annotation.take(), &mut self.enhancer)
        else {
            return Ok(());
        };
        let messages = std::mem::take(&mut self.messages);
        let cards = cards::Cards::attach_to_page(
            &self.document,
            &self.root,
            &chrome,
            Rc::new(annotation),
            self.timing,
            messages,
        )?;
        cards.add_mentions(enhancer.take_made());
        self.cards = Some(cards);
        Ok(())
    }

    /// [`View::contain`], for the enhancer's cards.
    pub fn contain(&self) -> bool {
        self.cards.as_ref().is_some_and(|cards| cards.contain())
    }

    /// Removes the cards and unwraps every mention, leaving the page's text as it was.
    pub fn destroy(&mut self) -> Result<(), JsValue> {
        // Dropping the cards closes the card, telling the host page.
        self.cards = None;
        let wrappers = self.root.query_selector_all(".gloss-mention")?;
        for i in 0..wrappers.length() {
            let Some(wrapper) = wrappers.item(i) else {
                continue;
            };
            let Some(parent) = wrapper.parent_node() else {
                continue;
            };
            while let Some(child) = wrapper.first_child() {
                parent.insert_before(&child, Some(&wrapper))?;
            }
            parent.remove_child(&wrapper)?;
            parent.normalize();
        }
        Ok(())
    }
}

/// Starts enhancing an article already in the page. `blocks` are its text nodes grouped
/// by block (the loader picks them, skipping links, code, form controls and page furniture,
/// and joins the containers of one article), `json_ld` the page's
/// JSON-LD values (their `mentions` and `about` become glossary entities), `glossaries`
/// the site glossaries. The text is read in [`Enhancement::step`]'s slices: a large page's
/// took 24-40 ms in one task.
#[wasm_bindgen]
pub fn enhance(
    root: web_sys::Element,
    blocks: js_sys::Array,
    json_ld: js_sys::Array,
    glossaries: JsValue,
    options: JsValue,
) -> Result<Enhancement, JsValue> {
    let document = root.owner_document().ok_or("no document")?;
    // The page's own JSON-LD first, then the site glossaries; the first entry of an id wins.
    let mut candidates: Vec<Entity> = Vec::new();
    for value in json_ld.iter() {
        candidates.extend(model::schema_org::entities_from_schema_org(&value));
    }
    candidates.extend(pause::run_to_end(site_glossaries(
        &glossaries,
        &pause::Unlimited,
    ))?);
    let glossary = engine::first_of_each_id(candidates);
    let options = MountOptions::read(&options);
    let clock = Rc::new(SliceClock::default());
    let finders = options.finders;
    let job_clock = clock.clone();
    let mut enhancer = view::enhance::Enhancer::new(&document);
    let annotating = Box::pin(async move {
        let mut contents = Vec::with_capacity(blocks.length() as usize);
        for block in blocks.iter() {
            pause_point(&*job_clock).await;
            contents.push(enhancer.add_block(&block));
        }
        let runs: Vec<engine::Run> = contents
            .iter()
            .enumerate()
            .map(|(block, text)| engine::Run::new(engine::Place::Body { block, item: 0 }, text))
            .collect();
        let annotation =
            engine::annotate_runs_paused(&runs, &glossary, &finders, &*job_clock).await;
        (annotation, enhancer)
    });
    let lang = root
        .closest("[lang]")
        .ok()
        .flatten()
        .and_then(|e| e.get_attribute("lang"));
    let messages = messages_for(lang.as_deref(), &options);
    Ok(Enhancement {
        document,
        root,
        annotating: Some(annotating),
        clock,
        annotation: None,
        enhancer: None,
        cards: None,
        timing: cards::Timing {
            dwell: options.dwell.unwrap_or(300),
            hide_delay: options.hide_delay.unwrap_or(300),
        },
        messages,
    })
}

/// Whether a knowledge source's description of a page reads like `kind`, for the loader's
/// check of a page guessed from a name (`view::knowledge::reads_as`). It touches nothing
/// but its arguments.
#[wasm_bindgen]
pub fn reads_as(kind: &str, description: &str) -> bool {
    view::knowledge::reads_as(kind, description)
}
