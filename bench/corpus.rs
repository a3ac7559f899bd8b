//! A synthetic news archive for `gloss glossary build`: articles in format v1, with
//! invented people, organisations (some with acronyms) and places, each defined in the
//! way news copy defines names (an appositive after the name, a defining sentence, a
//! role phrase, an acronym in brackets) in one or a few articles and mentioned bare in
//! many more. Deterministic for a seed; no network, no outside text: every word is from
//! the lists below.
//!
//! Used by `cargo run --release --example corpus -- N` (bench/corpus_main.rs), which
//! writes JSON Lines for the benchmark, and by tests/glossary_build/, which measures
//! how many defined entities get their definition.

#![allow(dead_code)]

/// One entity of the corpus and what is known of it.
#[derive(Debug, Clone)]
pub struct Truth {
    pub name: String,
    pub short: Option<String>,
    pub kind: &'static str,
    /// The definition as the corpus writes it (lower-case start).
    pub definition: String,
    /// How many articles define it.
    pub defined_in: usize,
    /// How many articles mention it.
    pub mentioned_in: usize,
}

const GIVEN: &[&str] = &[
    "Ana", "Carlos", "Peter", "Elena", "Hassan", "Fatima", "Daniel", "Claire", "Erik", "Hannah",
    "Boris", "Alice", "Arjun", "Emma", "Felix", "Diana", "George", "Amir",
];
const FAMILY: &[&str] = &[
    "Ruiz",
    "Okafor",
    "Lindqvist",
    "Moreau",
    "Haddad",
    "Novak",
    "Petrov",
    "Tanaka",
    "Brennan",
    "Castillo",
    "Varga",
    "Osei",
    "Halvorsen",
    "Rahman",
    "Delacroix",
    "Kowalczyk",
    "Mbeki",
    "Sorensen",
    "Abara",
    "Fontaine",
    "Ishikawa",
    "Quiroga",
    "Nyberg",
    "Adeyemi",
];
const PLACES: &[&str] = &[
    "Velmora",
    "Kestria",
    "Ostrelund",
    "Maravint",
    "Dunholt",
    "Sarvessa",
    "Brindlemoor",
    "Tallowick",
    "Quessant",
    "Ferravale",
    "Orlanza",
    "Hespera",
    "Caldmouth",
    "Ilvaren",
    "Rookhaven",
    "Sandrell",
    "Vintora",
    "Eastmarch",
    "Lorrimer",
    "Pellamy",
];
const ORG_FIRST: &[&str] = &[
    "Northern",
    "Coastal",
    "National",
    "Federal",
    "United",
    "Central",
    "Western",
    "Eastern",
    "Highland",
    "Riverside",
    "Southern",
    "Royal",
];
const ORG_TOPIC: &[&str] = &[
    "Grain",
    "Water",
    "Rail",
    "Fisheries",
    "Energy",
    "Housing",
    "Health",
    "Timber",
    "Port",
    "Weather",
    "Transport",
    "Mining",
    "Forestry",
    "Dairy",
];
const ORG_WORD: &[&str] = &[
    "Council",
    "Authority",
    "Agency",
    "Institute",
    "Commission",
    "Foundation",
    "Union",
    "Association",
    "Board",
    "Bank",
];
const PERSON_DEFINITIONS: &[&str] = &[
    "a hydrologist at the state university",
    "a former mayor of the harbour district",
    "the chief engineer of the regional water board",
    "a lawyer who represents fishing cooperatives",
    "an economist who studies grain markets",
    "the founder of a small charity for river towns",
    "a retired judge of the appeals court",
    "the head of the farmers' cooperative",
    "a veteran reporter on the energy beat",
    "a senior official at the transport ministry",
    "a geologist who maps the coastal cliffs",
    "the director of the city museum",
];
const PERSON_ROLES: &[&str] = &[
    "head of the regional water board",
    "director of the coastal survey",
    "chair of the harbour committee",
    "spokesperson for the transport ministry",
];
const ORG_DEFINITIONS: &[&str] = &[
    "a body that sets quotas for the fishing fleet",
    "an agency that inspects dams and reservoirs",
    "a public fund that lends to small farms",
    "a network of stations that record rainfall",
    "a regulator that licenses rail operators",
    "a charity that rebuilds homes after floods",
    "a research group that studies soil erosion",
    "an association of independent grain traders",
];
const PLACE_DEFINITIONS: &[&str] = &[
    "a port town on the northern coast",
    "a mining district in the eastern hills",
    "a river city known for its bridges",
    "a farming province on the central plain",
    "an island chain off the western shore",
];
const DAYS: &[&str] = &["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"];
const FILLER: &[&str] = &[
    "The plan would cost more than officials had first estimated, according to figures released this week.",
    "Residents in the lower valley have waited years for a decision on the new reservoir.",
    "Critics said the consultation had been rushed and that many questions remained open.",
    "Prices for feed and fuel rose again in the spring, squeezing margins across the region.",
    "A report published last month found that maintenance had been postponed on dozens of sites.",
    "The committee is expected to vote on the proposal before the end of the year.",
    "Several local councils have asked for more time to study the details.",
    "Traders reported thin volumes as buyers waited for clearer guidance.",
    "Engineers warned that the old embankments would not survive another severe winter.",
    "The debate has divided towns along the river for more than a decade.",
    "Officials declined to give a timetable but promised an update after the summer.",
    "Unions representing the workers have called for a meeting with management.",
];
const CLAUSES: &[&str] = &[
    "the budget for repairs would double",
    "talks with the neighbouring regions had stalled",
    "a new survey of the coast would begin in the autumn",
    "the rules for licences would be simplified",
    "the harvest was smaller than forecast",
    "the agreement would be signed within weeks",
];

