//! Precision traps: invented short reports of one event, each asserting the
//! verdict an editor would give (DESIGN.md, *Precision*).

mod common;

use common::{factdiff, json};
use serde_json::Value;

/// Checks `reports` (file name, text) and returns the JSON report.
fn check(reports: &[(&str, &str)]) -> Value {
    let dir = tempfile::tempdir().unwrap();
    let mut args = vec!["check", "--no-config", "--format", "json"];
    for (name, text) in reports {
        std::fs::write(dir.path().join(name), text).unwrap();
    }
    args.extend(reports.iter().map(|(n, _)| *n));
    json(&factdiff(dir.path(), &args))
}

/// The verdicts of the findings that hold a mention with each of `texts`.
fn verdicts_with(r: &Value, texts: &[&str]) -> Vec<String> {
    r["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| {
            texts
                .iter()
                .all(|t| f["mentions"].as_array().unwrap().iter().any(|m| m["text"].as_str().unwrap().contains(t)))
        })
        .map(|f| f["verdict"].as_str().unwrap().to_string())
        .collect()
}

/// Checks `reports` and asserts that no finding with `text` is an agreement.
fn never_agree(reports: &[(&str, &str)], text: &str) {
    let r = check(reports);
    assert!(verdicts_with(&r, &[text]).iter().all(|v| v != "agree"), "{text}: {r:#}");
}

fn conflicts(r: &Value) -> u64 {
    r["summary"]["conflict"].as_u64().unwrap()
}

#[test]
fn a_part_is_not_the_total() {
    let r = check(&[
        ("a.txt", "Bei dem Busunglück gab es insgesamt 30 Verletzte, darunter 4 Kinder.\n"),
        ("b.txt", "Bei dem Busunglück wurden 30 Menschen verletzt, unter ihnen 6 Kinder.\n"),
    ]);
    assert!(verdicts_with(&r, &["4 Kinder", "30"]).is_empty(), "a part never pairs with the total: {r:#}");
    assert!(verdicts_with(&r, &["6 Kinder", "30"]).is_empty(), "a part never pairs with the total: {r:#}");
}

#[test]
fn the_remaining_missing_are_not_all_missing() {
    let r = check(&[
        ("a.txt", "After the flood 40 people were missing. Rescuers found most of them.\n"),
        ("b.txt", "Officials said 12 people were still missing on the second day of the flood.\n"),
    ]);
    assert_eq!(conflicts(&r), 0, "{r:#}");
}

#[test]
fn people_aboard_are_not_people_rescued() {
    let r = check(&[
        ("a.txt", "The ferry had 120 passengers aboard when it sank near the harbour.\n"),
        ("b.txt", "Coast guards rescued 95 passengers after the ferry sank near the harbour.\n"),
    ]);
    assert_eq!(conflicts(&r), 0, "{r:#}");
}

#[test]
fn two_players_stats_are_two_facts() {
    let text_a = "Tomlin rushed for 140 yards in the win. Baxter rushed for 60 yards.\n";
    let text_b = "Baxter rushed for 60 yards and the defence held. Tomlin added 140 yards.\n";
    let r = check(&[("a.txt", text_a), ("b.txt", text_b)]);
    assert_eq!(conflicts(&r), 0, "{r:#}");
}

#[test]
fn one_article_with_two_percentages_does_not_conflict_with_itself() {
    let r = check(&[(
        "a.txt",
        "Only 0.3 percent of users were affected by the flaw. The browser holds a market share of 64 percent.\n",
    )]);
    assert_eq!(conflicts(&r), 0, "{r:#}");
}

#[test]
fn an_earlier_events_figure_is_another_fact() {
    let r = check(&[
        ("a.txt", "The quake killed 3 people on Sunday.\n"),
        ("b.txt", "A similar quake killed 1,200 people in 2004, the agency recalled.\n"),
    ]);
    assert_eq!(conflicts(&r), 0, "{r:#}");
}

