//! Merging entities across the archive into clusters: the same entity is recognised
//! through its full names and long forms (strong keys), and through a short form or a
//! person's surname (weak keys) only where that is unambiguous. A cluster's name and kind
//! are settled by vote, its definition is the best ranked one, and its id is made
//! readable and unique when it becomes a site glossary entity.

use super::file::{Archive, SiteEntity, SourceArticle};
use super::find::{Definition, Findings, RANK_ARTICLE, RANK_EDITOR};
use gloss_engine::text::{self, fold, Case};
use gloss_model::Kind;
use serde_json::Map;
use std::collections::HashMap;

/// How a name identifies an entity.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum Key {
    /// A full name or long form: names it alone.
    Strong(String),
    /// A short form or a person's surname: names it only while no other entity shares it.
    Weak(String),
}

/// The key of one name of an entity of kind `kind`.
pub(super) fn key(name: &str, kind: Kind) -> Option<Key> {
    let tokens = text::tokenize(name);
    let words: Vec<&text::Token> = tokens.iter().filter(|t| t.is_word()).collect();
    let folded = fold(name.trim());
    if words.is_empty() || folded.is_empty() {
        return None;
    }
    if words.len() == 1 && words[0].case == Case::AllCaps {
        return Some(Key::Weak(folded));
    }
    if kind == Kind::Person && words.len() == 1 {
        return Some(Key::Weak(["~", &folded].concat()));
    }
    Some(Key::Strong(folded))
}

/// The surname key of a person's full name: `~` and the last word.
pub(super) fn surname_key(name: &str) -> Option<Key> {
    let tokens = text::tokenize(name);
    let words: Vec<&text::Token> = tokens.iter().filter(|t| t.is_word()).collect();
    if words.len() < 2 {
        return None;
    }
    Some(Key::Weak(["~", &fold(words.last()?.text(name))].concat()))
}

/// A weak key's owner.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Owner {
    One(usize),
    Shared,
}

/// An entity as the archive knows it so far.
#[derive(Default)]
pub(super) struct Cluster {
    /// Names with how many articles used each, in the order first seen; short forms
    /// are marked, so that a long form is preferred as the name.
    names: Vec<(String, u32, bool)>,
    /// Whether any name is a full name or long form.
    has_long_name: bool,
    kind_votes: [u32; 7],
    /// Every other name, folded for uniqueness.
    aliases: Vec<(String, String)>,
    definition: Option<(Definition, SourceArticle)>,
    /// From a glossary given with `--update`: its id, counts and other fields.
    existing: Option<SiteEntity>,
}

/// The longest alias list an entity keeps: enough for every spelling a newsroom uses.
pub(super) const MAX_ALIASES: usize = 16;
/// The most names an entity keeps votes for.
pub(super) const MAX_NAMES: usize = 8;

#[derive(Default)]
pub(super) struct Merger {
    clusters: Vec<Cluster>,
    /// Union-find parents: a merged cluster points to the one it joined.
    parent: Vec<usize>,
    strong: HashMap<String, usize>,
    weak: HashMap<String, Owner>,
}

impl Merger {
    fn root(&mut self, mut at: usize) -> usize {
        while self.parent[at] != at {
            self.parent[at] = self.parent[self.parent[at]];
            at = self.parent[at];
        }
        at
    }

    pub(super) fn live_clusters(&self) -> usize {
        self.parent
            .iter()
            .enumerate()
            .filter(|(i, p)| i == *p)
            .count()
    }

    fn new_cluster(&mut self) -> usize {
        self.clusters.push(Cluster::default());
        self.parent.push(self.clusters.len() - 1);
        self.clusters.len() - 1
    }

    /// Joins cluster `from` into `into` (both roots).
    fn union(&mut self, into: usize, from: usize) {
        if into == from {
            return;
        }
        let from_cluster = std::mem::take(&mut self.clusters[from]);
        self.parent[from] = into;
        let target = &mut self.clusters[into];
        for (name, votes, short) in from_cluster.names {
            target.add_name(&name, votes, short);
        }
        target.has_long_name |= from_cluster.has_long_name;
        for (vote, add) in target.kind_votes.iter_mut().zip(from_cluster.kind_votes) {
            *vote += add;
        }
        for (alias, _) in from_cluster.aliases {
            target.add_alias(&alias);
        }
        if let Some((definition, source)) = from_cluster.definition {
            target.offer_definition(definition, source);
        }
        if target.existing.is_none() {
            target.existing = from_cluster.existing;
        }
    }

