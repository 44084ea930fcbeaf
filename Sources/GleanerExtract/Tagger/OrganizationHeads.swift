/// A name typed LOCATION or PERSON that ends in a word only bodies end in ("Fatah Party", "Korea
/// National Oil Corporation", "Maronite Church", "Nissan Motor Company") is an ORGANIZATION:
/// GMB types a few of them `geo` (about 5 per 1,000 such spans of train.tsv), and the model follows
/// it now and then. Words that also end places ("Union": "Soviet Union"; "Bank": "West Bank") are
/// left out. Applied to the output, and by the scorer to GMB's dev and test gold (`GMBLabels`,
/// `--heads 0` off); training keeps GMB's spans.
enum OrganizationHeads {
    private static let churchHash = ScalarText.lowerHash("church")
    private static let heads = WordList.lowerHashes(
        [
            "party", "corporation", "company", "corp", "inc", "ltd", "ministry", "agency", "commission", "committee",
            "initiative", "organization", "organisation", "association", "federation", "foundation", "institute",
            "movement", "alliance", "coalition", "council", "church", "authority", "department",
        ].joined(separator: "\n"))

    /// Retypes those LOCATION and PERSON spans of two words or more in BIO `tags` ("Nissan Motor
    /// Company" typed PERSON; "Church" ends people's names too: "Charlotte Church"); `token(i)`
    /// gives token i's scalars.
    static func apply(tags: inout [UInt8], token: (Int) -> ArraySlice<Unicode.Scalar>) {
        for span in TagSet.spans(tags)
        where (span.type == .location || span.type == .person) && span.end - span.start >= 2 {
            let last = ScalarText.lowerHashWithoutFinalPeriod(token(span.end - 1))
            guard ScalarText.isCapitalised(token(span.end - 1)), heads.contains(last),
                span.type == .location || last != churchHash
            else { continue }
            TagSet.mark(&tags, span.start..<span.end, as: .organization)
        }
    }
}