#[test]
fn a_changed_death_toll_across_sources_conflicts() {
    let r = check(&[
        ("a.txt", "The fire in the warehouse killed 7 workers, the police said.\n"),
        ("b.txt", "Police said 9 workers were killed in the warehouse fire.\n"),
    ]);
    assert_eq!(verdicts_with(&r, &["7 workers", "9 workers"]), vec!["conflict"], "{r:#}");
}

#[test]
fn joint_speakers_and_pronouns_never_make_a_quote_conflict() {
    let r = check(&[
        ("a.txt", "\"We will rebuild the school within a year,\" said He.\n"),
        ("b.txt", "\"We will rebuild the school within a year,\" said Anna Berg.\n"),
    ]);
    assert_eq!(conflicts(&r), 0, "{r:#}");
}

#[test]
fn unresolved_weekdays_neither_agree_nor_conflict() {
    let r = check(&[
        ("a.txt", "The mayor signed the order on Tuesday.\n"),
        ("b.txt", "The mayor signed the order on Wednesday.\n"),
    ]);
    assert!(verdicts_with(&r, &["Tuesday", "Wednesday"]).is_empty(), "{r:#}");
    assert_eq!(conflicts(&r), 0);
}

#[test]
fn open_bounds_stay_open() {
    let r = check(&[
        ("a.txt", "Die Sperrung der Brücke dauerte mehr als eine Stunde, teilte die Polizei mit.\n"),
        ("b.txt", "Die Sperrung der Brücke dauerte drei Stunden, teilte die Polizei mit.\n"),
    ]);
    assert_eq!(conflicts(&r), 0, "more than an hour is also three hours: {r:#}");
}

#[test]
fn a_figure_in_two_units_is_one_claim_and_conversions_round() {
    let r = check(&[
        ("a.txt", "The quake struck at a depth of 10 kilometres (6.2 miles), the survey said.\n"),
        ("b.txt", "The quake struck at a depth of six miles, the survey said.\n"),
    ]);
    assert_eq!(conflicts(&r), 0, "{r:#}");
    let a_claims = r["findings"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|f| f["mentions"].as_array().unwrap())
        .filter(|m| m["source"] == "a")
        .count();
    assert_eq!(a_claims, 1, "the parenthesised conversion is the same claim: {r:#}");
}

#[test]
fn this_operation_is_not_all_operations() {
    let r = check(&[
        ("a.txt", "Police seized 40 kilograms of cocaine in the raid on Monday.\n"),
        ("b.txt", "In all, police have seized 300 kilograms of cocaine in five raids this year.\n"),
    ]);
    assert_eq!(conflicts(&r), 0, "{r:#}");
}

#[test]
fn two_figures_in_one_sentence_have_their_own_ids() {
    let text = "Die Raketen flogen 650 Kilometer und dann 900 Kilometer weit.\n";
    let r = check(&[("a.txt", text), ("b.txt", text)]);
    let mut ids: Vec<&str> = r["findings"].as_array().unwrap().iter().map(|f| f["id"].as_str().unwrap()).collect();
    let n = ids.len();
    ids.sort_unstable();
    ids.dedup();
    assert_eq!(ids.len(), n, "{r:#}");
}

#[test]
fn the_order_of_the_sources_changes_nothing() {
    let a = ("a.txt", "The storm killed 12 people and left 300 homeless on Friday, officials said.\n");
    let b = ("b.txt", "Officials said 14 people were killed by the storm and 300 were left homeless.\n");
    let c = ("c.txt", "The storm killed at least 12 people, the governor said.\n");
    let one = check(&[a, b, c]);
    let dir = tempfile::tempdir().unwrap();
    for (n, t) in [a, b, c] {
        std::fs::write(dir.path().join(n), t).unwrap();
    }
    let other = json(&factdiff(dir.path(), &["check", "--no-config", "--format", "json", "c.txt", "a.txt", "b.txt"]));
    assert_eq!(one["findings"], other["findings"]);
}

