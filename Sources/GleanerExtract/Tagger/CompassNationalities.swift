/// A capitalised compass word right before a nationality word belongs to it: "North Korean",
/// "South African", "West Africans" name one nationality (DESIGN.md's NORP), where GMB leaves the
/// compass word out (62 of 93 "South Korean" in train.tsv), types it `geo` or `org` on its own
/// ("North/B-org Koreans/B-gpe"), and the model follows either. The compass word joins the NORP
/// span when it is outside any span or a one-word span of its own; a compass word inside a longer
/// span ("South African Airways") is left alone. Applied to the output and, by the scorer, to GMB's
/// dev and test gold (`GMBLabels`, `--compass-norp 0` off); training keeps GMB's spans.
enum CompassNationalities {
    private static let compassWords = WordList.lowerHashes("north\nsouth\neast\nwest\ncentral")

    /// Joins those compass words to the NORP span after them in BIO `tags`; `token(i)` gives
    /// token i's scalars.
    static func apply(tags: inout [UInt8], token: (Int) -> ArraySlice<Unicode.Scalar>) {
        for span in TagSet.spans(tags) where span.type == .norp && span.start > 0 {
            let compass = span.start - 1
            guard ScalarText.isCapitalised(token(compass)), compassWords.contains(ScalarText.lowerHash(token(compass)))
            else { continue }
            // Outside any span, or a `B-` tag: a one-word span, as the NORP span starts right after.
            guard !TagSet.isInside(tags[compass]) else { continue }
            TagSet.mark(&tags, compass..<span.end, as: .norp)
        }
    }
}
