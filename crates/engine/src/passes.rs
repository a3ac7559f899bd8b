//! The engine's passes, one function each, in the order `annotate` runs them: acronym
//! definitions and the name finder's evidence, proper names, matching everything with
//! references to people, and what the article says of what no glossary describes.
//!
//! The article's tokens would be most of the engine's memory, and wasm memory never
//! shrinks, so they are not kept: each pass tokenizes a run into one reused buffer, which
//! stays in cache (DESIGN.md, "Passes and output").

#[cfg(feature = "finders")]
use crate::entities::{acronym_entity, name_words, reference_words};
use crate::entities::{glossary_entities, link_related};
use crate::finish::{finish, ByteSpan, Spans};
use crate::matcher::Matcher;
#[cfg(feature = "finders")]
use crate::matcher::TokenMatch;
#[cfg(feature = "finders")]
use crate::people;
use crate::text::tokenize_run;
#[cfg(feature = "finders")]
use crate::text::{fold, Token};
#[cfg(feature = "finders")]
use crate::EntityInfo;
#[cfg(feature = "finders")]
use crate::{acronyms, context, lexicon, names, Language, Origin, Source};
use crate::{Annotation, Options, Run};
use gloss_base::pause::{pause_point, Clock};
#[cfg(feature = "finders")]
use gloss_base::StringMap;
use gloss_model::{Entity, Kind};
#[cfg(feature = "finders")]
use std::ops::Range;