#[test]
fn an_age_is_not_a_duration() {
    let r = check(&[
        ("a.txt", "The 40-year-old boxer kept his title on Saturday.\n"),
        ("b.txt", "The boxer, who has kept his title for four years, won on Saturday.\n"),
    ]);
    assert_eq!(conflicts(&r), 0, "{r:#}");
}

#[test]
fn one_source_never_conflicts_with_itself() {
    let seeds = common::seeds();
    let pick = |prefix: &str| {
        let name = std::fs::read_dir(&seeds)
            .unwrap()
            .map(|e| e.unwrap().file_name().into_string().unwrap())
            .find(|n| n.starts_with(prefix) && n.ends_with(".txt"))
            .unwrap();
        seeds.join(name).to_string_lossy().into_owned()
    };
    let (a, b) = (pick("001_"), pick("002_"));
    let o = factdiff(&seeds, &["check", "--no-config", "--format", "json", &a, &b]);
    let r = json(&o);
    for f in r["findings"].as_array().unwrap().iter().filter(|f| f["verdict"] == "conflict") {
        let mut sources: Vec<&str> =
            f["mentions"].as_array().unwrap().iter().map(|m| m["source"].as_str().unwrap()).collect();
        sources.sort_unstable();
        sources.dedup();
        assert!(sources.len() > 1, "a conflict inside one source: {f:#}");
    }
}

#[test]
fn two_things_one_source_quotes_are_not_one_quote_in_two_wordings() {
    let r = check(&[
        (
            "a",
            "„Die Lage im Hafen ist sehr ernst“, sagte Innenministerin Anna Berg am Montag in Kiel.\n\
             „Die Lage im Hafen ist wirklich sehr ernst für alle Familien“, sagte Berg später.\n",
        ),
        ("b", "„Die Lage im Hafen ist sehr ernst“, sagte Innenministerin Anna Berg am Montag in Kiel.\n"),
    ]);
    let variants: Vec<&Value> =
        r["findings"].as_array().unwrap().iter().filter(|f| f["verdict"] == "variant").collect();
    assert!(variants.is_empty(), "{variants:#?}");
}

#[test]
fn one_round_is_not_the_whole_fight() {
    let r = check(&[
        ("a", "Miller threw 369 punches in the fight against Ortiz on Saturday, the promoter said.\n"),
        ("b", "Miller threw 68 punches in the sixth round against Ortiz on Saturday, the promoter said.\n"),
    ]);
    assert_eq!(conflicts(&r), 0, "{}", r["findings"]);
    let r = check(&[
        ("a", "Im Finale erzielte Berg 31 Punkte, sagte der Trainer.\n"),
        ("b", "Im Finale erzielte Berg 12 Punkte in der zweiten Halbzeit, sagte der Trainer.\n"),
    ]);
    assert_eq!(conflicts(&r), 0, "{}", r["findings"]);
}

#[test]
fn a_figure_since_a_point_of_the_season_is_not_the_seasons() {
    let r = check(&[
        ("a.txt", "Moreau has 610 rushing yards, 31 receptions and 240 receiving yards this season.\n"),
        ("b.txt", "Since Week 9, Moreau has 5 touchdowns on 430 rushing yards and 150 receiving yards.\n"),
    ]);
    assert_eq!(conflicts(&r), 0, "a count so far is not the whole season's: {r:#}");
}

#[test]
fn one_attacks_toll_is_not_a_whole_wars() {
    let r = check(&[
        ("a.txt", "The governor said that 9 people had been killed in the shelling of the market.\n"),
        ("b.txt", "Some 300,000 people died in the long war between the two regions, waged since 1961.\n"),
        ("c.txt", "The army said 5 people were killed when the market was shelled.\n"),
    ]);
    let war = verdicts_with(&r, &["300,000"]);
    assert!(war.iter().all(|v| v == "single"), "a war's toll is not compared with one attack's: {r:#}");
    // the two tolls of the one shelling do differ: an editor wants to see that
    let market = verdicts_with(&r, &["9 people", "5 people"]);
    assert!(market.iter().all(|v| v == "conflict" || v == "unclear") && !market.is_empty(), "{r:#}");
}

