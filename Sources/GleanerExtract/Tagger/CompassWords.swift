/// Lower-case compass adjectives that open a place's description but not its name ("eastern
/// Afghanistan", "southern Sudan", "central Baghdad"): DESIGN.md's annotation guidelines leave
/// them out of the span, and a name starts with a capital. GMB puts them inside its spans about
/// one time in four (374 spans of train.tsv against 1,063 left outside), so the rule is applied to
/// GMB's gold (`GMBLabels`) and to the output (`MentionCleanup`) alike. Capitalised forms stay
/// ("South Sudan", "Western Sahara", "East Timor").
enum CompassWords {
    private static let compassWords = WordList.lowerHashes(
        """
        north\nsouth\neast\nwest\nnortheast\nnorthwest\nsoutheast\nsouthwest\nnorthern\nsouthern\neastern
        western\nnortheastern\nnorthwestern\nsoutheastern\nsouthwestern\ncentral
        """)

    /// Whether the token is a compass adjective written in lower case.
    static func isLowercaseCompassWord(_ scalars: ArraySlice<Unicode.Scalar>) -> Bool {
        guard let first = scalars.first, ScalarText.isLower(first) else { return false }
        return compassWords.contains(ScalarText.lowerHash(scalars))
    }
}
