//! A small thesaurus of news vocabulary, from the language files: words
//! that name the same thing in any language (`Invasion`/`Einmarsch`,
//! `Kosmodrom`/`Weltraumbahnhof`, `Russland`/`russisch`/`Russia`) share one
//! key, so that two reports that word a fact differently still pair up.

use std::collections::HashMap;
use std::sync::LazyLock;

use crate::lang::Lang;
use crate::text::words::key;

/// Each word's key to the key of its concept: `~` and the key of the
/// concept's name. The concepts are taken in the order the languages first
/// name them, and a word of two concepts stays with the first.
static CONCEPTS: LazyLock<HashMap<String, String>> = LazyLock::new(|| {
    let mut names: Vec<&str> = Vec::new();
    for lang in Lang::ALL {
        for (name, _) in lang.words().keys.concepts {
            if !names.contains(name) {
                names.push(name);
            }
        }
    }
    let mut map = HashMap::new();
    for name in names {
        let head = format!("~{}", key(name));
        let words = Lang::ALL.iter().flat_map(|l| l.words().keys.concepts.iter().filter(|(n, _)| *n == name));
        for word in words.flat_map(|(_, ws)| ws.iter()) {
            map.entry(key(word)).or_insert_with(|| head.clone());
        }
    }
    map
});

/// The shared key of the concept a word key belongs to, or the key itself.
pub fn concept(k: &str) -> String {
    CONCEPTS.get(k).cloned().unwrap_or_else(|| k.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn synonyms_share_a_key_across_languages() {
        assert_eq!(concept(&key("Einmarsch")), concept(&key("Invasion")));
        assert_eq!(concept(&key("Kosmodrom")), concept(&key("Weltraumbahnhof")));
        assert_eq!(concept(&key("russischen")), concept(&key("Russia")));
        assert_ne!(concept(&key("China")), concept(&key("Nordkorea")));
        assert_eq!(concept(&key("Stadion")), key("Stadion"));
    }
}
