//! In-place enhancement: mentions wrapped inside an article the server already rendered.
//! Text nodes are split and their mentions wrapped; nothing else changes, so the page's
//! `textContent` and its elements stay as they were, apart from the wrappers.
//!
//! The engine reads each block (a paragraph, a list item) as one text, so that a name
//! split by inline markup ("<em>Safeguard</em> Defenders") is still understood; a
//! mention that crosses from one text node into another is left unwrapped, since wrapping
//! it would mean moving the page's own elements.
//!
//! An article `gloss render` wrote is not read at all: its mentions are there already,
//! and [`hydrate`] makes them live as they stand.

use crate::dom::{self, MadeMention};
use gloss_base::pause::Clock;
use gloss_base::StringMap;
use gloss_engine::{AnnotatedRun, Annotation, EntityInfo, RunPlace};
use gloss_view::mention_element;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Document, Text};

/// The wrapping still to do, one text node at a time, so that a large page can be
/// processed in slices between which the browser stays responsive.
pub struct Enhancer {
    document: Document,
    /// Per block: its text nodes, and where each starts in the block's text (UTF-16).
    blocks: Vec<(Vec<Text>, Vec<usize>)>,
    next: usize,
    /// The wrappers made so far, for the cards.
    made: Vec<MadeMention>,
}

impl Enhancer {
    pub fn new(document: &Document) -> Enhancer {
        Enhancer {
            document: document.clone(),
            blocks: Vec::new(),
            next: 0,
            made: Vec::new(),
        }
    }

    /// Adds a block, given as a JS array of its text nodes, and returns its text: the run
    /// the engine reads. Anything in the array that is not a text node is passed over.
    pub fn add_block(&mut self, block: &JsValue) -> String {
        let mut nodes = Vec::new();
        let mut starts = Vec::new();
        let mut text = String::new();
        let mut at = 0;
        for node in js_sys::Array::from(block).iter() {
            let Ok(node) = node.dyn_into::<Text>() else {
                continue;
            };
            starts.push(at);
            at += node.length() as usize;
            text.push_str(&node.data());
            nodes.push(node);
        }
        self.blocks.push((nodes, starts));
        text
    }

    /// The wrappers made, in document order, with their entities' ids; taken once.
    pub fn take_made(&mut self) -> Vec<MadeMention> {
        std::mem::take(&mut self.made)
    }

    /// Wraps the mentions of more blocks, until `clock`'s time is up. Returns true when
    /// all are done.
    pub fn step(&mut self, annotation: &Annotation, clock: &dyn Clock) -> Result<bool, JsValue> {
        while self.next < self.blocks.len() && !clock.time_up() {
            let index = self.next;
            self.next += 1;
            let (nodes, starts) = &self.blocks[index];
            let run = &annotation.runs[index];
            let mut seen: Vec<usize> = Vec::new();
            let first_here: Vec<bool> = run
                .mentions
                .iter()
                .map(|m| {
                    let first = !seen.contains(&m.entity);
                    seen.push(m.entity);
                    first
                })
                .collect();
            let mut block_made = Vec::new();
            // From the end backwards, so that earlier offsets stay valid as the node splits.
            for (mention, first) in run.mentions.iter().zip(first_here).rev() {
                // The text node holding the mention's start; skip a mention that runs on
                // into the next one.
                let at = starts.partition_point(|&s| s <= mention.start_utf16) - 1;
                let (node, start) = (&nodes[at], starts[at]);
                if mention.end_utf16 > start + node.length() as usize {
                    continue;
                }
                node.split_text((mention.end_utf16 - start) as u32)?;
                let middle = node.split_text((mention.start_utf16 - start) as u32)?;
                let entity = &annotation.entities[mention.entity];
                let wrapper = dom::create(&self.document, &mention_element(entity, first));
                let parent = middle.parent_node().ok_or("a text node without a parent")?;
                parent.replace_child(&wrapper, &middle)?;
                wrapper.append_child(middle.unchecked_ref())?;
                block_made.push((wrapper, entity.id.clone()));
            }
            // Wrapped from the end backwards; the cards want document order.
            self.made.extend(block_made.into_iter().rev());
        }
        Ok(self.next >= self.blocks.len())
    }
}

impl Enhancer {
    /// An enhancer with nothing left to wrap, holding mentions already in the page.
    pub fn hydrated(document: &Document, made: Vec<MadeMention>) -> Enhancer {
        Enhancer {
            made,
            ..Enhancer::new(document)
        }
    }
}

/// Makes live the mentions `gloss render` wrote in `parts` (its elements with
/// `data-gloss-entity`, in document order, that are not live yet): each one whose id the
/// table has gets the attributes the view gives a mention (its role, and its tab stop
/// where `data-gloss-tab` says so) and becomes its entity's next mention. No text is read
/// and nothing is wrapped. Returns the annotation the cards read, one run per mention,
/// and the elements for the cards.
pub fn hydrate(
    parts: &js_sys::Array,
    mut entities: Vec<EntityInfo>,
) -> (Annotation, Vec<MadeMention>) {
    let index: StringMap = entities
        .iter()
        .enumerate()
        .map(|(at, e)| (e.id.clone(), at))
        .collect();
    let mut made = Vec::new();
    for part in parts.iter() {
        let Ok(list) = part
            .unchecked_into::<web_sys::Element>()
            .query_selector_all("[data-gloss-entity]")
        else {
            continue;
        };
        for at in 0..list.length() {
            let Some(element) = list
                .item(at)
                .and_then(|n| n.dyn_into::<web_sys::Element>().ok())
            else {
                continue;
            };
            // A mention another enhancement made live is its own.
            let Some(id) = element
                .get_attribute("data-gloss-entity")
                .filter(|_| !element.has_attribute("aria-haspopup"))
            else {
                continue;
            };
            let Some(&entity) = index.get(&id) else {
                continue;
            };
            let tab_stop = element.has_attribute("data-gloss-tab");
            for (name, value) in mention_element(&entities[entity], tab_stop).attrs {
                if !matches!(name, "class" | "data-gloss-entity") {
                    let _ = element.set_attribute(name, &value);
                }
            }
            entities[entity].mentions.push((made.len(), 0));
            made.push((element, id));
        }
    }
    let runs = (0..made.len())
        .map(|block| AnnotatedRun {
            place: RunPlace::Body { block, item: 0 },
            mentions: Vec::new(),
        })
        .collect();
    (Annotation { runs, entities }, made)
}

/// Takes from hydrated mentions what [`hydrate`] and the cards gave them, leaving the
/// markup `gloss render` wrote.
pub fn dehydrate(mentions: &[web_sys::Element]) {
    for mention in mentions {
        for name in [
            "role",
            "tabindex",
            "aria-expanded",
            "aria-haspopup",
            "aria-controls",
        ] {
            let _ = mention.remove_attribute(name);
        }
        let _ = mention.class_list().remove_1("gloss-flash");
    }
}
