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
use gloss_engine::EntityInfo;
use gloss_model::Kind;

/// The slot for `info`'s card, or `None` if it has nothing to look up. Only an entity
/// without a summary asks. A glossary entity asks if one of its links (its `sameAs` in
/// JSON-LD) is on Wikipedia or Wikidata: the loader reads the page or the item from the
/// card's links. A name is guessed only for the people, organisations and places that
/// the engine found itself, and the slot then says which kind the answer must read like.
/// It also carries the word that introduces the source's name ("From Wikipedia, CC BY-SA").
pub fn slot(info: &EntityInfo, messages: &Messages) -> Option<Element> {
    let named = info.links.iter().any(|link| {
        link.url
            .split('/')
            .any(|part| part.ends_with(".wikipedia.org") || part.ends_with("wikidata.org"))
    });
    let guess = !named
        && info.found_as_name() == Some(true)
        && matches!(info.kind, Kind::Person | Kind::Organization | Kind::Place);
    if info.summary.is_some() || !(named || guess) {
        return None;
    }
    let mut slot = Element::new("div");
    slot.set_attr("class", "gloss-knowledge")
        .set_attr("aria-busy", "true")
        .set_attr("data-gloss-from", messages.from_source());
    if guess {
        slot.set_attr("data-gloss-guess", info.kind.as_str());
    }
    Some(slot)
}

/// Whether a page's `description` reads like a `kind` ("person", "organization" or
/// "place") and like neither other, by the engine's own cue words: "English
/// mathematician and writer" is a person's, "City in Ohio" a place's, and "Mayor of the
/// city of Lyon", with cues of two kinds, is not sure enough. A guessed page shows only
/// if this holds. The lists are English: a description in another language reads as
/// nothing, and the guess shows nothing.
pub fn reads_as(kind: &str, description: &str) -> bool {
    let lexicon = Lexicon::new();
    let folded = fold(description);
    let cued = |classes: u32| {
        folded
            .split(|c: char| !c.is_alphanumeric() && c != '-')
            .any(|word| lexicon.classes(word).any(classes))
    };
    let found = [
        cued(Classes::ROLE_NOUN | Classes::HONORIFIC),
        cued(Classes::ORGANIZATION_NOUN),
        cued(Classes::PLACE_NOUN | Classes::PLACE_WORD),
    ];
    found.contains(&true) && found == [kind == "person", kind == "organization", kind == "place"]
}

#[cfg(test)]
mod tests {
    use super::*;
    use gloss_engine::Origin;
    use gloss_model::Link;

    /// An entity as the engine makes it, with these fields set (built through the engine,
    /// so that a field added to the table later needs no change here).
    fn entity(name: &str, kind: Kind, origin: Origin, links: &[&str]) -> EntityInfo {
        let article = gloss_model::Article {
            title: "T".into(),
            body: vec![gloss_model::Block::Paragraph {
                text: gloss_model::Rich::plain("Someone wrote."),
            }],
            ..gloss_model::Article::default()
        };
        let site = [gloss_model::Entity {
            id: "x".into(),
            name: "Someone".into(),
            ..gloss_model::Entity::default()
        }];
        let options = gloss_engine::Options::glossary_only();
        let mut info = gloss_engine::annotate(&article, &site, &options).entities[0].clone();
        info.name = name.into();
        info.kind = kind;
        info.origin = origin;
        info.links = links
            .iter()
            .map(|url| Link {
                label: String::new(),
                url: (*url).into(),
            })
            .collect();
        info
    }

    /// What the slot says: `Some(guessed kind)`, `Some(None)` for a named page, `None`
    /// for no slot.
    fn asked(info: &EntityInfo) -> Option<Option<String>> {
        let slot = slot(info, &Messages::english())?;
        assert_eq!(slot.get("data-gloss-from"), Some("From"));
        assert_eq!(slot.get("aria-busy"), Some("true"), "the slot is loading");
        Some(slot.get("data-gloss-guess").map(str::to_owned))
    }

