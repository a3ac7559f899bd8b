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
use gloss_engine::{index_by_id, AnnotatedRun, Annotation, EntityInfo, Mention, RunPlace};
use gloss_view::mention_element;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Document, Text};

/// The wrapping still to do, a few mentions at a time, so that a large page, or one
/// paragraph as long as a whole article, is processed in slices between which the
/// browser stays responsive.
pub struct Enhancer {
    document: Document,
    /// Per block: its text, its text nodes, and where each starts in the text (UTF-16).
    /// Once some of a node's mentions are wrapped, the node in the list is the one that
    /// holds what follows them, with its start.
    blocks: Vec<(String, Vec<Text>, Vec<usize>)>,
    /// The block being wrapped, and its next mention.
    next: usize,
    mention: usize,
    /// The entities whose mentions in that block already have a tab stop.
    seen: Vec<usize>,
    /// The wrappers made so far, for the cards.
    made: Vec<MadeMention>,
}

/// How many mentions [`Enhancer::step`] wraps between two looks at the clock.
const MENTIONS_PER_PART: usize = 128;

impl Enhancer {
    pub fn new(document: &Document) -> Enhancer {
        Enhancer {
            document: document.clone(),
            blocks: Vec::new(),
            next: 0,
            mention: 0,
            seen: Vec::new(),
            made: Vec::new(),
        }
    }

    /// Adds a block, given as a JS array of its text nodes. Anything in the array that is
    /// not a text node is passed over.
    pub fn add_block(&mut self, block: &JsValue) {
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
        self.blocks.push((text, nodes, starts));
    }

    /// Each block's text: the runs the engine reads.
    pub fn texts(&self) -> impl Iterator<Item = &str> {
        self.blocks.iter().map(|(text, _, _)| text.as_str())
    }

    /// The wrappers made, in document order, with their entities' ids; taken once.
    pub fn take_made(&mut self) -> Vec<MadeMention> {
        std::mem::take(&mut self.made)
    }

    /// Wraps more mentions, [`MENTIONS_PER_PART`] at a time, until `clock`'s time is up.
    /// Returns true when all are done.
    pub fn step(&mut self, annotation: &Annotation, clock: &dyn Clock) -> Result<bool, JsValue> {
        while self.next < self.blocks.len() && !clock.time_up() {
            let mentions = &annotation.runs[self.next].mentions;
            let part = self.mention..mentions.len().min(self.mention + MENTIONS_PER_PART);
            self.mention = part.end;
            let mut first = part.start;
            while first < part.end {
                first = self.wrap_in_node(annotation, &mentions[first..part.end])? + first;
            }
            if part.end == mentions.len() {
                (self.next, self.mention) = (self.next + 1, 0);
                self.seen.clear();
            }
        }
        Ok(self.next >= self.blocks.len())
    }

    /// Wraps `mentions[0]` and those after it in the same text node of the current block;
    /// returns how many it took. The node is cut twice whatever their number: the text
    /// after them goes to a node of its own, from which the next part goes on, and the
    /// text from the first to the last is made again as wrappers and the text between
    /// them. Cutting the node at every mention would copy its rest each time, which for
    /// a paragraph of thousands of mentions took seconds.
    fn wrap_in_node(
        &mut self,
        annotation: &Annotation,
        mentions: &[Mention],
    ) -> Result<usize, JsValue> {
        let (text, nodes, starts) = &mut self.blocks[self.next];
        let at = starts.partition_point(|&s| s <= mentions[0].start_utf16) - 1;
        let (node, start) = (nodes[at].clone(), starts[at]);
        let end = start + node.length() as usize;
        // The mentions that start in this node; the last may run on into the next one.
        let count = mentions.partition_point(|m| m.start_utf16 < end);
        let mut inside = &mentions[..count];
        // A tab stop per entity per block, given in reading order, skipped mentions too.
        let first_here: Vec<bool> = inside
            .iter()
            .map(|m| {
                let first = !self.seen.contains(&m.entity);
                if first {
                    self.seen.push(m.entity);
                }
                first
            })
            .collect();
        if inside.last().is_some_and(|m| m.end_utf16 > end) {
            inside = &inside[..count - 1];
        }
        let (Some(first), Some(last)) = (inside.first(), inside.last()) else {
            return Ok(count.max(1));
        };
        let parent = node.parent_node().ok_or("a text node without a parent")?;
        let after = match last.end_utf16 < end {
            true => {
                let rest = node.split_text((last.end_utf16 - start) as u32)?;
                (nodes[at], starts[at]) = (rest.clone(), last.end_utf16);
                Some(rest.unchecked_into::<web_sys::Node>())
            }
            false => node.next_sibling(),
        };
        let from = first.start_utf16 - start;
        node.delete_data(from as u32, (last.end_utf16 - start - from) as u32)?;
        let mut made = Vec::new();
        let mut gap_start = first.start;
        for (mention, first_here) in inside.iter().zip(first_here) {
            if gap_start < mention.start {
                let gap = self
                    .document
                    .create_text_node(&text[gap_start..mention.start]);
                parent.insert_before(&gap, after.as_ref())?;
            }
            let entity = &annotation.entities[mention.entity];
            let mut wrapper = mention_element(entity, first_here);
            wrapper.add_text(mention.text(text));
            parent.insert_before(
                &dom::create_noting_mentions(&self.document, &wrapper, &mut made),
                after.as_ref(),
            )?;
            gap_start = mention.end;
        }
        self.made.append(&mut made);
        Ok(count)
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
    let index = index_by_id(&entities);
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
            let Some(&entity) = index.get(id.as_str()) else {
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
