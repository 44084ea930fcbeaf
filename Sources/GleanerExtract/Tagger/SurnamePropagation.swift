/// Tags a person's surname written on its own elsewhere in the same document as that person,
/// where the tagger left it out or gave it another type: "Donald Trump … Trump said". The
/// document features can turn against a short form for the rest of an article (once "Trump"
/// has opened "Trump Tower" and "Trump Organization", a tagger may miss the 30 later "Trump"
/// alone); the full name in the same document settles what the word is.
///
/// A surname is the last word of a PERSON mention of two words or more ("Donald Trump") that
/// starts with a capital letter and holds letters only. Another token with exactly the same
/// spelling becomes a one-word PERSON mention when it is untagged or a one-word mention of
/// another type, and stands alone: neither neighbour is a capitalised word ("Trump Tower",
/// "the Trump Chicago loan" stay as they are), except a title before it ("Mr. Trump").
/// Applied after `MentionCleanup`, to one document at a time.
public enum SurnamePropagation {
    /// Rewrites the BIO `TagSet` tags of the tokens `document` in place; `token(i)` gives token
    /// i's scalars and `isTitle(i)` whether it is a title (`PersonTitles`). Returns how many
    /// tokens became PERSON mentions.
    @discardableResult
    public static func apply(
        tags: inout [UInt8], document: Range<Int>, token: (Int) -> ArraySlice<Unicode.Scalar>,
        isTitle: (Int) -> Bool
    ) -> Int {
        guard !document.isEmpty else { return 0 }
        let spans = TagSet.spans(Array(tags[document]))
        var surnames: [UInt64: ArraySlice<Unicode.Scalar>] = [:]
        for span in spans where span.type == .person && span.end - span.start >= 2 {
            let last = token(document.lowerBound + span.end - 1)
            if isName(last) { surnames[ScalarText.exactHash(last)] = last }
        }
        guard !surnames.isEmpty else { return 0 }
        let person = TagSet.begin(.person)
        var changed = 0
        for index in document where tags[index] != person {
            let tag = tags[index]
            let word = token(index)
            guard ScalarText.isCapitalised(word), let surname = surnames[ScalarText.exactHash(word)],
                surname.elementsEqual(word)
            else { continue }
            let isOneWordSpan =
                tag != TagSet.outside && !TagSet.isInside(tag)
                && (index + 1 == document.upperBound || !TagSet.isInside(tags[index + 1]))
            guard tag == TagSet.outside || isOneWordSpan,
                index == document.lowerBound || isTitle(index - 1) || !ScalarText.isCapitalised(token(index - 1)),
                index + 1 == document.upperBound || !ScalarText.isCapitalised(token(index + 1))
            else { continue }
            tags[index] = person
            changed += 1
        }
        return changed
    }

    /// A capitalised word of letters only, two or more of them ("Trump", "O'Neill" no).
    private static func isName(_ scalars: ArraySlice<Unicode.Scalar>) -> Bool {
        guard scalars.count >= 2, let first = scalars.first, ScalarText.isUpper(first) else { return false }
        return scalars.allSatisfy { $0.properties.isAlphabetic }
    }
}