    #[test]
    fn descriptions_that_read_like_a_kind() {
        let rows = [
            ("a role", "person", "English mathematician and writer", true),
            (
                "a title",
                "person",
                "President of the republic since 2019",
                false,
            ),
            ("a title alone", "person", "Former president", true),
            (
                "an organisation",
                "organization",
                "International court in The Hague",
                true,
            ),
            (
                "a place",
                "place",
                "Capital and largest city of the country",
                true,
            ),
            ("a river", "place", "River in West Africa", true),
            (
                "a person read as a place",
                "person",
                "Village in the hill country",
                false,
            ),
            (
                "a place read as a person",
                "place",
                "English mathematician and writer",
                false,
            ),
            (
                "cues of two kinds",
                "person",
                "Mayor of the city of Lyon",
                false,
            ),
            (
                "no cue at all",
                "organization",
                "Something else entirely",
                false,
            ),
            (
                "a hyphenated word is one word",
                "organization",
                "State-owned company",
                true,
            ),
            (
                "another kind asks nothing",
                "event",
                "Summit of the union",
                false,
            ),
            (
                "other languages read as nothing",
                "person",
                "homme politique fran\u{e7}ais",
                false,
            ),
        ];
        for (name, kind, description, expected) in rows {
            assert_eq!(reads_as(kind, description), expected, "{name}");
        }
    }

    /// A Wikipedia page (the French one) among a row's links.
    const WIKI: &str = "https://fr.wikipedia.org/wiki/C%C3%B4te_d%27Ivoire";

    /// The slot names its page.
    const NAMED: Option<Option<&str>> = Some(None);

    /// The slot guesses this kind, to look the page up by name.
    const fn guess(kind: &'static str) -> Option<Option<&'static str>> {
        Some(Some(kind))
    }

    /// A row: an entity (name, kind, origin, links, as for [`entity`]), and what its slot
    /// says (as [`asked`] reads it).
    struct Row {
        name: &'static str,
        entity: (&'static str, Kind, Origin, &'static [&'static str]),
        asks: Option<Option<&'static str>>,
    }

    const ROWS: &[Row] = &[
        Row {
            name: "a Wikipedia link names the page",
            entity: (
                "Ivory Coast",
                Kind::Place,
                Origin::Glossary,
                &["https://example.org/", WIKI],
            ),
            asks: NAMED,
        },
        Row {
            name: "and the mobile site's",
            entity: (
                "Lagos",
                Kind::Other,
                Origin::Glossary,
                &["https://en.m.wikipedia.org/wiki/Lagos"],
            ),
            asks: NAMED,
        },
        Row {
            name: "a Wikidata item: looked up by name, must match the item",
            entity: (
                "Lagos",
                Kind::Concept,
                Origin::Glossary,
                &["http://www.wikidata.org/entity/Q8673"],
            ),
            asks: NAMED,
        },
        Row {
            name: "a person the engine found is guessed by name",
            entity: ("Ada Lovelace", Kind::Person, Origin::Name, &[]),
            asks: guess("person"),
        },
        Row {
            name: "an organisation",
            entity: (
                "Lagos Port Authority",
                Kind::Organization,
                Origin::Name,
                &[],
            ),
            asks: guess("organization"),
        },
        Row {
            name: "a place",
            entity: ("Lagos", Kind::Place, Origin::Name, &[]),
            asks: guess("place"),
        },
        Row {
            name: "a glossary entity without sameAs is never guessed",
            entity: (
                "Ada Lovelace",
                Kind::Person,
                Origin::Glossary,
                &["https://example.org/ada"],
            ),
            asks: None,
        },
        Row {
            name: "an acronym is never guessed",
            entity: (
                "World Health Organization",
                Kind::Organization,
                Origin::Acronym,
                &[],
            ),
            asks: None,
        },
        Row {
            name: "nor a name of another kind",
            entity: ("Operation Dawn", Kind::Event, Origin::Name, &[]),
            asks: None,
        },
        Row {
            name: "a host that only looks like Wikipedia names nothing",
            entity: (
                "Lagos",
                Kind::Other,
                Origin::Glossary,
                &["https://en.wikipedia.org.example/wiki/Lagos"],
            ),
            asks: None,
        },
    ];

    #[test]
    fn which_cards_look_up_a_page() {
        for row in ROWS {
            let (name, kind, origin, links) = row.entity;
            let expected = row.asks.map(|guess| guess.map(str::to_owned));
            assert_eq!(
                asked(&entity(name, kind, origin, links)),
                expected,
                "{}",
                row.name
            );
        }
        let mut described = entity("Ada Lovelace", Kind::Person, Origin::Name, &[WIKI]);
        described.summary = Some("A mathematician.".into());
        assert_eq!(
            asked(&described),
            None,
            "an entity with a summary asks nothing"
        );
    }
}
