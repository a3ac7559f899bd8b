//! The opt-in knowledge source (README, "The knowledge source (opt-in)"): which cards may
//! ask a public encyclopedia, and about which page.
//!
//! A card for an entity with no summary carries an empty slot that names what to look up.
//! The stylesheet shows it, at a fixed height, only where the loader has turned a source
//! on; the loader fetches the summary when the card opens, checks it and fills the slot
//! with text nodes, or hides the slot if the answer will not do. The checks and the
//! filling live in the loader because there they cost far less of the download than the
//! same code cost in the wasm (docs/measurements.md, "Two builds and on-demand modules").

use super::{Element, Messages};
use gloss_engine::lexicon::{Classes, Lexicon};
use gloss_engine::text::fold;
use gloss_engine::{EntityInfo, Origin, Source};
use gloss_model::Kind;

/// The slot for `info`'s card, or `None` if it has nothing to look up. Only an entity
/// without a summary asks, and an abbreviation the article never spells out, whose one
/// line says only that. A glossary entity asks if one of its links (its `sameAs` in
/// JSON-LD) is on Wikipedia or Wikidata: the loader reads the page or the item from the
/// card's links. A name is guessed only when the engine found it itself and is sure it is
/// one ([`confident`]); the slot then says which kind the answer must read like, or, for
/// a name of no kind, all three. It also carries the
/// word that introduces the source's name ("From Wikipedia, CC BY-SA").
pub fn slot(info: &EntityInfo, messages: &Messages) -> Option<Element> {
    let named = info.links.iter().any(|link| {
        link.url
            .split('/')
            .any(|part| part.ends_with(".wikipedia.org") || part.ends_with("wikidata.org"))
    });
    // An abbreviation the article never spells out keeps the sentence that uses it under
    // its one line; one spelled out has only the line that says what it stands for.
    let abbreviation = matches!(info.source, Source::Acronym) && info.passage.is_some();
    let guess = !named && info.found_as_name().is_some() && confident(info, abbreviation);
    if !(info.summary.is_none() || guess && abbreviation) || !(named || guess) {
        return None;
    }
    let mut slot = Element::new("div");
    slot.set_attr("class", "gloss-knowledge")
        .set_attr("aria-busy", "true")
        .set_attr("data-gloss-from", messages.from_source());
    if guess {
        // The kinds the answer may read like, as cards say them: this card's, or for a
        // name of no kind any of the three.
        let kind = match info.kind {
            Kind::Other => "Person Organization Place",
            kind => kind.label(),
        };
        slot.set_attr("data-gloss-guess", kind);
    }
    Some(slot)
}

/// Whether the engine is sure enough that a name it found is one to ask about it: a
/// person, organisation or place, or a name of no kind, that is an acronym (defined, or
/// used alone: its capitals are the evidence), or has several words, or is one word of
/// none of the engine's lists (which hold "Union", "Court" and "Senate") that either got
/// its kind from the article's cues or is named more than once. A capital that only
/// opens a sentence makes no name at all. Events, works and terms are never guessed: a
/// page's description cannot confirm those kinds.
fn confident(info: &EntityInfo, abbreviation: bool) -> bool {
    let typed = matches!(info.kind, Kind::Person | Kind::Organization | Kind::Place);
    if !typed && info.kind != Kind::Other {
        return false;
    }
    if abbreviation || info.origin == Origin::Acronym || info.name.contains(' ') {
        return true;
    }
    let names = Classes::PLACE | Classes::GIVEN_NAME | Classes::FAMILY_NAME_FIRST;
    let listed = classes(&info.name).any(!names);
    !listed && (typed || info.mentions.len() > 1)
}

/// A word's classes in the engine's word lists, merged once: a card is built each time it
/// opens, and merging the lists costs more than the rest of the card.
fn classes(word: &str) -> Classes {
    thread_local! {
        static WORDS: Lexicon = Lexicon::new();
    }
    WORDS.with(|lexicon| lexicon.of(word))
}

/// The one kind a page's `description` reads like, by the engine's own cue words: a
/// person ("English mathematician and writer"), an organisation ("International court in
/// The Hague") or a place ("City in Ohio"); `None` for cues of none or of two kinds
/// ("Mayor of the city of Lyon" is not sure enough). A guessed page shows only if this is
/// its card's kind, or for a name of no kind, any. The lists are English: a description
/// in another language reads as nothing, and the guess shows nothing.
pub fn described_as(description: &str) -> Option<Kind> {
    let folded = fold(description);
    // Every class of every word, in one pass split by hand: a `split` on a closure is a
    // searcher of its own in the wasm.
    let mut cues = Classes::default();
    let mut start = 0;
    for (at, c) in folded.char_indices() {
        if !c.is_alphanumeric() && c != '-' {
            cues = cues | classes(&folded[start..at]);
            start = at + c.len_utf8();
        }
    }
    cues = cues | classes(&folded[start..]);
    match (
        cues.any(Classes::ROLE_NOUN | Classes::HONORIFIC),
        cues.any(Classes::ORGANIZATION_NOUN),
        cues.any(Classes::PLACE_NOUN | Classes::PLACE_WORD),
    ) {
        (true, false, false) => Some(Kind::Person),
        (false, true, false) => Some(Kind::Organization),
        (false, false, true) => Some(Kind::Place),
        _ => None,
    }
}
#[cfg(test)]
mod tests;
