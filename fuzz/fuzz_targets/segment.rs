//! The splitter on any UTF-8 text: paragraphs and sentences are in-bounds spans on
//! character boundaries, each sentence inside its paragraph.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    let language = abridge::Language::detect(text);
    let segmentation = abridge::segment(text, language);
    for p in &segmentation.paragraphs {
        assert!(text.get(p.start..p.end).is_some(), "paragraph {p:?}");
    }
    for s in &segmentation.sentences {
        let p = segmentation.paragraphs[s.paragraph];
        assert!(
            text.get(s.span.start..s.span.end).is_some(),
            "sentence {s:?}"
        );
        assert!(
            p.start <= s.span.start && s.span.end <= p.end,
            "{s:?} outside {p:?}"
        );
    }
});
