//! Key quotes and their speakers, through the public API: one table per concern.

use abridge::{summarize, Options, Quote, QuoteKind};
use proptest::prelude::*;

/// Every quotation of `text`, in document order.
fn quotes(text: &str) -> Vec<Quote<'_>> {
    let options = Options::new().max_quotes(usize::MAX).language("en");
    let mut quotes = summarize(text, &options)
        .expect("the text has sentences")
        .quotes;
    quotes.sort_by_key(|q| q.span.start);
    quotes
}

/// Checks that `text` has exactly the quotations `expected`: (quoted words, speaker, kind).
fn check(text: &str, expected: &[(&str, Option<&str>, QuoteKind)]) {
    let found = quotes(text);
    for q in &found {
        assert_eq!(
            q.span.slice(text),
            q.text,
            "the span slices back to the quote"
        );
        if let Some(s) = q.speaker_span {
            assert!(s.end <= text.len() && text.is_char_boundary(s.start));
        }
    }
    let found: Vec<_> = found.iter().map(|q| (q.text, q.speaker, q.kind)).collect();
    assert_eq!(found, expected, "in {text:?}");
}

use QuoteKind::{Fragment, Statement};

macro_rules! cases {
    ($($name:ident: $text:expr => [$(($quote:expr, $speaker:expr, $kind:expr)),* $(,)?];)*) => {
        $(
            #[test]
            fn $name() {
                check($text, &[$(($quote, $speaker, $kind)),*]);
            }
        )*
    };
}

// Quote marks: which pairs open and close a quotation, and which marks are apostrophes.
cases! {
    marks_straight: "\"We will win this race,\" Ana Ruiz said." =>
        [("We will win this race", Some("Ana Ruiz"), Statement)];
    marks_curly: "“We will win this race,” Ana Ruiz said." =>
        [("We will win this race", Some("Ana Ruiz"), Statement)];
    marks_single_curly: "‘We will win this race,’ Ana Ruiz said." =>
        [("We will win this race", Some("Ana Ruiz"), Statement)];
    marks_apostrophes_are_not_quotes:
        "Jones’ dog didn’t bark in the ’90s, and it doesn’t now. ‘Tis the season." => [];
    marks_apostrophes_inside_a_quote: "“I don’t know what the ’90s were,” Ana Ruiz said." =>
        [("I don’t know what the ’90s were", Some("Ana Ruiz"), Statement)];
    marks_nested_single: "“He told me ‘no way’ and left,” Ana Ruiz said." =>
        [("He told me ‘no way’ and left", Some("Ana Ruiz"), Statement)];
    marks_guillemets: "«We will win this race», Ana Ruiz said." =>
        [("We will win this race", Some("Ana Ruiz"), Statement)];
    marks_reversed_guillemets: "»We will win this race«, Ana Ruiz said." =>
        [("We will win this race", Some("Ana Ruiz"), Statement)];
    marks_low_then_high: "„We will win this race“, Ana Ruiz said." =>
        [("We will win this race", Some("Ana Ruiz"), Statement)];
    marks_low_then_right: "„We will win this race”, Ana Ruiz said." =>
        [("We will win this race", Some("Ana Ruiz"), Statement)];
    marks_corner_brackets: "Ana Ruiz said: 「We will win this race.」" =>
        [("We will win this race.", Some("Ana Ruiz"), Statement)];
    marks_white_corner_brackets: "Ana Ruiz said: 『We will win this race.』" =>
        [("We will win this race.", Some("Ana Ruiz"), Statement)];
    marks_two_apostrophes: "''We will win this race,'' Ana Ruiz said." =>
        [("We will win this race", Some("Ana Ruiz"), Statement)];
    marks_inches_are_not_quotes: "The player is 6'10\" tall and weighs a lot." => [];
    marks_mixed_curly_and_straight: "“We will win this race,\" said Ana Ruiz. \"We must.”" =>
        [("We will win this race", Some("Ana Ruiz"), Statement),
         ("We must.", Some("Ana Ruiz"), Statement)];
    marks_single_beside_double_are_fragments:
        "“We will win this race,” Ana Ruiz said.\n\nPrices rose.\n\n\
         ‘Nobody saw this coming at all’ ran the headline." =>
        [("We will win this race", Some("Ana Ruiz"), Statement),
         ("Nobody saw this coming at all", None, Fragment)];
    // Regression: after a letter of two bytes in UTF-8 (`é`), the mark was read as if an
    // apostrophe stood before it, so a straight mark after `café` did not close the curly
    // quotation, which ran on to the end of the paragraph.
    marks_mixed_after_an_accented_letter: "“Meet me at the café\" said Ana Ruiz." =>
        [("Meet me at the café", Some("Ana Ruiz"), Statement)];
    marks_one_pair_each: "“I think,” she said, “we should go home now.”" =>
        [("I think", None, Statement), ("we should go home now.", None, Statement)];
}