#[test]
fn arrests_on_two_nights_are_a_question_not_a_conflict() {
    let r = check(&[
        ("a.txt", "By the end of the night 35 people had been arrested.\n"),
        ("b.txt", "One person has been arrested, though nobody was hurt.\n"),
    ]);
    assert_eq!(conflicts(&r), 0, "{r:#}");
}

#[test]
fn a_toll_reported_on_two_days_is_a_question() {
    // `3 dead` on the first day and `19 dead` on the next: the toll rose
    let r = check(&[
        ("a.txt", "Updated March 4, 2025 8:30 a.m.\n\nStrong storm hits the coast; 3 dead.\n"),
        ("b.txt", "Updated March 5, 2025 9:10 a.m.\n\nStorm on the coast: 19 dead and over 80 injured.\n"),
    ]);
    assert_eq!(conflicts(&r), 0, "{r:#}");
    let v = verdicts_with(&r, &["3 dead", "19 dead"]);
    assert!(v.iter().all(|v| v == "unclear"), "at most a question: {v:?} {r:#}");
}

#[test]
fn one_sentence_with_two_counts_of_one_thing_is_no_evidence() {
    // the source gives two counts of sentences: which one the other means
    // is not known
    let r = check(&[
        (
            "a.txt",
            "Judge Mara Lind sentenced Okafor to five consecutive life sentences and two sentences of life without parole.\n",
        ),
        ("b.txt", "A judge handed Okafor two consecutive life sentences without parole on Friday.\n"),
    ]);
    assert_eq!(conflicts(&r), 0, "{r:#}");
}

#[test]
fn a_named_persons_age_given_differently_still_conflicts() {
    let r = check(&[
        ("a.txt", "On Monday, 44-year-old pilot Tom Ridley landed the damaged plane on a field.\n"),
        ("b.txt", "The 47-year-old pilot Tom Ridley landed the plane on a field near the town.\n"),
    ]);
    assert_eq!(verdicts_with(&r, &["44-year-old", "47-year-old"]), vec!["conflict"], "{r:#}");
}

#[test]
fn a_distance_flown_given_differently_still_conflicts() {
    let r = check(&[
        ("a.txt", "The test rocket flew about 600 kilometres before it fell into the sea.\n"),
        ("b.txt", "Officials said the test rocket flew 950 kilometres and fell into the sea.\n"),
    ]);
    assert_eq!(verdicts_with(&r, &["600 kilometres", "950 kilometres"]), vec!["conflict"], "{r:#}");
}

#[test]
fn a_figure_of_one_meeting_is_a_part_of_the_season() {
    let r = check(&[
        ("a.txt", "Okoro has 61 catches for 900 yards this season.\n"),
        ("b.txt", "In their first meeting with the Hawks this season, Okoro was held to 3 catches.\n"),
    ]);
    assert_eq!(conflicts(&r), 0, "{r:#}");
}

#[test]
fn figures_that_fit_only_through_an_open_bound_are_a_question() {
    let r = check(&[
        ("a.txt", "The flood destroyed at least 5 houses in the valley.\n"),
        ("b.txt", "The flood in the valley destroyed 240 houses.\n"),
    ]);
    let v = verdicts_with(&r, &["at least 5 houses", "240 houses"]);
    assert!(v.iter().all(|v| v == "unclear"), "`at least 5` fits 240 but says little: {v:?} {r:#}");
    let r = check(&[
        ("a.txt", "The flood destroyed at least 200 houses in the valley.\n"),
        ("b.txt", "The flood in the valley destroyed 240 houses.\n"),
    ]);
    assert_eq!(verdicts_with(&r, &["at least 200 houses", "240 houses"]), vec!["agree"], "{r:#}");
    // a floor far below the figure is no statement of it
    let r = check(&[
        ("a.txt", "The flood destroyed more than 150 houses in the valley.\n"),
        ("b.txt", "The flood in the valley destroyed 240 houses.\n"),
    ]);
    let v = verdicts_with(&r, &["more than 150 houses", "240 houses"]);
    assert!(!v.is_empty() && v.iter().all(|v| v == "unclear"), "{v:?} {r:#}");
}

