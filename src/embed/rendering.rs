//! Rendering an article into a fresh reading view: [`render`] in one go, or
//! [`render_in_slices`] as a [`Rendering`] the loader steps slice by slice until the
//! [`View`] is done. The one pausable job reads the article and the glossaries, annotates,
//! and creates the head, the body block by block and the tail, with the cards and the
//! progress bar attached as the nodes arrive.

use super::options::{messages_for, MountOptions};
use super::{error_value, site_glossaries, warn, warn_skipped, Js, SliceClock};
use crate::card_adapter as cards;
use gloss_base::pause::{self, pause_now, pause_point, Clock};
use gloss_engine as engine;
use gloss_model::{self as model, InputError};
use gloss_view as view;
use std::future::Future;
use std::pin::Pin;
use std::rc::Rc;
use std::task::Poll;
use wasm_bindgen::prelude::*;

/// A mounted view. `destroy` removes its listeners, timers and nodes.
#[wasm_bindgen]
pub struct View {
    root: web_sys::Element,
    cards: Option<cards::Cards>,
    progress: Option<crate::progress::Progress>,
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

/// Renders `article` (a v1 article object) into `root`, with the site glossaries in
/// `glossaries` (`[source, glossary]` pairs, `source` naming each in warnings), all in
/// one go. Errors are strings that name the JSON path.
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

/// The whole job of a widget: read the article and the site glossaries, annotate, then
/// build the view block by block, with a pause point between units of work.
///
/// Long by design: each `async` function is a state machine of its own in the wasm, so
/// the job's steps stay in this one rather than in an `async` function each
/// (docs/measurements.md, "Async functions and state machines").
async fn render_job(
    root: web_sys::Element,
    article: JsValue,
    glossaries: JsValue,
    options: JsValue,
    clock: Rc<SliceClock>,
) -> Result<View, JsValue> {
    let clock: &dyn Clock = &*clock;
    let article = model::read_article_paused(&Js(article), clock)
        .await
        .map_err(error_value)?;
    for warning in &article.warnings {
        warn("", warning, "");
    }
    for problem in &article.skipped {
        warn_skipped("the article's entities", problem);
    }
    let article = article.value;
    let site = site_glossaries(&glossaries, clock).await;
    let options = MountOptions::read(&options);
    if options.panic_for_testing {
        panic!("a panic requested by __panicForTesting");
    }
    let annotation =
        Rc::new(engine::annotate_paused(&article, &site, &options.finders, clock).await);
    let messages = Rc::new(messages_for(article.lang.as_deref(), &options));
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
    // The byline's dates: the page's first date format loads the locale's data in one
    // call that no pause point can split, so it gets a task of its own. Inside a slice it
    // had made a first mount's task long (docs/measurements.md, "The first mount and the
    // first date format").
    if article.has_dates() && !crate::dom::date_formats_made() {
        pause_now().await;
        crate::dom::make_date_formats();
        pause_now().await;
    }
    let mut made = Vec::new();
    let article_element = crate::dom::create_noting_mentions(&document, &builder.head(), &mut made);
    pause_point(clock).await;
    let body = article_element
        .last_element_child()
        .ok_or("the article has no body element")?;
    // The bar first, in the same slice as the toolbar and the head after it: inserted
    // above them once they were on screen, it pushed them down.
    let progress = if options.progress {
        Some(crate::progress::Progress::attach(
            &document,
            &root,
            &article_element,
        )?)
    } else {
        None
    };
    let timing = cards::Timing {
        dwell: options.dwell.unwrap_or(300),
        hide_delay: options.hide_delay.unwrap_or(300),
    };
    let cards = cards::Cards::attach(
        &document,
        &root,
        &article_element,
        annotation.clone(),
        timing,
        view_options.messages.clone(),
        options.cards != Some(false),
        options.toggle,
        view_options.index,
        options.trap_in_cards_for_testing,
    )?;
    cards.add_mentions(made);
    pause_point(clock).await;
    // Blocks join the page as they are made: whatever the first slice makes is on screen
    // while the rest is built. Each block's box is final when it arrives, and later
    // blocks only add below it, so nothing on screen moves.
    // Replaced by a new chunk at the first block, and after every BLOCKS_PER_CHUNK.
    let mut chunk = body.clone();
    let mut first_screen_text = Some(0);
    for index in 0..article.body.len() {
        pause_point(clock).await;
        if index % view::BLOCKS_PER_CHUNK == 0 {
            chunk = crate::dom::create(&document, &view::chunk());
            crate::dom::append(&body, &chunk);
        }
        let mut made = Vec::new();
        let block = builder.block(index);
        let (dom, children) = crate::dom::open(&document, &block);
        crate::dom::append(&chunk, &dom);
        // A long block's children are made in parts, each joining the page as it is made.
        // Their mentions go to the cards part by part, so none is on the page inert.
        for part in children.chunks(NODES_PER_PART) {
            pause_point(clock).await;
            crate::dom::create_children(&document, part, &dom, &mut made);
            cards.add_mentions(std::mem::take(&mut made));
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
        let part = crate::dom::create_noting_mentions(&document, &part, &mut made);
        crate::dom::append(&article_element, &part);
        cards.add_mentions(made);
    }
    for warning in builder.warnings {
        warn("", &InputError::at(warning.path, warning.message), "");
    }
    Ok(View {
        root,
        cards: Some(cards),
        progress,
    })
}

/// How many of a block's children are made between two pause points: about a
/// millisecond's work. Only a paragraph or heading of a few thousand words has more.
const NODES_PER_PART: usize = 256;

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
