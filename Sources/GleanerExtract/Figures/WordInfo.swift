/// What the lexicon knows about one word, looked up once per word of a sentence so that the
/// extractor's many checks are bit tests rather than string look-ups.
struct WordInfo: Sendable {
    /// Word classes and phrase positions.
    struct Flags: OptionSet, Sendable {
        let rawValue: UInt32
        static let person = Flags(rawValue: 1 << 0)
        static let singularPerson = Flags(rawValue: 1 << 1)
        static let closedClass = Flags(rawValue: 1 << 2)
        static let auxiliary = Flags(rawValue: 1 << 3)
        static let modal = Flags(rawValue: 1 << 4)
        static let time = Flags(rawValue: 1 << 5)
        static let compound = Flags(rawValue: 1 << 6)
        static let afterStart = Flags(rawValue: 1 << 7)
        static let afterEnd = Flags(rawValue: 1 << 8)
        static let beforeStart = Flags(rawValue: 1 << 9)
        static let beforeEnd = Flags(rawValue: 1 << 10)
        static let tollStart = Flags(rawValue: 1 << 11)
        static let tollEnd = Flags(rawValue: 1 << 12)
        static let releaseStart = Flags(rawValue: 1 << 13)
        static let releaseEnd = Flags(rawValue: 1 << 14)
        static let month = Flags(rawValue: 1 << 15)
        /// A word that may start a number other than digits ("five", "dozens", "at", "a").
        static let numberStart = Flags(rawValue: 1 << 16)
        /// A spelled number or scale ("five", "twenty", "million").
        static let numberWord = Flags(rawValue: 1 << 17)
        /// The first word of a qualifier ("at" of "at least").
        static let qualifierStart = Flags(rawValue: 1 << 18)
    }

    var flags: Flags = []
    /// The kind a status noun carries ("prisoners" detained).
    var status: FigureKind?
    /// The kind an identity noun carries ("troops").
    var identity: FigureKind?

    /// A person noun, or a status noun used as one ("the wounded").
    var isPerson: Bool { flags.contains(.person) || status != nil }
}