#[test]
fn two_remarks_on_one_topic_are_not_one_utterance() {
    let r = check(&[
        ("a.txt", "\"This is a wholly wrong reading of the Clean Rivers Act,\" the group said.\n"),
        ("b.txt", "\"Protection of wetlands is the very heart of the Clean Rivers Act,\" a lawyer said.\n"),
    ]);
    assert!(verdicts_with(&r, &["wholly wrong", "very heart"]).is_empty(), "{r:#}");
    // one sentence in slightly other words stays one utterance
    let r = check(&[
        ("a.txt", "\"Somebody pushed me down the stairs,\" the boy told the court.\n"),
        ("b.txt", "\"Someone pushed me down the stairs,\" the boy said in court.\n"),
    ]);
    assert_eq!(verdicts_with(&r, &["pushed me down"]), vec!["variant"], "{r:#}");
    // one person's two remarks sharing words in another order stay two
    let r = check(&[
        ("a.txt", "\"The farmers in this valley have no water for their fields, no help,\" Mayor Ann Cole said.\n"),
        ("b.txt", "\"Today we saw how dry the fields of the farmers in my valley are,\" Mayor Ann Cole said.\n"),
    ]);
    assert!(verdicts_with(&r, &["no water", "how dry"]).is_empty(), "{r:#}");
    // … while the same words in one order, a few changed, stay one utterance
    let r = check(&[
        ("a.txt", "\"Our thoughts are with the driver who lost his daughter,\" Mayor Ann Cole said.\n"),
        ("b.txt", "\"Our thoughts go out to the driver and his daughter,\" Mayor Ann Cole said.\n"),
    ]);
    assert_eq!(verdicts_with(&r, &["Our thoughts"]), vec!["variant"], "{r:#}");
    // a phrase of a few words shared by two remarks is no excerpt of either
    let r = check(&[
        ("a.txt", "The deal, Ann Cole said, \"lets us rebuild the river fleet from scratch.\"\n"),
        ("b.txt", "Officials called the plan a \"new river fleet\" for the region.\n"),
    ]);
    assert!(verdicts_with(&r, &["new river fleet"]).is_empty(), "{r:#}");
}

#[test]
fn two_different_floors_do_not_confirm_each_other() {
    let r = check(&[
        ("a.txt", "Earlier that day, a rocket hit a farm, killing at least 6 members of one family.\n"),
        ("b.txt", "In an earlier strike on the town, at least 11 members of a family were killed.\n"),
    ]);
    let v = verdicts_with(&r, &["at least 6 members", "at least 11 members"]);
    assert!(v.iter().all(|v| v == "unclear"), "{v:?} {r:#}");
}

#[test]
fn a_misread_speaker_is_no_question_for_an_editor() {
    let quote = "\"People should patch their phones today, not next week,\"";
    // the organisation beside the researcher's name, and a verb read as a first name
    let a = format!("{quote} said Delta Labs security researcher Omar Reyes.\n");
    let b = format!("{quote} said Omar Reyes, a researcher with Delta Labs.\n");
    let c = "Told Reyes: \"People should patch their phones today, not next week.\"\n";
    let r = check(&[("a.txt", &a), ("b.txt", &b)]);
    assert_eq!(verdicts_with(&r, &["patch their phones"]), vec!["agree"], "{r:#}");
    let r = check(&[("b.txt", &b), ("c.txt", c)]);
    assert_eq!(verdicts_with(&r, &["patch their phones"]), vec!["agree"], "{r:#}");
}

