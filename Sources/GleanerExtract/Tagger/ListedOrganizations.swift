/// A listed organisation of two words or more that the model left untagged ("Doctors Without
/// Borders", "Reporters Without Borders": title-case common words it reads as a headline) is an
/// ORGANIZATION, when none of its words is in another span and its first and last words are
/// capitalised. One-word names are left to the model ("Apple", "Shell" are words too).
enum ListedOrganizations {
    /// Marks those names in BIO `tags`; `token(i)` gives token i's scalars.
    static func apply(tags: inout [UInt8], token: (Int) -> ArraySlice<Unicode.Scalar>) {
        let gazetteer = Gazetteer.bundled
        func isCapitalised(_ index: Int) -> Bool { ScalarText.isCapitalised(token(index)) }
        var index = 0
        while index < tags.count {
            guard tags[index] == TagSet.outside, isCapitalised(index) else {
                index += 1
                continue
            }
            // Names are at most `maximumLength` words: look no further.
            var limit = index
            let end = min(tags.count, index + gazetteer.maximumLength)
            while limit < end && tags[limit] == TagSet.outside { limit += 1 }
            let length = gazetteer.longestName(.organization, at: index, limit: limit, token: token)
            if length >= 2, isCapitalised(index + length - 1) {
                TagSet.mark(&tags, index..<(index + length), as: .organization)
                index += length
            } else {
                index += 1
            }
        }
    }
}
