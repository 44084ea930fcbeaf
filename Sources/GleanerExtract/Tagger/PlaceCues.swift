/// Words around a name that only ever surround a place, for places the model types as a person or
/// an organisation because it has not seen them ("the town of El Tambo", "the Cauca department
/// police"): a span after "town of", "village of", "city of", "province of"… or before a lower-case
/// "province", "district", "department", "governorate"… is a LOCATION.
enum PlaceCues {
    /// Lower-case hashes of the place kinds written before "of" ("the town of El Tambo").
    private static let kindsBefore = WordList.lowerHashes(
        "town\nvillage\ncity\nprovince\ndistrict\nregion\nneighbourhood\nneighborhood\nsuburb\nmunicipality")
    /// Lower-case hashes of the place kinds written after the name ("Cauca department").
    private static let kindsAfter = WordList.lowerHashes(
        "province\ndistrict\ndistricts\nregion\ndepartment\ngovernorate\ncounty\nmunicipality\nprefecture")
    private static let ofHash = ScalarText.lowerHash("of")

    /// Retypes as LOCATION each PERSON or ORGANIZATION span that a place kind precedes ("town
    /// of") or follows in lower case ("department"), unless its last word is a common English word
    /// ("the Health department"); `token(i)` gives token i's scalars.
    /// Returns the spans a cue marks as places, those the model already typed LOCATION included.
    @discardableResult
    static func apply(tags: inout [UInt8], token: (Int) -> ArraySlice<Unicode.Scalar>) -> [Range<Int>] {
        var cued: [Range<Int>] = []
        func isLowerKind(_ index: Int, in kinds: Set<UInt64>) -> Bool {
            guard let first = token(index).first, ScalarText.isLower(first) else { return false }
            return kinds.contains(ScalarText.lowerHash(token(index)))
        }
        for span in TagSet.spans(tags) where span.type != .norp {
            let followsKind =
                span.start >= 2 && ScalarText.lowerHash(token(span.start - 1)) == ofHash
                && isLowerKind(span.start - 2, in: kindsBefore)
            let precedesKind = span.end < tags.count && isLowerKind(span.end, in: kindsAfter)
            guard followsKind || precedesKind else { continue }
            if Gazetteer.bundled.isCommonWord(token(span.end - 1)) { continue }
            if span.type != .location { TagSet.mark(&tags, span.start..<span.end, as: .location) }
            cued.append(span.start..<span.end)
        }
        return cued
    }
}