// Speakers: the patterns of attribution, and how a speaker is shown.
cases! {
    speakers_name_said: "“The plan will work,” Mayor Ana Ruiz said on Tuesday." =>
        [("The plan will work", Some("Ana Ruiz"), Statement)];
    speakers_said_name: "“The plan will work,” said Ana Ruiz, the mayor." =>
        [("The plan will work", Some("Ana Ruiz"), Statement)];
    speakers_said_description_name:
        "“The plan will work,” said the economist Jared Bernstein, a former adviser." =>
        [("The plan will work", Some("Jared Bernstein"), Statement)];
    speakers_colon: "Ana Ruiz said: “The plan will work.”" =>
        [("The plan will work.", Some("Ana Ruiz"), Statement)];
    speakers_told: "Ana Ruiz told reporters: “The plan will work.”" =>
        [("The plan will work.", Some("Ana Ruiz"), Statement)];
    speakers_appositive: "“The plan will work,” Ana Ruiz, a doctor in Ohio, said." =>
        [("The plan will work", Some("Ana Ruiz"), Statement)];
    speakers_appositive_before: "Ana Ruiz, a doctor, said: “The plan will work.”" =>
        [("The plan will work.", Some("Ana Ruiz"), Statement)];
    speakers_according_to: "“The plan will work,” according to Ana Ruiz." =>
        [("The plan will work", Some("Ana Ruiz"), Statement)];
    speakers_dash: "“The plan will work.” - Ana Ruiz" =>
        [("The plan will work.", Some("Ana Ruiz"), Statement)];
    speakers_said_that: "Ana Ruiz said on Monday that the plan “will work for every family in town.”" =>
        [("will work for every family in town.", Some("Ana Ruiz"), Statement)];
    speakers_title_stripped:
        "“Talks must start,” State Department spokeswoman Tammy Bruce said." =>
        [("Talks must start", Some("Tammy Bruce"), Statement)];
    speakers_capitalised_titles_stripped:
        "“Talks must start,” White House Press Secretary Sean Spicer said." =>
        [("Talks must start", Some("Sean Spicer"), Statement)];
    speakers_party_and_role_titles_stripped:
        "“Talks must start,” Tory MP Boris Johnson said. “They will,” said actress Nicole Kidman." =>
        [("Talks must start", Some("Boris Johnson"), Statement),
         ("They will", Some("Nicole Kidman"), Statement)];
    speakers_initials: "“Talks must start,” said Donald J. Trump." =>
        [("Talks must start", Some("Donald J. Trump"), Statement)];
    speakers_short_acronym_first_name: "“Talks must start,” Vice President JD Vance said." =>
        [("Talks must start", Some("JD Vance"), Statement)];
    speakers_irish_and_scottish: "“Talks must start,” Sen. Claire McCaskill said. \
        “They will,” Rep. Pat O'Brien said." =>
        [("Talks must start", Some("Claire McCaskill"), Statement),
         ("They will", Some("Pat O'Brien"), Statement)];
    speakers_short_name_resolved: "Patricia Hewitt visited the ward on Monday. \
        “The nurses were superb,” Ms Hewitt said." =>
        [("The nurses were superb", Some("Patricia Hewitt"), Statement)];
    speakers_surname_resolved: "Marco Rubio called both ministers. \
        “Talks must start,” Rubio said." =>
        [("Talks must start", Some("Marco Rubio"), Statement)];
    speakers_he_said: "Mayor Ana Ruiz spoke on Monday. Tom Bell said the vote was close. \
        “We will do better,” he said." =>
        [("We will do better", Some("Tom Bell"), Statement)];
    speakers_she_skips_a_man: "Mrs. Ana Ruiz said the bridge was late. Mr. Tom Bell agreed. \
        “It will open in May,” she said." =>
        [("It will open in May", Some("Ana Ruiz"), Statement)];
    speakers_organisation: "“Talks must start,” the State Department said." =>
        [("Talks must start", Some("State Department"), Statement)];
    speakers_description: "“Talks must start,” a senior official said." =>
        [("Talks must start", Some("a senior official"), Statement)];
    speakers_sentence_opener_is_not_a_name: "But Ana Ruiz said: “Talks must start.”" =>
        [("Talks must start.", Some("Ana Ruiz"), Statement)];
    speakers_none: "The report, titled “Talks must start”, runs long." =>
        [("Talks must start", None, Fragment)];
    speakers_appositive_with_commas_and_a_quote:
        "“We had better days,” Bill Eastland, a delegate from Austin, Texas, wearing \
         “Ted Cruz” pins, said." =>
        [("We had better days", Some("Bill Eastland"), Statement),
         ("Ted Cruz", None, Fragment)];
    speakers_name_after_title_words: "“We had better days,” said GOP strategist Keith Nahigian." =>
        [("We had better days", Some("Keith Nahigian"), Statement)];
    speakers_name_that_stop_lists_hold:
        "“There is no bad publicity,” said Atlantic City Mayor Don Guardian in an interview." =>
        [("There is no bad publicity", Some("Don Guardian"), Statement)];
    speakers_colon_far_from_a_name: "Ana Ruiz went to New York to give the staff a short \
        message about the coming year and the work ahead: “Do not give up.”" =>
        [("Do not give up.", None, Statement)];
    speakers_described_after_the_verb: "“Meh,” wrote a Trump supporter who runs a blog." =>
        [("Meh", Some("a Trump supporter"), Statement)];
    speakers_named_in_commas_after_a_description:
        "“We waited years for this,” said the mayor, Claire Dubois, to a cheering crowd." =>
        [("We waited years for this", Some("Claire Dubois"), Statement)];
    speakers_named_after_a_longer_description:
        "“We waited years for this,” said the head of the council, Claire Dubois." =>
        [("We waited years for this", Some("Claire Dubois"), Statement)];
    speakers_named_in_commas_at_the_sentence_end:
        "“We waited years for this,” said the mayor, Claire Dubois." =>
        [("We waited years for this", Some("Claire Dubois"), Statement)];
    // A capitalized word that is no name, or a name that goes on into a clause, is not
    // the description's name.
    speakers_described_then_a_day: "“We waited years for this,” said the mayor, Monday." =>
        [("We waited years for this", Some("the mayor"), Statement)];
    speakers_described_then_a_clause:
        "“We waited years for this,” said the mayor, Paris being her home." =>
        [("We waited years for this", Some("the mayor"), Statement)];
    speakers_participle: "Rep. Hakeem Jeffries (D-N.Y.) reacted to the news, saying: “It is wrong.”" =>
        [("It is wrong.", Some("Hakeem Jeffries"), Statement)];
    speakers_colon_at_paragraph_end: "Reporter Jomana Karadsheh says:\n\n“The roads are blocked.”" =>
        [("The roads are blocked.", Some("Jomana Karadsheh"), Statement)];
    speakers_he_after_a_sentence_subject: "Mr. Obama made clear that the talks matter. \
        “I have seen their anguish,” he said." =>
        [("I have seen their anguish", Some("Obama"), Statement)];
    speakers_continued_in_next_sentence:
        "“Talks must start,” Ana Ruiz said. “Nobody wants a war.”" =>
        [("Talks must start", Some("Ana Ruiz"), Statement),
         ("Nobody wants a war.", Some("Ana Ruiz"), Statement)];
}