/// A small deterministic generator (xorshift64*), so that a corpus is the same for a
/// seed on every machine.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1)
    }
    pub fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.0 = x;
        x.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    pub fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
    pub fn pick<'a>(&mut self, list: &'a [&'a str]) -> &'a str {
        list[self.below(list.len())]
    }
    pub fn chance(&mut self, percent: u64) -> bool {
        self.next() % 100 < percent
    }
}

struct Entity {
    truth: Truth,
    surname: Option<String>,
    /// Some entities are never defined anywhere (a reader's card shows a passage).
    never_defined: bool,
    role: Option<&'static str>,
}

/// The entity pool: about `size` entities of the three kinds.
fn pool(size: usize, rng: &mut Rng) -> Vec<Entity> {
    let mut entities: Vec<Entity> = Vec::new();
    let mut seen = std::collections::HashSet::new();
    let mut attempts = 0;
    while entities.len() < size && attempts < size * 20 {
        attempts += 1;
        let (name, short, kind, definition, surname) = match rng.below(10) {
            0..=4 => {
                let family = rng.pick(FAMILY);
                let name = format!("{} {}", rng.pick(GIVEN), family);
                (
                    name,
                    None,
                    "person",
                    rng.pick(PERSON_DEFINITIONS).to_owned(),
                    Some(family.to_owned()),
                )
            }
            5..=7 => {
                let name = format!(
                    "{} {} {}",
                    if rng.chance(50) {
                        rng.pick(ORG_FIRST)
                    } else {
                        rng.pick(PLACES)
                    },
                    rng.pick(ORG_TOPIC),
                    rng.pick(ORG_WORD)
                );
                let short = rng.chance(50).then(|| {
                    name.split(' ')
                        .map(|w| w.chars().next().unwrap_or('X'))
                        .collect::<String>()
                });
                (
                    name,
                    short,
                    "organization",
                    rng.pick(ORG_DEFINITIONS).to_owned(),
                    None,
                )
            }
            _ => {
                let name = format!(
                    "{}{}",
                    rng.pick(PLACES),
                    ["", "", " Bay", " Heights", "field", "ton"][rng.below(6)]
                );
                (
                    name,
                    None,
                    "place",
                    rng.pick(PLACE_DEFINITIONS).to_owned(),
                    None,
                )
            }
        };
        // One name, one entity; and one acronym, one entity.
        if !seen.insert(name.clone()) || short.as_ref().is_some_and(|s| !seen.insert(s.clone())) {
            continue;
        }
        let role = (kind == "person" && rng.chance(25)).then(|| rng.pick(PERSON_ROLES));
        let definition = role.map_or(definition, str::to_owned);
        entities.push(Entity {
            truth: Truth {
                name,
                short,
                kind,
                definition,
                defined_in: 0,
                mentioned_in: 0,
            },
            surname,
            never_defined: rng.chance(10),
            role,
        });
    }
    entities
}

