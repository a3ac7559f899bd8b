//! Enhancing an article already in the page: [`enhance`] gathers the glossary from the
//! page's JSON-LD and the site glossaries, and returns an [`Enhancement`] that reads and
//! annotates the page's text and wraps its mentions slice by slice, attaches the cards,
//! and takes everything out again on `destroy`.

use super::options::{messages_for, MountOptions};
use super::{site_glossaries, Js, SliceClock};
use crate::card_adapter as cards;
use gloss_base::pause::{self, pause_point};
use gloss_engine as engine;
use gloss_model::Entity;
use gloss_view as view;
use std::future::Future;
use std::pin::Pin;
use std::rc::Rc;
use std::task::Poll;
use wasm_bindgen::prelude::*;

/// Reading a page's text and annotating it: the engine's result, and the enhancer that
/// wraps its mentions.
type Annotating = Pin<Box<dyn Future<Output = (engine::Annotation, crate::enhance::Enhancer)>>>;

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
    enhancer: Option<crate::enhance::Enhancer>,
    cards: Option<cards::Cards>,
    timing: cards::Timing,
    messages: view::Messages,
    /// The mentions are `gloss render`'s ([`hydrate`]): `destroy` leaves them in place.
    hydrated: bool,
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

    /// Attaches card behaviour; the card and the reader's switch live in `chrome`, a
    /// widget root in a shadow root.
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
            Rc::new(messages),
        )?;
        cards.add_mentions(enhancer.take_made());
        self.cards = Some(cards);
        Ok(())
    }

    /// [`View::contain`], for the enhancer's cards.
    pub fn contain(&self) -> bool {
        self.cards.as_ref().is_some_and(|cards| cards.contain())
    }

    /// Removes the cards and unwraps every mention it made, leaving the page's text as it
    /// was.
    pub fn destroy(&mut self) -> Result<(), JsValue> {
        // Only this enhancement's wrappers: another may have wrapped names under the same
        // root. The cards hold them once `finish` has run; before it, the enhancer does.
        let mut wrappers = self
            .cards
            .as_ref()
            .map(cards::Cards::mention_elements)
            .unwrap_or_default();
        // Dropping the cards closes the card, telling the host page.
        self.cards = None;
        if let Some(enhancer) = self.enhancer.as_mut() {
            wrappers.extend(enhancer.take_made().into_iter().map(|(wrapper, _)| wrapper));
        }
        if self.hydrated {
            crate::enhance::dehydrate(&wrappers);
            return Ok(());
        }
        // Each parent's text is joined again once its wrappers are out: once per wrapper,
        // a paragraph of thousands took seconds.
        let mut parents: Vec<web_sys::Node> = Vec::new();
        for wrapper in wrappers {
            let Some(parent) = wrapper.parent_node() else {
                continue;
            };
            while let Some(child) = wrapper.first_child() {
                parent.insert_before(&child, Some(&wrapper))?;
            }
            parent.remove_child(&wrapper)?;
            if parents.last() != Some(&parent) {
                parents.push(parent);
            }
        }
        parents.iter().for_each(web_sys::Node::normalize);
        Ok(())
    }
}

