//! A small thesaurus of news vocabulary: words that name the same thing in
//! German or English (`Invasion`/`Einmarsch`, `Kosmodrom`/`Weltraumbahnhof`,
//! `Russland`/`russisch`/`Russia`) share one key, so that two reports that
//! word a fact differently still pair up.

use std::collections::HashMap;
use std::sync::LazyLock;

use crate::text::words::key;

const GROUPS: &[&[&str]] = &[
    &["Invasion", "Einmarsch", "Überfall", "Angriffskrieg", "Angriffskriegs", "invasion", "incursion"],
    &[
        "Treffen",
        "Gipfel",
        "Gipfeltreffen",
        "Begegnung",
        "Zusammentreffen",
        "Besuch",
        "Staatsbesuch",
        "meeting",
        "summit",
        "talks",
        "visit",
    ],
    &["Rakete", "Raketen", "Flugkörper", "missile", "missiles", "rocket", "rockets"],
    &["Weltraumbahnhof", "Kosmodrom", "Raumfahrtzentrum", "Raumbahnhof", "Weltraumzentrum", "spaceport", "cosmodrome"],
    &["Hand", "Hände", "Händedruck", "Handschlag", "hand", "hands", "handshake"],
    &["Grenze", "border", "frontier"],
    &["geflogen", "flogen", "fliegen", "flog", "Flug", "flew", "flown", "flight", "fly"],
    &["Start", "Abschuss", "abgeschossen", "abgefeuert", "feuerte", "gestartet", "launch", "launched", "fired"],
    &["Waffen", "Rüstungsgüter", "Kriegsgerät", "weapons", "arms"],
    &["Munition", "Artilleriemunition", "ammunition", "shells"],
    &["Russland", "russisch", "russische", "russischen", "Russia", "Russian"],
    &["Nordkorea", "nordkoreanisch", "nordkoreanische", "nordkoreanischen", "Pyongyang", "Pjöngjang"],
    &["Südkorea", "südkoreanisch", "südkoreanische", "südkoreanischen"],
    &["China", "chinesisch", "chinesische", "chinesischen", "Chinese"],
    &["Ukraine", "ukrainisch", "ukrainische", "ukrainischen", "Ukrainian"],
    &["Japan", "japanisch", "japanische", "japanischen", "Japanese"],
    &["USA", "amerikanisch", "amerikanische", "amerikanischen", "US", "American"],
    &["Deutschland", "deutsch", "deutsche", "deutschen", "Germany", "German"],
    &["Tote", "Toten", "getötet", "starben", "gestorben", "ums", "dead", "killed", "died", "deaths", "fatalities"],
    &["Verletzte", "Verletzten", "verletzt", "injured", "wounded", "injuries"],
    &["Menschen", "Personen", "Leute", "people", "persons"],
    &["Einwohner", "Bewohner", "residents", "inhabitants"],
    &["Gäste", "Besucher", "Zuschauer", "visitors", "spectators", "guests"],
    &["Kilometer", "Kilometern", "km", "kilometres", "kilometers"],
    &["kosten", "Kosten", "gekostet", "veranschlagt", "Preis", "cost", "costs", "priced"],
    &["lang", "lange", "langen", "Länge", "long", "length"],
    &["breit", "breite", "Breite", "wide", "width"],
    &["hoch", "hohe", "Höhe", "high", "height", "tall"],
    &["Wasser", "water"],
    &["Brücke", "bridge"],
    &["Feuer", "Brand", "fire", "blaze"],
    &["Erdbeben", "Beben", "earthquake", "quake"],
    &["Stärke", "Magnitude", "magnitude"],
    &["Feuerwehr", "Feuerwehrleute", "firefighters"],
    &["Polizei", "police"],
    &["catches", "catch", "receptions", "reception", "Fänge"],
    &["Regierung", "government"],
    &["Präsident", "president"],
    &["Sprecher", "spokesman", "spokeswoman", "spokesperson"],
];

static CONCEPTS: LazyLock<HashMap<String, String>> = LazyLock::new(|| {
    let mut map = HashMap::new();
    for group in GROUPS {
        let head = format!("~{}", key(group[0]));
        for word in group.iter() {
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