    /// The cluster for an entity with these keys, creating or joining clusters as the
    /// keys say.
    fn cluster_for(&mut self, keys: &[Key], short_only: bool) -> usize {
        let mut roots: Vec<usize> = Vec::new();
        for key in keys {
            if let Key::Strong(key) = key {
                if let Some(&at) = self.strong.get(key) {
                    let root = self.root(at);
                    if !roots.contains(&root) {
                        roots.push(root);
                    }
                }
            }
        }
        if roots.is_empty() {
            // Through a weak key, only to one entity, and only when one side is known by
            // a short form or surname alone: "WWO" joins the World Weather Office, but
            // the World Wildlife Organisation does not.
            let mut candidates: Vec<usize> = Vec::new();
            for key in keys {
                if let Key::Weak(key) = key {
                    if let Some(&Owner::One(at)) = self.weak.get(key) {
                        let root = self.root(at);
                        if !candidates.contains(&root) {
                            candidates.push(root);
                        }
                    }
                }
            }
            // A one-word name of a person that is the full name of something else
            // ("Orlanza" the place) is that thing.
            for key in keys {
                if let Key::Weak(key) = key {
                    if let Some(&at) = key.strip_prefix('~').and_then(|k| self.strong.get(k)) {
                        let root = self.root(at);
                        if !candidates.contains(&root) {
                            candidates.push(root);
                        }
                    }
                }
            }
            if let [candidate] = candidates[..] {
                if short_only || !self.clusters[candidate].has_long_name {
                    roots.push(candidate);
                }
            }
        }
        roots.sort_unstable();
        let target = match roots.first() {
            Some(&first) => first,
            None => self.new_cluster(),
        };
        for &other in roots.iter().skip(1) {
            self.union(target, other);
        }
        for key in keys {
            match key {
                Key::Strong(key) => {
                    self.strong.entry(key.clone()).or_insert(target);
                }
                Key::Weak(key) => {
                    let owner = self.weak.get(key).copied();
                    let shared = match owner {
                        None => Owner::One(target),
                        Some(Owner::One(at)) if self.root(at) == target => Owner::One(target),
                        Some(_) => Owner::Shared,
                    };
                    self.weak.insert(key.clone(), shared);
                }
            }
        }
        target
    }

    pub(super) fn add_existing(&mut self, entity: SiteEntity) {
        let kind = Kind::parse(&entity.kind).unwrap_or_default();
        let names: Vec<String> = std::iter::once(entity.name.clone())
            .chain(entity.aliases.iter().cloned())
            .collect();
        let keys = keys_of(&names, kind, None);
        let short_only = keys.iter().all(|k| matches!(k, Key::Weak(_)));
        let at = self.cluster_for(&keys, short_only);
        let cluster = &mut self.clusters[at];
        cluster.add_name(&entity.name, 1, short_only);
        cluster.has_long_name |= !short_only;
        cluster.kind_votes[kind_index(kind)] += 1;
        for alias in &entity.aliases {
            cluster.add_alias(alias);
        }
        if let Some(summary) = &entity.summary {
            let source = entity.archive.as_ref().and_then(|a| a.source.clone());
            let rank = if source.is_some() {
                RANK_ARTICLE
            } else {
                RANK_EDITOR
            };
            let definition = Definition {
                summary: summary.clone(),
                rank,
                sentence: source.as_ref().and_then(|s| s.sentence.clone()),
            };
            cluster.offer_definition(definition, source.unwrap_or_default());
        }
        if cluster.existing.is_none() {
            cluster.existing = Some(entity);
        }
    }

    pub(super) fn add_article(&mut self, findings: Findings) {
        for found in findings.entities {
            let names: Vec<String> = std::iter::once(found.name.clone())
                .chain(found.aliases.iter().cloned())
                .collect();
            let keys = keys_of(&names, found.kind, found.short.as_deref());
            let short_only = keys.iter().all(|k| matches!(k, Key::Weak(_)));
            let at = self.cluster_for(&keys, short_only);
            let cluster = &mut self.clusters[at];
            let name_is_short = matches!(key(&found.name, found.kind), Some(Key::Weak(_)));
            cluster.add_name(&found.name, 1, name_is_short);
            cluster.has_long_name |= !name_is_short;
            cluster.kind_votes[kind_index(found.kind)] += 1;
            for alias in found.aliases.iter().chain(found.short.as_ref()) {
                cluster.add_alias(alias);
            }
            if let Some(definition) = found.definition {
                let source = SourceArticle {
                    title: findings.title.clone(),
                    url: findings.url.clone(),
                    published: findings.published.clone(),
                    sentence: definition.sentence.clone(),
                };
                cluster.offer_definition(definition, source);
            }
        }
    }

    /// The ids of the entities that came from an earlier glossary.
    pub(super) fn existing_ids(&self) -> std::collections::HashSet<String> {
        self.clusters
            .iter()
            .filter_map(|c| c.existing.as_ref().map(|e| e.id.clone()))
            .collect()
    }

    /// The glossary's entities, without counts, ids given.
    pub(super) fn finish(mut self) -> Vec<SiteEntity> {
        let roots: Vec<usize> = (0..self.clusters.len())
            .filter(|&i| self.parent[i] == i)
            .collect();
        let mut used: gloss_base::StringMap = gloss_base::StringMap::default();
        for &at in &roots {
            if let Some(existing) = &self.clusters[at].existing {
                used.insert(existing.id.clone(), 0);
            }
        }
        let mut entities = Vec::with_capacity(roots.len());
        for at in roots {
            let cluster = std::mem::take(&mut self.clusters[at]);
            entities.push(cluster.into_entity(&mut used));
        }
        entities
    }
}

