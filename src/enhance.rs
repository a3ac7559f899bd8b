//! In-place enhancement: mentions wrapped inside an article the server already rendered.
//! Text nodes are split and their mentions wrapped; nothing else changes, so the page's
//! `textContent` and its elements stay as they were, apart from the wrappers.
//!
//! The engine reads each block (a paragraph, a list item) as one text, so that a name
//! split by inline markup ("<em>Safeguard</em> Defenders") is still understood; a
//! mention that crosses from one text node into another is left unwrapped, since wrapping
//! it would mean moving the page's own elements.

use crate::dom::{self, MadeMention};
use gloss_base::pause::Clock;
use gloss_engine::Annotation;
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
