//! A run of text as inline nodes: its marks and links from the input's spans, and the
//! mention wrappers from the annotation, nested so that neither breaks the other.

use super::builder::Builder;
use super::{mention_element, Element, Node};
use gloss_engine::RunPlace;
use gloss_model::url::UrlUse;
use gloss_model::{Marks, Rich, Span};

impl Builder<'_> {
    pub(super) fn rich(&mut self, element: &mut Element, place: RunPlace, rich: &Rich) {
        self.marked_spans(element, place, &rich.text, &rich.spans)
    }

    /// Fills `element` with plain `text`, wrapping each mention the engine found in it.
    pub(super) fn marked(&mut self, element: &mut Element, place: RunPlace, text: &str) {
        self.marked_spans(element, place, text, &[])
    }

    /// Fills `element` with `text`, formatted by `spans`, with each mention wrapped. A
    /// mention may cross the edge of an em or strong ("*Safeguard* Defenders") but never a
    /// link's (the engine sees to that), so each mention holds marked pieces and each link
    /// holds marked pieces, and neither holds the other.
    fn marked_spans(&mut self, element: &mut Element, place: RunPlace, text: &str, spans: &[Span]) {
        let annotation = self.annotation;
        let run = &annotation.runs[self.run];
        debug_assert_eq!(
            run.place, place,
            "the view must visit runs in the engine's order"
        );
        self.run += 1;
        let mut cuts: Vec<usize> = vec![0, text.len()];
        for span in spans {
            cuts.push(span.start);
            cuts.push(span.end);
        }
        for mention in &run.mentions {
            cuts.push(mention.start);
            cuts.push(mention.end);
        }
        super::sort_by_key(&mut cuts, &|cut| (cut, 0));
        cuts.dedup();
        let span_at = |at: usize| spans.iter().find(|s| s.start <= at && at < s.end);
        // The pieces come in order, and so do the mentions: a long paragraph has
        // thousands, each found where the last one was.
        let mut next_mention = 0;
        let mut mention_at = |at: usize| {
            let mentions = &run.mentions;
            while mentions.get(next_mention).is_some_and(|m| m.end <= at) {
                next_mention += 1;
            }
            mentions
                .get(next_mention)
                .filter(|m| m.start <= at)
                .map(|_| next_mention)
        };
        let mut seen: Vec<usize> = Vec::new();
        let mut pieces = cuts
            .windows(2)
            .map(|w| (w[0], w[1]))
            .filter(|(a, b)| a < b)
            .peekable();
        while let Some((start, end)) = pieces.next() {
            if let Some(m) = mention_at(start) {
                let mention = &run.mentions[m];
                // One tab stop per entity per run keeps long articles navigable.
                let first_here = !seen.contains(&mention.entity);
                if first_here {
                    seen.push(mention.entity);
                }
                let wrapper = mention_element(&annotation.entities[mention.entity], first_here);
                let wrapper = element.add_element(wrapper);
                wrapper.add_node(marks(&text[start..end], span_at(start)));
                while let Some(&(start, end)) = pieces.peek().filter(|(s, _)| *s < mention.end) {
                    wrapper.add_node(marks(&text[start..end], span_at(start)));
                    pieces.next();
                }
                continue;
            }
            let span = span_at(start);
            let href = span.and_then(|s| s.href.as_deref());
            match href.and_then(|h| self.url(h, UrlUse::Link, &span_path(place))) {
                Some(href) => {
                    let link = element.add("a").set_attr("href", href);
                    link.add_node(marks(&text[start..end], span));
                }
                None => {
                    element.add_node(marks(&text[start..end], span));
                }
            }
        }
    }
}

/// The JSON path of a run's spans, for warnings: `body[3].spans`, `body[5].items[1].spans`.
fn span_path(place: RunPlace) -> String {
    let RunPlace::Body { block, item } = place else {
        return String::from("spans");
    };
    let mut path = String::from("body[");
    path.push_str(&gloss_base::decimal(block));
    path.push(']');
    if item > 0 {
        path.push_str(".items[");
        path.push_str(&gloss_base::decimal(item));
        path.push(']');
    }
    path.push_str(".spans");
    path
}

/// Text inside the elements for its marks, outermost first; plain text without marks.
fn marks(text: &str, span: Option<&Span>) -> Node {
    let mut node = Node::Text(text.to_owned());
    let Some(span) = span else { return node };
    for (bit, tag) in Marks::ALL.iter().rev() {
        if span.marks.has(*bit) {
            let mut mark = Element::new(tag);
            mark.add_node(node);
            node = Node::Element(mark);
        }
    }
    node
}
