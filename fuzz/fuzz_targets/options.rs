//! Options as a JS or JSON caller writes them: any JSON either fails to parse with an error
//! or gives options that validate and summarize a fixed article (an unknown language is the
//! one refusal: it is known only when the summary asks for it).
#![no_main]

use libfuzzer_sys::fuzz_target;

const ARTICLE: &str =
    "The council voted to build a bridge. \"It joins the city,\" the mayor said. \
                       Critics want schools instead. Work starts in spring.";

fuzz_target!(|json: &[u8]| {
    if let Ok(options) = serde_json::from_slice::<abridge::Options>(json) {
        options.validate().unwrap();
        match abridge::summarize(ARTICLE, &options) {
            Ok(_) | Err(abridge::Error::UnknownLanguage(_)) => {}
            Err(other) => panic!("{options:?} refused: {other:?}"),
        }
    }
});
