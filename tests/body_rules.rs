//! One named test per article-body rule, on invented pages: each rule cuts
//! what it should and keeps the reporting next to it. (The seed snapshots
//! cover them together; these say which rule broke.)

use factdiff::prepare::body::article_lines;

fn kept(text: &str) -> Vec<&str> {
    article_lines(text).into_iter().map(|r| &text[r]).collect()
}

#[test]
fn a_trailing_agency_byline_is_not_reporting() {
    let text = "Der Zug fuhr 650 Kilometer weit.\n\nVon: APA/Reuters/dpa\n";
    assert_eq!(kept(text), vec!["Der Zug fuhr 650 Kilometer weit."]);
    let text = "The train ran 400 miles.\nBy: Staff and agencies\n";
    assert_eq!(kept(text), vec!["The train ran 400 miles."]);
}

#[test]
fn a_sentence_that_starts_like_a_byline_stays() {
    let text = "Von den 40 Gästen kamen 12 aus Berlin, sagte die Sprecherin am Abend.\n";
    assert_eq!(kept(text).len(), 1);
}

#[test]
fn an_image_credit_is_dropped_anywhere() {
    let text = "Foto: Anna Beispiel/dpa\nDie Brücke war 120 Meter lang.\nPhoto: Jane Doe/AP\n";
    assert_eq!(kept(text), vec!["Die Brücke war 120 Meter lang."]);
}

#[test]
fn a_caption_ending_in_a_credit_is_dropped_but_a_sentence_mentioning_a_photo_stays() {
    let text = "Die Brücke am Morgen Bild: Max Muster/AP\nDas Foto zeigt 20 Helfer. Bild: Max Muster.\n";
    assert_eq!(kept(text), vec!["Das Foto zeigt 20 Helfer. Bild: Max Muster."]);
}

#[test]
fn teaser_links_are_dropped() {
    let text = "Lesen Sie auch: Was die Brücke kostete\nDie Brücke kostete 4 Millionen Euro.\nRead more: the bridge\n";
    assert_eq!(kept(text), vec!["Die Brücke kostete 4 Millionen Euro."]);
}

#[test]
fn a_teaser_word_inside_a_long_sentence_is_reporting() {
    let text = "Mehr zum Thema sagte der Minister nicht, obwohl 30 Journalisten im Saal saßen und noch lange auf eine Antwort warteten.\n";
    assert_eq!(kept(text).len(), 1);
}

#[test]
fn footer_boilerplate_needs_two_policy_words_and_the_end_of_the_page() {
    let footer = "Impressum und Datenschutz der Redaktion\n";
    let text = format!("Es kamen 20 Gäste.\n{footer}");
    assert_eq!(kept(&text), vec!["Es kamen 20 Gäste."]);
    // the same words before more reporting are reporting
    let text = format!("{footer}Es kamen 20 Gäste.\n");
    assert_eq!(kept(&text).len(), 2);
}

#[test]
fn a_badge_written_twice_at_the_end_is_dropped() {
    let text = "Es kamen 20 Gäste.\nGeprüfte Qualität Geprüfte Qualität\n";
    assert_eq!(kept(text), vec!["Es kamen 20 Gäste."]);
}

#[test]
fn a_comment_section_needs_comment_shaped_lines_after_its_heading() {
    let with = "Es kamen 20 Gäste.\nKommentare\nmaxi\nvor 3 Stunden\n30 waren es!\nlena\nvor 2 Stunden\nAntworten\n";
    assert_eq!(kept(with), vec!["Es kamen 20 Gäste."]);
    let without = "Es kamen 20 Gäste.\nKommentare\nDie Kommentare der Gäste waren freundlich.\n";
    assert_eq!(kept(without).len(), 3);
}

#[test]
fn a_long_line_of_reporting_is_never_site_furniture() {
    // a whole article on one line that mentions a photo credit and an
    // editorial policy is still the article
    let line = "Es kamen 20 Gäste zur Eröffnung der neuen Brücke über den Fluss. ".repeat(20)
        + "Die Berichterstattung folgt den Richtlinien der Redaktion. Bild: © Agentur";
    let text = format!("{line}\n");
    assert_eq!(kept(&text).len(), 1);
}