fn capitalize(text: &str) -> String {
    let mut chars = text.chars();
    chars
        .next()
        .map(|c| c.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

fn json_string(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// The sentence that defines an entity, in one of the forms news copy uses.
fn defining(entity: &Entity, rng: &mut Rng) -> String {
    let t = &entity.truth;
    let day = rng.pick(DAYS);
    let clause = rng.pick(CLAUSES);
    let the = if t.kind == "organization" { "The " } else { "" };
    let bracket = t
        .short
        .as_ref()
        .map_or(String::new(), |s| format!(" ({s})"));
    // News defines a place where the story happens, mid-sentence.
    if t.kind == "place" {
        return format!(
            "Officials in {}, {}, said on {day} that {clause}.",
            t.name, t.definition
        );
    }
    match (rng.below(3), entity.role.is_some()) {
        (_, true) => format!(
            "{the}{}, {}, said on {day} that {clause}.",
            t.name, t.definition
        ),
        (0, _) => format!(
            "{the}{}{bracket} is {}. It was not the first time the question came up.",
            t.name, t.definition
        ),
        _ => format!(
            "{the}{}{bracket}, {}, said on {day} that {clause}.",
            t.name, t.definition
        ),
    }
}

/// A bare mention: the name, or a short form or surname where the entity has one.
fn bare(entity: &Entity, rng: &mut Rng, named_here: bool) -> String {
    let t = &entity.truth;
    let day = rng.pick(DAYS);
    let clause = rng.pick(CLAUSES);
    let name = match (&t.short, &entity.surname) {
        (Some(short), _) if named_here || rng.chance(30) => short.clone(),
        (_, Some(surname)) if named_here => surname.clone(),
        _ if t.kind == "organization" => format!("the {}", t.name),
        _ => t.name.clone(),
    };
    match rng.below(3) {
        0 if t.kind == "place" => format!("Officials in {name} said on {day} that {clause}."),
        0 => format!("{} said on {day} that {clause}.", capitalize(&name)),
        1 => format!("A statement from {name} added that {clause}."),
        _ => format!("{} has not commented on the proposal.", capitalize(&name)),
    }
}

/// Writes `count` articles as JSON Lines through `each`, and returns what is true of
/// every entity. About `bytes_per_article` bytes each.
pub fn generate(
    count: usize,
    seed: u64,
    bytes_per_article: usize,
    mut each: impl FnMut(&str),
) -> Vec<Truth> {
    let mut rng = Rng::new(seed);
    let size = (count / 4).clamp(50, 5000);
    let mut entities = pool(size, &mut rng);
    let mut defined = vec![false; entities.len()];
    let mut line = String::new();
    for article in 0..count {
        // A few entities per article, popular ones more often.
        let mut chosen: Vec<usize> = Vec::new();
        for _ in 0..6 {
            let a = rng.below(entities.len());
            let b = rng.below(entities.len());
            let at = a.min(b);
            if !chosen.contains(&at) {
                chosen.push(at);
            }
        }
        let mut paragraphs: Vec<String> = Vec::new();
        let mut length = 0;
        let mut first_sentences = Vec::new();
        for &at in &chosen {
            let entity = &entities[at];
            let define = !entity.never_defined && (!defined[at] || rng.chance(10));
            let sentence = if define {
                defined[at] = true;
                entities[at].truth.defined_in += 1;
                defining(&entities[at], &mut rng)
            } else {
                bare(&entities[at], &mut rng, false)
            };
            entities[at].truth.mentioned_in += 1;
            first_sentences.push(sentence);
        }
        for sentence in first_sentences {
            let mut paragraph = sentence;
            for _ in 0..2 {
                paragraph.push(' ');
                paragraph.push_str(rng.pick(FILLER));
            }
            length += paragraph.len();
            paragraphs.push(paragraph);
        }
        while length < bytes_per_article {
            let at = chosen[rng.below(chosen.len())];
            let mut paragraph = bare(&entities[at], &mut rng, true);
            for _ in 0..3 {
                paragraph.push(' ');
                paragraph.push_str(rng.pick(FILLER));
            }
            length += paragraph.len();
            paragraphs.push(paragraph);
        }
        let lead = &entities[chosen[0]].truth.name;
        let title = format!("{} weighs the plan for {}", lead, rng.pick(PLACES));
        let day = 1 + article % 28;
        let month = 1 + (article / 28) % 12;
        let year = 2000 + article / (28 * 12);
        line.clear();
        line.push_str("{\"id\":");
        line.push_str(&json_string(&format!("story-{article}")));
        line.push_str(",\"url\":");
        line.push_str(&json_string(&format!(
            "https://news.example/{year}/story-{article}"
        )));
        line.push_str(",\"title\":");
        line.push_str(&json_string(&title));
        line.push_str(&format!(
            ",\"published\":\"{year}-{month:02}-{day:02}\",\"body\":["
        ));
        for (index, paragraph) in paragraphs.iter().enumerate() {
            if index > 0 {
                line.push(',');
            }
            line.push_str(&json_string(paragraph));
        }
        line.push_str("]}");
        each(&line);
    }
    entities.into_iter().map(|e| e.truth).collect()
}