/// The keys of an entity's names: each name's own, a person's surname, and the short
/// form's.
pub(super) fn keys_of(names: &[String], kind: Kind, short: Option<&str>) -> Vec<Key> {
    let mut keys: Vec<Key> = Vec::new();
    let mut push = |key: Option<Key>| {
        if let Some(key) = key {
            if !keys.contains(&key) {
                keys.push(key);
            }
        }
    };
    for name in names {
        push(key(name, kind));
        if kind == Kind::Person {
            push(surname_key(name));
        }
    }
    if let Some(short) = short {
        push(Some(Key::Weak(fold(short))));
    }
    keys
}

pub(super) fn kind_index(kind: Kind) -> usize {
    Kind::ALL.iter().position(|&k| k == kind).unwrap_or(6)
}

impl Cluster {
    fn add_name(&mut self, name: &str, votes: u32, short: bool) {
        if let Some(entry) = self.names.iter_mut().find(|(n, _, _)| n == name) {
            entry.1 += votes;
        } else if self.names.len() < MAX_NAMES {
            self.names.push((name.to_owned(), votes, short));
        }
    }

    fn add_alias(&mut self, alias: &str) {
        let folded = fold(alias);
        if self.aliases.len() < MAX_ALIASES && !self.aliases.iter().any(|(_, f)| *f == folded) {
            self.aliases.push((alias.to_owned(), folded));
        }
    }

    /// Keeps the better definition: a higher rank, or the first seen of equal rank.
    fn offer_definition(&mut self, definition: Definition, source: SourceArticle) {
        if self
            .definition
            .as_ref()
            .is_none_or(|(kept, _)| definition.rank > kept.rank)
        {
            self.definition = Some((definition, source));
        }
    }

    fn into_entity(self, used: &mut gloss_base::StringMap) -> SiteEntity {
        // The name most articles used, a long form before a short one, the first seen
        // on a tie.
        let mut best: Option<&(String, u32, bool)> = None;
        for entry in &self.names {
            let better =
                best.is_none_or(|b| (b.2 && !entry.2) || (b.2 == entry.2 && entry.1 > b.1));
            if better {
                best = Some(entry);
            }
        }
        let name = best.map_or_else(String::new, |b| b.0.clone());
        let mut kind_at = 6;
        for (index, &votes) in self.kind_votes.iter().enumerate() {
            if votes > self.kind_votes[kind_at]
                || (votes == self.kind_votes[kind_at] && votes > 0 && index < kind_at)
            {
                kind_at = index;
            }
        }
        let folded_name = fold(&name);
        let mut aliases: Vec<String> = self
            .aliases
            .into_iter()
            .filter(|(_, f)| *f != folded_name)
            .map(|(a, _)| a)
            .collect();
        for (other, _, _) in &self.names {
            if fold(other) != folded_name && !aliases.iter().any(|a| fold(a) == fold(other)) {
                aliases.push(other.clone());
            }
        }
        aliases.truncate(MAX_ALIASES);
        let (summary, source) = match self.definition {
            Some((definition, source))
                if definition.rank >= RANK_ARTICLE && !source.title.is_empty() =>
            {
                (Some(definition.summary), Some(source))
            }
            Some((definition, _)) => (Some(definition.summary), None),
            None => (None, None),
        };
        match self.existing {
            Some(mut existing) => {
                existing.name = name;
                existing.kind = Kind::ALL[kind_at].as_str().to_owned();
                existing.aliases = aliases;
                let archive = existing.archive.get_or_insert_with(Archive::default);
                if source.is_some() {
                    archive.source = source;
                }
                existing.summary = summary;
                existing
            }
            None => SiteEntity {
                id: new_id(&name, used),
                name,
                kind: Kind::ALL[kind_at].as_str().to_owned(),
                aliases,
                summary,
                archive: Some(Archive {
                    source,
                    ..Archive::default()
                }),
                extra: Map::new(),
            },
        }
    }
}

/// A readable id from a name ("Fox Hunt" → "fox-hunt"), unique among `used`.
pub(super) fn new_id(name: &str, used: &mut gloss_base::StringMap) -> String {
    let mut slug = String::new();
    for c in name.chars() {
        if c.is_alphanumeric() {
            slug.extend(c.to_lowercase());
        } else if !slug.is_empty() && !slug.ends_with('-') {
            slug.push('-');
        }
    }
    let base = match slug.trim_end_matches('-') {
        "" => "entity".to_owned(),
        slug => slug.to_owned(),
    };
    let mut id = base.clone();
    let mut n = 2;
    while used.insert(id.clone(), 0).is_some() {
        id = format!("{base}-{n}");
        n += 1;
    }
    id
}