/// The engine: the passes in order, each a loop over the runs with a pause point before
/// every run, and the work on one run a function of its own. The name finder's passes
/// read a run's tokens in parts of `part` ([`crate::text::PART`]) with a pause point
/// before each, each part carrying on where the one before left off, so that one long
/// paragraph is many units of work and gives what one go over it gives. The loops stay in this one
/// `async` function, since each `async` function is a state machine of its own in the
/// wasm (one per pass measured larger: docs/measurements.md, "Async functions and state
/// machines"). The word lists shared across articles are a native parameter only.
///
/// Without the `finders` feature (the lean wasm builds) only the matching of pass 3 is
/// left. The other passes are gated by attribute, not `cfg!`: a dead branch's `await`
/// would keep their code in the wasm.
///
/// Long by design: one `async` function for all the passes' loops, as said above.
#[cfg_attr(not(feature = "finders"), allow(unused_mut, unused_variables))]
pub(super) async fn annotate_runs_with(
    runs: &[Run<'_>],
    glossary: &[Entity],
    options: &Options,
    clock: &dyn Clock,
    part: usize,
    #[cfg(not(target_arch = "wasm32"))] shared_lexicon: Option<&crate::lexicon::Lexicon>,
) -> Annotation {
    #[cfg(feature = "finders")]
    let merged = std::cell::OnceCell::new();
    #[cfg(all(feature = "finders", not(target_arch = "wasm32")))]
    let lexicon = || shared_lexicon.unwrap_or_else(|| merged.get_or_init(lexicon::Lexicon::new));
    #[cfg(all(feature = "finders", target_arch = "wasm32"))]
    let lexicon = || merged.get_or_init(lexicon::Lexicon::new);
    #[cfg(all(not(feature = "finders"), not(target_arch = "wasm32")))]
    let _ = shared_lexicon;
    let mut entities = glossary_entities(glossary);
    let mut matcher = Matcher::with_capacity(glossary.iter().map(|e| 1 + e.aliases.len()).sum());
    for (index, entity) in glossary.iter().enumerate() {
        pause_point(clock).await;
        // A complete glossary lists every form as written, plurals included.
        let plural = entity.kind == Kind::Concept && !entity.complete;
        for name in std::iter::once(&entity.name).chain(&entity.aliases) {
            matcher.add(name, index, plural);
        }
    }
    #[cfg(feature = "finders")]
    let mut texts = Vec::with_capacity(runs.len());
    #[cfg(feature = "finders")]
    for run in runs {
        texts.push(run.text);
    }
    let mut tokens = Vec::new();
    let mut matches = Vec::new();

    // Pass 1: acronym definitions the glossaries do not cover, and the evidence the name
    // finder needs from the whole article. Names are found only with a language's rules.
    #[cfg(feature = "finders")]
    let find_names = options.names && options.language != Language::Other;
    #[cfg(feature = "finders")]
    let mut evidence = names::Evidence::default();
    #[cfg(feature = "finders")]
    {
        evidence.french = options.language == Language::French;
    }
    #[cfg(feature = "finders")]
    if options.acronyms || find_names {
        let mut found = Definitions::default();
        for &run in &texts {
            let (mut read, mut title_case) = (0, false);
            loop {
                pause_point(clock).await;
                if read == 0 {
                    title_case = tokenize_run(run, &mut tokens);
                    found.matched = false;
                }
                let range = read..tokens.len().min(read + part);
                read = range.end;
                if find_names {
                    evidence.add_run(run, &mut tokens, title_case, range.clone());
                }
                if options.acronyms {
                    found.read(run, &tokens, title_case, &matcher, &mut matches, range);
                }
                if read == tokens.len() {
                    break;
                }
            }
        }
        found.add(&mut matcher, &mut entities, lexicon());
    }

    // Pass 2: proper names nothing else covers.
    #[cfg(feature = "finders")]
    if find_names {
        let mut finder = names::NameFinder::new(evidence, lexicon());
        finder.acronyms = options.acronyms;
        // The words of the glossaries' people: their bare surnames are references.
        for entity in glossary.iter().filter(|e| e.kind == Kind::Person) {
            for word in name_words(&entity.name) {
                finder.add_known_person_word(word);
            }
        }
        for &run in &texts {
            let (mut read, mut title_case) = (0, false);
            loop {
                pause_point(clock).await;
                if read == 0 {
                    title_case = tokenize_run(run, &mut tokens);
                    // Each a unit of its own over a long run: together they were the
                    // longest.
                    pause_point(clock).await;
                    matcher.find_into(run, &tokens, title_case, &mut matches);
                }
                let range = read..tokens.len().min(read + part);
                read = range.end;
                finder.read_part(run, &mut tokens, title_case, &matches, range);
                if read == tokens.len() {
                    break;
                }
            }
        }
        add_names(
            finder.finish(),
            glossary,
            &mut matcher,
            &mut entities,
            lexicon(),
        );
    }

    // Pass 3: everything found, matched leftmost-longest, with references to people.
    // The word lists only where the people finder is on: merging them is most of a
    // glossary-only article's fixed cost.
    #[cfg(feature = "finders")]
    let people = if options.people {
        people_of(&entities, options, lexicon())
    } else {
        Vec::new()
    };
    #[cfg(feature = "finders")]
    let mut references = people::References::new(&people);
    #[cfg(feature = "finders")]
    let mut undescribed: Vec<Option<&str>> = Vec::with_capacity(entities.len());
    #[cfg(feature = "finders")]
    for e in &entities {
        undescribed.push(
            (options.context && e.summary.is_none() && e.passage.is_none())
                .then_some(e.name.as_str()),
        );
    }
    #[cfg(feature = "finders")]
    let mut spots = Vec::new();
    let mut spans = Spans {
        spans: Vec::new(),
        run_ends: Vec::with_capacity(runs.len()),
    };
    for (index, run) in runs.iter().enumerate() {
        pause_point(clock).await;
        let title_case = tokenize_run(run.text, &mut tokens);
        // With the finders a long run's tokens, matches and references are three units
        // of work; without them the pass is glossary matching alone.
        #[cfg(feature = "finders")]
        pause_point(clock).await;
        matcher.find_into(run.text, &tokens, title_case, &mut matches);
        #[cfg(feature = "finders")]
        pause_point(clock).await;
        #[cfg(feature = "finders")]
        references.link(run.text, &tokens, &mut matches);
        // One plain loop: each filtered, mapped and extended iterator is code of its own.
        for m in &matches {
            #[cfg(feature = "finders")]
            if undescribed[m.entity].is_some() {
                spots.push(context::Spot {
                    run: index,
                    first: m.first,
                    last: m.last,
                    entity: m.entity,
                    headline: run.place == crate::RunPlace::Title,
                });
            }
            let (start, end) = (tokens[m.first].start as usize, tokens[m.last].end as usize);
            if !run.touches_link(start, end) {
                spans.spans.push(ByteSpan {
                    entity: m.entity,
                    start,
                    end,
                });
            }
        }
        spans.run_ends.push(spans.spans.len());
    }

    // Pass 4: what the article says of what no glossary describes, and what an acronym
    // stands for.
    #[cfg(feature = "finders")]
    if !spots.is_empty() {
        let described = context::describe_all(&texts, &spots, &undescribed, lexicon(), clock).await;
        for (entity, found) in entities.iter_mut().zip(described) {
            let Some(found) = found else { continue };
            entity.passage = found.passage;
            if let Some(summary) = found.summary {
                entity.passage = None;
                entity.summary = Some(summary);
                entity.source = Source::Article {
                    run: found.run,
                    sentence: found.sentence,
                };
            }
        }
    }
    #[cfg(feature = "finders")]
    if options.context {
        describe_acronyms(&mut entities);
    }

    let mut annotation = finish(runs, &spans, entities, clock).await;
    link_related(&mut annotation, glossary);
    annotation
}

/// Pass 1's findings: the acronym definitions to add, the short forms that link to a
/// glossary entry, and the short forms seen, so that each is defined once.
#[cfg(feature = "finders")]
#[derive(Default)]
struct Definitions {
    shorts: StringMap,
    definitions: Vec<acronyms::Definition>,
    /// Short forms defined by the name before their bracket ([`acronyms::Definition`]'s
    /// `spelled`), added only where nothing spells them.
    unspelled: Vec<acronyms::Definition>,
    aliases: Vec<(String, usize)>,
    /// Whether `matches` holds the current run's glossary matches: found only once a
    /// part has a definition, since most runs have none.
    matched: bool,
}

#[cfg(feature = "finders")]
impl Definitions {
    /// Reads the definitions whose brackets open in tokens `part` of a run.
    fn read(
        &mut self,
        run: &str,
        tokens: &[Token],
        title_case: bool,
        matcher: &Matcher,
        matches: &mut Vec<TokenMatch>,
        part: Range<usize>,
    ) {
        let found = acronyms::find_definitions(run, tokens, part);
        if found.is_empty() {
            return;
        }
        if !self.matched {
            matcher.find_into(run, tokens, title_case, matches);
            self.matched = true;
        }
        for definition in found {
            let claimed = matches.iter().find(|m| {
                let (start, end) = (tokens[m.first].start as usize, tokens[m.last].end as usize);
                start < definition.long_end && definition.long_start < end
            });
            // A short form its letters do not spell waits for the end, as the article may
            // spell it out later, unless a glossary names what is before its bracket.
            if !definition.spelled && claimed.is_none() {
                self.unspelled.push(definition);
                continue;
            }
            if self.shorts.insert(definition.short.clone(), 0).is_some() {
                continue;
            }
            match claimed {
                // "the North Atlantic Treaty Organization (NATO)" with the long form a
                // glossary name: the short form links to that entry.
                Some(m)
                    if tokens[m.first].start as usize == definition.long_start
                        && tokens[m.last].end as usize == definition.long_end =>
                {
                    self.aliases.push((definition.short, m.entity));
                }
                Some(_) => {}
                None => self.definitions.push(definition),
            }
        }
    }

    /// Adds what was found once every run is read, so that each definition is judged
    /// against the glossaries alone, wherever it stands.
    fn add(
        self,
        matcher: &mut Matcher,
        entities: &mut Vec<EntityInfo>,
        lexicon: &lexicon::Lexicon,
    ) {
        for (short, entity) in self.aliases {
            matcher.add(&short, entity, false);
        }
        let (mut definitions, mut shorts) = (self.definitions, self.shorts);
        for definition in self.unspelled {
            if fits_unspelled(&definition.long, lexicon)
                && shorts.insert(definition.short.clone(), 0).is_none()
            {
                definitions.push(definition);
            }
        }
        for definition in definitions {
            let index = entities.len();
            entities.push(acronym_entity(&definition, lexicon));
            matcher.add(&definition.short, index, false);
            matcher.add(&definition.long, index, true);
        }
    }
}

/// Whether a name before a bracket can be what a short form its letters do not spell
/// stands for: three words or more, or two with an organisation's word, and none that a
/// person's name or title holds. After a person's name ("Tom Lind (SDP)", "German
/// Chancellor Olaf Scholz (SPD)") a bracket holds a party or a post.
#[cfg(feature = "finders")]
fn fits_unspelled(long: &str, lexicon: &lexicon::Lexicon) -> bool {
    use lexicon::Classes;
    let mut words = 0;
    let mut organization = false;
    for word in long.split(' ') {
        let classes = lexicon.of(word);
        if classes.any(Classes::GIVEN_NAME | Classes::HONORIFIC | Classes::ROLE_NOUN) {
            return false;
        }
        organization |= classes.any(Classes::ORGANIZATION_WORD | Classes::ORGANIZATION_NOUN);
        words += 1;
    }
    words >= 3 || organization
}

/// Pass 2's names, as entities the matcher finds. An acronym the article never spells
/// out links to the glossary entry whose name's initials it is: "NATO" to "North Atlantic
/// Treaty Organization"; the initials are worked out only for an article that has one.
#[cfg(feature = "finders")]
fn add_names(
    found_names: Vec<names::FoundName>,
    glossary: &[Entity],
    matcher: &mut Matcher,
    entities: &mut Vec<EntityInfo>,
    lexicon: &lexicon::Lexicon,
) {
    let unexplained = |f: &names::FoundName| f.acronym && f.aliases.is_empty();
    let mut glossary_initials = Vec::new();
    if found_names.iter().any(unexplained) {
        for e in glossary {
            glossary_initials.push(names::initials(&name_words(&e.name), lexicon));
        }
    }
    for found in found_names {
        let folded = fold(&found.name);
        if let Some(entry) = glossary_initials
            .iter()
            .position(|i| unexplained(&found) && *i == folded)
        {
            matcher.add(&found.name, entry, false);
            continue;
        }
        let index = entities.len();
        let short = found.acronym.then(|| found.name.clone());
        matcher.add(&found.name, index, false);
        for alias in &found.aliases {
            matcher.add(alias, index, false);
        }
        entities.push(EntityInfo::found(
            found.name,
            found.kind,
            Origin::Name,
            short,
            found.aliases,
        ));
    }
}

/// The people whose one-word references pass 3 links: those with a name of two words or
/// more.
#[cfg(feature = "finders")]
fn people_of(
    entities: &[EntityInfo],
    options: &Options,
    lexicon: &lexicon::Lexicon,
) -> Vec<people::Person> {
    // A plain loop: a filtered, collected iterator is code of its own in the wasm.
    let mut persons = Vec::new();
    for (index, e) in entities.iter().enumerate() {
        if !(options.people && e.kind == Kind::Person) {
            continue;
        }
        let words = reference_words(&e.name, lexicon);
        if !words.is_empty() {
            persons.push(people::Person {
                entity: index,
                words,
            });
        }
    }
    persons
}

/// What an acronym still without a summary says: what it stands for, or, for one the
/// article never spells out, that it is an abbreviation, above the passage its card
/// quotes (the sentence with the name marked, as any name's card quotes it).
#[cfg(feature = "finders")]
fn describe_acronyms(entities: &mut [EntityInfo]) {
    for entity in entities.iter_mut().filter(|e| e.summary.is_none()) {
        let Some(short) = &entity.short else {
            continue;
        };
        let long = entity.aliases.last().unwrap_or(&entity.name);
        if long != short {
            entity.summary = Some([short, " stands for ", long, "."].concat());
            entity.passage = None;
        } else if entity.passage.is_some() {
            entity.summary = Some("An abbreviation the article does not spell out.".into());
        } else {
            continue;
        }
        entity.source = Source::Acronym;
    }
}