/// Starts enhancing an article already in the page. `blocks` are its text nodes grouped
/// by block (the loader picks them, skipping links, code, form controls and page furniture,
/// and joins the containers of one article), `json_ld` the page's JSON-LD values (their
/// `mentions` and `about` become glossary entities; the lean build ignores them), `glossaries` the site glossaries as
/// `[source, glossary]` pairs. The text is read in [`Enhancement::step`]'s slices: a large
/// page's was a long task when read in one (docs/measurements.md, "Enhancement too").
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
    // A complete glossary was made from the article, its own entities included, and
    // replaces them, as the engine does for an article's `entities`.
    let site = pause::run_to_end(site_glossaries(&glossaries, &pause::Unlimited));
    let mut candidates: Vec<Entity> = Vec::new();
    // The lean build reads no JSON-LD: the loader picks it only where a complete
    // glossary replaces the page's names, or where the host forces it (docs/embedding.md).
    #[cfg(feature = "schema-org")]
    if !site.iter().any(|entity| entity.complete) {
        for value in json_ld.iter() {
            candidates.extend(gloss_model::schema_org::entities_from_schema_org(&Js(
                value,
            )));
        }
    }
    #[cfg(not(feature = "schema-org"))]
    drop(json_ld);
    candidates.extend(site);
    let glossary = engine::first_of_each_id(candidates);
    let options = MountOptions::read(&options);
    let clock = Rc::new(SliceClock::default());
    // The finders read the page's text with the rules of its language; without them (the
    // lean builds) nothing reads it.
    #[cfg(feature = "finders")]
    let finders = engine::Options {
        language: engine::Language::from_tag(page_lang(&root).as_deref()),
        ..options.finders
    };
    #[cfg(not(feature = "finders"))]
    let finders = options.finders;
    let job_clock = clock.clone();
    let mut enhancer = crate::enhance::Enhancer::new(&document);
    let annotating = Box::pin(async move {
        for block in blocks.iter() {
            pause_point(&*job_clock).await;
            enhancer.add_block(&block);
        }
        let runs: Vec<engine::Run> = enhancer
            .texts()
            .enumerate()
            .map(|(block, text)| engine::Run::new(engine::RunPlace::Body { block, item: 0 }, text))
            .collect();
        let annotation =
            engine::annotate_runs_paused(&runs, &glossary, &finders, &*job_clock).await;
        drop(runs);
        (annotation, enhancer)
    });
    let mut enhancement = Enhancement::new(document, root, &options);
    enhancement.annotating = Some(annotating);
    enhancement.clock = clock;
    Ok(enhancement)
}

/// Brings to life an article `gloss render` wrote, with no engine pass: `parts` are the
/// containers that hold it (their mentions are taken in document order) and `table` its
/// entity table (`gloss_view::entity_table`), as the loader read it. The cards attach on
/// `finish`, as for [`enhance`]. A table that is missing or does not read (another
/// version, say) is warned about, naming the place, and gives nothing: the loader then
/// enhances the article as any other.
#[wasm_bindgen]
pub fn hydrate(
    root: web_sys::Element,
    parts: js_sys::Array,
    table: JsValue,
    options: JsValue,
) -> Option<Enhancement> {
    let document = root.owner_document()?;
    let read = match view::entity_table::read(&Js(table)) {
        Ok(read) => read,
        Err(error) => {
            let source =
                "the article is read again, since gloss render's entity table does not read";
            super::warn(source, &error, "");
            return None;
        }
    };
    for warning in &read.warnings {
        super::warn("entity table", warning, "");
    }
    let (annotation, made) = crate::enhance::hydrate(&parts, read.value);
    let mut enhancement = Enhancement::new(document, root, &MountOptions::read(&options));
    enhancement.enhancer = Some(crate::enhance::Enhancer::hydrated(
        &enhancement.document,
        made,
    ));
    enhancement.annotation = Some(annotation);
    enhancement.hydrated = true;
    Some(enhancement)
}

/// The language the page gives `root`, from the nearest `lang` attribute.
fn page_lang(root: &web_sys::Element) -> Option<String> {
    root.closest("[lang]")
        .ok()
        .flatten()
        .and_then(|e| e.get_attribute("lang"))
}

impl Enhancement {
    /// An enhancement of `root` with nothing done yet, in the page's language.
    fn new(document: web_sys::Document, root: web_sys::Element, options: &MountOptions) -> Self {
        Enhancement {
            messages: messages_for(page_lang(&root).as_deref(), options),
            document,
            root,
            annotating: None,
            clock: Rc::default(),
            annotation: None,
            enhancer: None,
            cards: None,
            timing: cards::Timing {
                dwell: options.dwell.unwrap_or(300),
                hide_delay: options.hide_delay.unwrap_or(300),
            },
            hydrated: false,
        }
    }
}