// Fragments: short quoted pieces inside the writer's own sentence.
cases! {
    fragments_scare_quote: "Trump called the election “rigged.”" =>
        [("rigged.", None, Fragment)];
    fragments_inside_a_sentence:
        "Calls went out to both sides to “avoid miscalculation” on Saturday." =>
        [("avoid miscalculation", None, Fragment)];
    fragments_long_embedded_is_a_statement:
        "Ana Ruiz said the plan was “the best thing to happen to this town in years.”" =>
        [("the best thing to happen to this town in years.", Some("Ana Ruiz"), Statement)];
}

// Quotations over several paragraphs: one quote per paragraph, all with the speaker.
cases! {
    multi_paragraph_colon:
        "Ana Ruiz, a farmer, said: “The rain came late this year.\n\n\
         “We lost half the crop before the harvest.”\n\nPrices rose." =>
        [("The rain came late this year.", Some("Ana Ruiz"), Statement),
         ("We lost half the crop before the harvest.", Some("Ana Ruiz"), Statement)];
    multi_paragraph_three_straight:
        "\"The rain came late,\" Ana Ruiz said, \"and the ground was hard.\n\n\
         \"We lost half the crop.\n\n\"Next year will be better.\"" =>
        [("The rain came late", Some("Ana Ruiz"), Statement),
         ("and the ground was hard.", Some("Ana Ruiz"), Statement),
         ("We lost half the crop.", Some("Ana Ruiz"), Statement),
         ("Next year will be better.", Some("Ana Ruiz"), Statement)];
}

