/// A name typed ORGANIZATION or PERSON that ends in a word only administrative areas end in
/// ("Bangsamoro Autonomous Region", "Helmand Province", "Nineveh Governorate", "Kenedy County") is
/// a LOCATION, the counterpart of `OrganizationHeads`. Applied to the output, and by the scorer to
/// GMB's dev and test gold under the same switch (`GMBLabels`, `--heads 0` off); training keeps
/// GMB's spans.
enum PlaceHeads {
    private static let heads = WordList.lowerHashes(
        "region\nprovince\ndistrict\ngovernorate\ncounty\nprefecture\nterritory\nmunicipality\noblast")

    /// Retypes those ORGANIZATION and PERSON spans of two words or more in BIO `tags`; `token(i)`
    /// gives token i's scalars.
    static func apply(tags: inout [UInt8], token: (Int) -> ArraySlice<Unicode.Scalar>) {
        for span in TagSet.spans(tags)
        where (span.type == .organization || span.type == .person) && span.end - span.start >= 2 {
            guard ScalarText.isCapitalised(token(span.end - 1)),
                heads.contains(ScalarText.lowerHash(token(span.end - 1)))
            else { continue }
            TagSet.mark(&tags, span.start..<span.end, as: .location)
        }
    }
}