#[test]
fn a_vague_multitude_never_contradicts_a_figure() {
    let r = check(&[
        ("a.txt", "The shelling of the market in the old town killed more than 300 people, officials said.\n"),
        ("b.txt", "The shelling of the market in the old town killed dozens of people, officials said.\n"),
    ]);
    assert_eq!(conflicts(&r), 0, "{r:#}");
    let v = verdicts_with(&r, &["300 people", "dozens of people"]);
    assert!(v.iter().all(|v| v == "unclear"), "dozens against 300 is a question at most: {v:?} {r:#}");
}

#[test]
fn a_figure_in_a_list_belongs_to_whoever_has_the_list() {
    // a box score: the same figure of two players is two facts
    never_agree(
        &[
            ("a.txt", "Vaughn finished with 16 points and nine rebounds in the loss.\n"),
            ("b.txt", "Hansbrough finished with 20 points and nine rebounds in the win.\n"),
        ],
        "nine rebounds",
    );
    // a relative clause is said of the name before it
    never_agree(
        &[
            ("a.txt", "Hansbrough, who also grabbed nine rebounds, broke the record.\n"),
            ("b.txt", "Clark finished with 22 points and nine rebounds.\n"),
        ],
        "nine rebounds",
    );
    // the same player in both: still one fact
    let r = check(&[
        ("a.txt", "Hansbrough finished with 20 points and nine rebounds in the win.\n"),
        ("b.txt", "Hansbrough, who also grabbed nine rebounds, broke the school record.\n"),
    ]);
    assert_eq!(verdicts_with(&r, &["nine rebounds"]), vec!["agree"], "{r:#}");
}

#[test]
fn a_figure_of_he_is_not_a_named_players() {
    never_agree(
        &[
            ("a.txt", "He broke the record when he made the first of two free throws.\n"),
            ("b.txt", "Artino scored on a dunk and made two free throws for Creighton.\n"),
        ],
        "two free throws",
    );
}

#[test]
fn a_person_attacked_is_not_a_person_arrested() {
    never_agree(
        &[
            ("a.txt", "Police said one person had been attacked outside a pharmacy during the riot.\n"),
            ("b.txt", "Police said one person had been arrested after the riot.\n"),
        ],
        "one person",
    );
}

#[test]
fn a_figure_needed_is_not_a_figure_reached() {
    let r = check(&[
        ("a.txt", "Hansbrough needed nine points against Evansville on Thursday to pass Ford for the record.\n"),
        ("b.txt", "Hansbrough posted 20 points against Evansville on Thursday to pass Ford for the record.\n"),
    ]);
    assert_eq!(conflicts(&r), 0, "{r:#}");
}

#[test]
fn a_figure_of_one_place_against_one_of_no_place_is_a_question() {
    let r = check(&[
        ("a.txt", "The quake damaged more than 300 houses in Aceh, the disaster agency said on Tuesday.\n"),
        ("b.txt", "Around 40 houses were damaged by the quake, the disaster agency said on Tuesday.\n"),
    ]);
    assert_eq!(conflicts(&r), 0, "{r:#}");
}

#[test]
fn a_short_shout_is_no_variant_of_a_long_quote_sharing_one_word() {
    let r = check(&[
        (
            "a.txt",
            "On Monday tensions \"seemed to be easing until Ann Lee, sister of the boy shot by police, was held by officers at a crossing,\" according to Tom Baker of the Herald.\n",
        ),
        (
            "b.txt",
            "On Monday officers held Ann Lee at a crossing. Some of the protesters shouted, “That’s the sister,” and then threw bottles at the police.\n",
        ),
    ]);
    assert!(verdicts_with(&r, &["the sister"]).iter().all(|v| v == "single"), "{r:#}");
    // … while one utterance told with a word changed stays a variant
    let r = check(&[
        ("a.txt", "The wounded man told police on Monday, \"Somebody hit me in my back.\"\n"),
        ("b.txt", "The wounded man told police on Monday, \"Something hit me in my back.\"\n"),
    ]);
    assert_eq!(verdicts_with(&r, &["hit me in my back"]), vec!["variant".to_string()], "{r:#}");
}
