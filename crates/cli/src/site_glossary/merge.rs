//! Merging entities across the archive into clusters. While the articles come in, the
//! same entity is recognised through its full names and long forms (strong keys): "Ana
//! Ruiz" in two articles is one cluster. A name that is only a short form, an acronym or
//! a one-word name that may be a surname (weak keys: "HA", "Ruiz") gathers a cluster of
//! its own, and only once every article is in does it join the one entity that owns
//! that key: the acronym's long form, the person's full name. So the result does not
//! depend on which article came first, and a key that two entities own ("Ruiz", when
//! there are Ana and Carlos Ruiz) joins neither. A cluster's name and kind are settled by
//! vote, its definition is the best ranked one, and its id is made readable and unique
//! when it becomes a site glossary entity.

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
    /// A short form, or a one-word name that may be a person's surname (`~` and the
    /// word): names it only when one entity owns it.
    Weak(String),
}

/// The key of one name of an entity of kind `kind`. A one-word name is weak when it is
/// in capitals (an acronym) or when the engine took it for a person or could not tell
/// what it is: a surname alone is often found without a cue to its kind.
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
    if words.len() == 1 && matches!(kind, Kind::Person | Kind::Other) {
        return Some(Key::Weak(["~", &folded].concat()));
    }
    Some(Key::Strong(folded))
}

/// The surname key of a person's full name: `~` and the last word.
pub(super) fn surname_key(name: &str) -> Option<String> {
    let tokens = text::tokenize(name);
    let words: Vec<&text::Token> = tokens.iter().filter(|t| t.is_word()).collect();
    if words.len() < 2 {
        return None;
    }
    Some(["~", &fold(words.last()?.text(name))].concat())
}

/// A weak key's owner among the entities with a full name.
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
    /// The weak keys of a cluster known by no full name or long form, which it joins an
    /// entity through at the end; empty for a cluster with a full name.
    weak: Vec<String>,
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
    /// Full names and long forms: each names one cluster.
    strong: HashMap<String, usize>,
    /// Weak keys, each naming the one cluster of names known by that key alone.
    weak: HashMap<String, usize>,
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
        if !target.weak.is_empty() {
            for key in from_cluster.weak {
                if !target.weak.contains(&key) {
                    target.weak.push(key);
                }
            }
        }
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

    /// The cluster for an entity with these keys: the clusters of its strong keys joined,
    /// or, for an entity known by weak keys alone, those of its weak keys; a new one if
    /// none.
    fn cluster_for(&mut self, keys: &[Key]) -> usize {
        let bare = keys.iter().all(|k| matches!(k, Key::Weak(_)));
        let mut roots: Vec<usize> = Vec::new();
        for key in keys {
            let at = match key {
                Key::Strong(key) => self.strong.get(key),
                Key::Weak(key) if bare => self.weak.get(key),
                Key::Weak(_) => None,
            };
            if let Some(&at) = at {
                let root = self.root(at);
                if !roots.contains(&root) {
                    roots.push(root);
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
                Key::Weak(key) if bare => {
                    self.weak.entry(key.clone()).or_insert(target);
                    if !self.clusters[target].weak.contains(key) {
                        self.clusters[target].weak.push(key.clone());
                    }
                }
                Key::Weak(_) => {}
            }
        }
        target
    }

    pub(super) fn add_existing(&mut self, entity: SiteEntity) {
        let kind = Kind::parse(&entity.kind).unwrap_or_default();
        let names: Vec<String> = std::iter::once(entity.name.clone())
            .chain(entity.aliases.iter().cloned())
            .collect();
        let at = self.cluster_for(&keys_of(&names, kind));
        let cluster = &mut self.clusters[at];
        let name_is_short = matches!(key(&entity.name, kind), Some(Key::Weak(_)));
        cluster.add_name(&entity.name, 1, name_is_short);
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
            let at = self.cluster_for(&keys_of(&names, found.kind));
            let cluster = &mut self.clusters[at];
            let name_is_short = matches!(key(&found.name, found.kind), Some(Key::Weak(_)));
            cluster.add_name(&found.name, 1, name_is_short);
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

    /// Joins each cluster known only by weak keys to the one entity with a full name
    /// that owns them: the long form whose acronym it is, the person whose surname it is,
    /// or, for a one-word name, the thing of that one-word name ("Orlanza" the place).
    /// A key two such entities own joins neither.
    fn join_weak(&mut self) {
        let roots: Vec<usize> = (0..self.clusters.len())
            .filter(|&i| self.parent[i] == i)
            .collect();
        let mut owners: HashMap<String, Owner> = HashMap::new();
        for &at in roots
            .iter()
            .filter(|&&at| self.clusters[at].weak.is_empty())
        {
            for key in self.clusters[at].weak_keys() {
                let owner = match owners.get(&key) {
                    Some(Owner::One(other)) if *other != at => Owner::Shared,
                    Some(Owner::Shared) => Owner::Shared,
                    _ => Owner::One(at),
                };
                owners.insert(key, owner);
            }
        }
        for at in roots {
            let keys = std::mem::take(&mut self.clusters[at].weak);
            if keys.is_empty() {
                continue;
            }
            let mut candidates: Vec<Option<usize>> = keys
                .iter()
                .filter_map(|key| match owners.get(key) {
                    Some(Owner::One(owner)) => Some(Some(*owner)),
                    Some(Owner::Shared) => Some(None),
                    None => None,
                })
                .collect();
            if candidates.is_empty() {
                candidates = keys
                    .iter()
                    .filter_map(|key| self.strong.get(key.strip_prefix('~')?))
                    .map(|&at| Some(at))
                    .collect();
            }
            candidates.sort_unstable();
            candidates.dedup();
            if let [Some(owner)] = candidates[..] {
                let owner = self.root(owner);
                self.union(owner, at);
            } else {
                self.clusters[at].weak = keys;
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
        self.join_weak();
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

/// The keys of an entity's names.
pub(super) fn keys_of(names: &[String], kind: Kind) -> Vec<Key> {
    let mut keys: Vec<Key> = Vec::new();
    for key in names.iter().filter_map(|name| key(name, kind)) {
        if !keys.contains(&key) {
            keys.push(key);
        }
    }
    keys
}

pub(super) fn kind_index(kind: Kind) -> usize {
    Kind::ALL.iter().position(|&k| k == kind).unwrap_or(6)
}

impl Cluster {
    /// The kind most articles gave. "Other" is what the engine says when it cannot
    /// tell, so it wins only when no article said anything else.
    fn voted_kind(&self) -> Kind {
        let votes = &self.kind_votes;
        let best = (0..6).fold(6, |best, at| {
            if votes[at] > 0 && (best == 6 || votes[at] > votes[best]) {
                at
            } else {
                best
            }
        });
        Kind::ALL[best]
    }

    /// The weak keys an entity with a full name owns: its short forms and one-word
    /// names, and a person's surname.
    fn weak_keys(&self) -> Vec<String> {
        let kind = self.voted_kind();
        let names = self.names.iter().map(|n| &n.0);
        let mut keys: Vec<String> = Vec::new();
        for name in names.chain(self.aliases.iter().map(|a| &a.0)) {
            let weak = match key(name, kind) {
                Some(Key::Weak(key)) => Some(key),
                _ if kind == Kind::Person => surname_key(name),
                _ => None,
            };
            if let Some(key) = weak.filter(|k| !keys.contains(k)) {
                keys.push(key);
            }
        }
        keys
    }

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
        let kind = self.voted_kind().as_str().to_owned();
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
                existing.kind = kind;
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
                kind,
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
