/// A person named with a nickname in quotes between the given name and the surname ("Jimmy
/// “Barbecue” Chérizier", "Joaquín "El Chapo" Guzmán", "Wilson “Bulldozer” Augustin"), which the
/// model leaves untagged or cuts at the quotes: the whole name, nickname and quotes included, is
/// one PERSON span, as GMB writes such names ("Abdolvahed " Hiva " Botimar"). The pattern: a
/// capitalised word, an opening quote, one to three capitalised words, a closing quote, one or two
/// capitalised words; and the model typed the first or the last word PERSON, or the first is a
/// given name.
enum NicknamedNames {
    /// Rewrites BIO `tags` in place; `token(i)` gives token i's scalars.
    static func apply(tags: inout [UInt8], token: (Int) -> ArraySlice<Unicode.Scalar>) {
        let gazetteer = Gazetteer.bundled
        func isCapitalised(_ index: Int) -> Bool { ScalarText.isCapitalised(token(index)) }
        func isQuote(_ index: Int) -> Bool {
            let scalars = token(index)
            guard scalars.count == 1, let scalar = scalars.first else { return false }
            switch scalar.value {
            case 0x22, 0x201C, 0x201D, 0x201E, 0xAB, 0xBB: return true
            default: return false
            }
        }
        func isPerson(_ index: Int) -> Bool { TagSet.type(of: tags[index]) == .person }
        var index = 1
        while index + 3 < tags.count {
            // `index` is the opening quote; the given name stands before it.
            guard isQuote(index), isCapitalised(index - 1), isCapitalised(index + 1) else {
                index += 1
                continue
            }
            var closing = index + 1
            while closing < min(tags.count, index + 5), !isQuote(closing), isCapitalised(closing) { closing += 1 }
            guard closing < tags.count, isQuote(closing), (2...4).contains(closing - index),
                closing + 1 < tags.count, isCapitalised(closing + 1)
            else {
                index += 1
                continue
            }
            var end = closing + 2
            if end < tags.count, isCapitalised(end), !isQuote(end) { end += 1 }
            let given = index - 1
            let isGivenName = gazetteer.kinds(ofTokens: given..<index, token: token).contains(.givenName)
            guard isPerson(given) || isPerson(closing + 1) || isGivenName else {
                index += 1
                continue
            }
            // A span the model ran in from before the given name keeps its own part.
            if given > 0, TagSet.isInside(tags[given]) {
                var start = given - 1
                while start > 0, TagSet.isInside(tags[start]) { start -= 1 }
                if let type = TagSet.type(of: tags[start]) { TagSet.mark(&tags, start..<given, as: type) }
            }
            TagSet.mark(&tags, given..<end, as: .person)
            // A span the model ran on past the surname keeps its own part.
            if end < tags.count, TagSet.isInside(tags[end]), let type = TagSet.type(of: tags[end]) {
                var stop = end
                while stop < tags.count, TagSet.isInside(tags[stop]) { stop += 1 }
                TagSet.mark(&tags, end..<stop, as: type)
            }
            index = end
        }
    }
}