// Unbalanced marks: the paragraph recovers, the next ones are read as usual.
cases! {
    unbalanced_open_ends_at_paragraph: "Ana Ruiz said: “The rain came late this year.\n\n\
        Prices rose. “We will cope,” Tom Bell said." =>
        [("The rain came late this year.", Some("Ana Ruiz"), Statement),
         ("We will cope", Some("Tom Bell"), Statement)];
    unbalanced_stray_closer: "Prices rose” sharply. “We will cope,” Tom Bell said." =>
        [("We will cope", Some("Tom Bell"), Statement)];
    unbalanced_opener_reopened:
        "“Prices rose sharply, Tom Bell said. “We will cope,” Ana Ruiz added." =>
        [("Prices rose sharply, Tom Bell said.", None, Statement),
         ("We will cope", Some("Ana Ruiz"), Statement)];
    unbalanced_straight: "Ana Ruiz said \"the rain came late.\n\nTom Bell disagreed." =>
        [("the rain came late.", Some("Ana Ruiz"), Statement)];
    // A quotation that goes on in a new paragraph, the break lost (`…the money. "The…`),
    // leaves an odd number of straight marks: the mark that opens a word opens anew.
    unbalanced_straight_reopened:
        "\"What we are saying is simple,\" Ana Ruiz said. \"We have the money. \"The \
         investment may reach $20bn over five years.\"" =>
        [("What we are saying is simple", Some("Ana Ruiz"), Statement),
         ("We have the money.", Some("Ana Ruiz"), Statement),
         ("The investment may reach $20bn over five years.", Some("Ana Ruiz"), Statement)];
    // With an even number, the marks pair in order: a quotation inside another (`"…says,
    // "I want…," you…"`) is not taken for one that was never closed.
    unbalanced_straight_nested_is_read_in_order:
        "\"If someone says, \"I want ten guns,\" you should worry,\" Ana Ruiz said." =>
        [("If someone says", Some("Ana Ruiz"), Statement)];
}

#[test]
fn seed_article_quotes_and_speakers() {
    let text = include_str!("../seeds/000_664e613bfae1bd6e.txt");
    // As a user gets it: the language detected, every quote kept.
    let options = Options::new().max_quotes(usize::MAX);
    let found = summarize(text, &options).unwrap().quotes;
    let speaker_of = |start: &str| {
        let q = found
            .iter()
            .find(|q| q.text.starts_with(start))
            .unwrap_or_else(|| panic!("no quote starts with {start:?}"));
        (q.speaker, q.kind)
    };
    assert_eq!(
        speaker_of("emphasised that both sides"),
        (Some("Tammy Bruce"), Statement)
    );
    assert_eq!(
        speaker_of("offered US assistance"),
        (Some("Tammy Bruce"), Statement)
    );
    assert_eq!(
        speaker_of("fundamentally none of our business"),
        (Some("JD Vance"), Statement)
    );
    assert_eq!(speaker_of("avoid miscalculation").1, Fragment);
    assert_eq!(found.len(), 4);
}

proptest! {
    #[test]
    fn quotes_never_panic_and_slice_back(text in "[a-zA-Z .,:\n\"“”‘’'«»„「」『』—-]{1,200}") {
        let options = Options::new().max_quotes(usize::MAX).language("en");
        if let Ok(summary) = summarize(&text, &options) {
            for q in &summary.quotes {
                prop_assert_eq!(q.span.slice(&text), q.text);
                prop_assert!(q.span.start <= q.span.end);
            }
        }
    }
}
