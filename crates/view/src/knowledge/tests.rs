//! Which cards ask the knowledge source, and which kind a page's description reads like.

use super::*;
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
fn descriptions_that_read_like_one_kind() {
    use Kind::{Organization, Person, Place};
    let rows = [
        ("a role", "English mathematician and writer", Some(Person)),
        ("a title alone", "Former president", Some(Person)),
        (
            "an organisation",
            "International court in The Hague",
            Some(Organization),
        ),
        (
            "a place",
            "Capital and largest city of the country",
            Some(Place),
        ),
        ("a river", "River in West Africa", Some(Place)),
        ("a country", "Country in East Asia", Some(Place)),
        (
            "a hyphenated word is one word",
            "State-owned company",
            Some(Organization),
        ),
        ("cues of two kinds", "Mayor of the city of Lyon", None),
        (
            "a title and a place",
            "President of the republic since 2019",
            None,
        ),
        ("no cue at all", "Something else entirely", None),
        ("an empty description", "", None),
        (
            "other languages read as nothing",
            "homme politique fran\u{e7}ais",
            None,
        ),
    ];
    for (name, description, expected) in rows {
        assert_eq!(described_as(description), expected, "{name}");
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
        asks: guess("Person"),
    },
    Row {
        name: "an organisation",
        entity: (
            "Lagos Port Authority",
            Kind::Organization,
            Origin::Name,
            &[],
        ),
        asks: guess("Organization"),
    },
    Row {
        name: "a place",
        entity: ("Lagos", Kind::Place, Origin::Name, &[]),
        asks: guess("Place"),
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
        name: "a defined acronym with no summary, like any name",
        entity: (
            "World Health Organization",
            Kind::Organization,
            Origin::Acronym,
            &[],
        ),
        asks: guess("Organization"),
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

/// A name the engine found, named `mentions` times; an abbreviation used alone has
/// itself as its short form, the one line that says the article never spells it out, and
/// the sentence that uses it.
fn found(name: &str, kind: Kind, origin: Origin, mentions: usize, alone: bool) -> EntityInfo {
    let mut info = entity(name, kind, origin, &[]);
    info.mentions = vec![(0, 0); mentions];
    if alone {
        info.short = Some(name.into());
        info.summary = Some("An abbreviation the article does not spell out.".into());
        info.source = Source::Acronym;
        info.passage = Some(gloss_engine::Passage {
            run: 0,
            start: 0,
            end: name.len(),
            text: name.into(),
            mark_start: 0,
            mark_end: name.len(),
            cut_before: false,
            cut_after: false,
        });
    }
    info
}

/// A row of names the engine found: the entity (as [`found`] makes it), and what its
/// slot guesses: the kinds the answer may read like, `None` for no slot.
struct Found {
    row: &'static str,
    name: &'static str,
    kind: Kind,
    origin: Origin,
    mentions: usize,
    alone: bool,
    asks: Option<&'static str>,
}

/// What a name of no kind guesses: any one kind.
const ANY_KIND: &str = "Person Organization Place";

/// A found name of no kind, named once, not an abbreviation, guessed as any kind.
const ANY: Found = Found {
    row: "",
    name: "",
    kind: Kind::Other,
    origin: Origin::Name,
    mentions: 1,
    alone: false,
    asks: Some(ANY_KIND),
};

const FOUND: &[Found] = &[
    Found {
        row: "no kind, two words",
        name: "Harbour Trust",
        ..ANY
    },
    Found {
        row: "no kind, one word named twice",
        name: "Corvanta",
        mentions: 2,
        ..ANY
    },
    Found {
        row: "a place on the engine's list",
        name: "Lagos",
        mentions: 2,
        ..ANY
    },
    Found {
        row: "one word its cues typed",
        name: "Halden",
        kind: Kind::Place,
        asks: Some("Place"),
        ..ANY
    },
    Found {
        row: "a person of one word",
        name: "Orvalho",
        kind: Kind::Person,
        asks: Some("Person"),
        ..ANY
    },
    Found {
        row: "an abbreviation used alone",
        name: "IPAC",
        alone: true,
        ..ANY
    },
    Found {
        row: "and one its cues typed",
        name: "KFA",
        kind: Kind::Organization,
        alone: true,
        asks: Some("Organization"),
        ..ANY
    },
    Found {
        row: "a defined acronym of no kind",
        name: "Harbour Trust",
        origin: Origin::Acronym,
        ..ANY
    },
    Found {
        row: "no kind, one word named once",
        name: "Corvanta",
        asks: None,
        ..ANY
    },
    Found {
        row: "a common word named once",
        name: "Record",
        asks: None,
        ..ANY
    },
    Found {
        row: "a lone institution, however often",
        name: "Union",
        mentions: 3,
        asks: None,
        ..ANY
    },
    Found {
        row: "nor one typed",
        name: "Court",
        kind: Kind::Organization,
        mentions: 2,
        asks: None,
        ..ANY
    },
    Found {
        row: "nor a legislature",
        name: "Senate",
        kind: Kind::Organization,
        asks: None,
        ..ANY
    },
    Found {
        row: "nor a title",
        name: "President",
        kind: Kind::Person,
        mentions: 2,
        asks: None,
        ..ANY
    },
    Found {
        row: "nor a month",
        name: "May",
        mentions: 2,
        asks: None,
        ..ANY
    },
    Found {
        row: "an event is never guessed",
        name: "Operation Lantern",
        kind: Kind::Event,
        asks: None,
        ..ANY
    },
    Found {
        row: "nor a work",
        name: "Quiet Harbour",
        kind: Kind::Work,
        asks: None,
        ..ANY
    },
    Found {
        row: "nor a term",
        name: "Tidal Levy",
        kind: Kind::Concept,
        origin: Origin::Acronym,
        asks: None,
        ..ANY
    },
    Found {
        row: "nor an abbreviation a glossary gives",
        name: "IPAC",
        origin: Origin::Glossary,
        alone: true,
        asks: None,
        ..ANY
    },
];

#[test]
fn which_found_names_the_engine_is_sure_enough_of_to_guess() {
    for r in FOUND {
        let info = found(r.name, r.kind, r.origin, r.mentions, r.alone);
        let expected = r.asks.map(|kind| Some(kind.to_owned()));
        assert_eq!(asked(&info), expected, "{}", r.row);
    }
    let mut defined = found("IPAC", Kind::Other, Origin::Name, 1, true);
    defined.summary = Some("IPAC, an alliance of lawmakers.".into());
    defined.source = Source::Article {
        run: 0,
        sentence: String::new(),
    };
    assert_eq!(asked(&defined), None, "an abbreviation the article defines");
}
